package org.genaikg.history.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.history.archfixture.HistoryThatWritesTheStoresItself;
import org.genaikg.history.archfixture.WalkThatReadsGitItself;
import org.genaikg.pipeline.archfixture.PipelineThatKnowsTheHistory;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.sync.ChangeSet;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreContents;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;

/**
 * Where the history sits: above the build pipeline (ontology < extractor < stores < pipeline <
 * history < graph-api). The layers below never know it; it writes the stores only through the
 * pipeline ({@code BuildPipeline.write(last, history, stores)}), never through a store of its own
 * or a change set; only its {@code git} package reads git. Each rule is also run on a class that
 * breaks it, so a rule that can no longer fail is caught.
 */
class HistoryLayeringTest {

    /** Main classes only: test classes and the test jars are not the product. */
    private static final ImportOption MAIN_CLASSES_ONLY = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.contains("-tests.jar");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("org.genaikg.ontology", "org.genaikg.extractor", "org.genaikg.stores", "org.genaikg.pipeline",
                    "org.genaikg.history");

    static final ArchRule THE_LAYERS_BELOW_DO_NOT_KNOW_THE_HISTORY = noClasses()
            .that().resideInAnyPackage("org.genaikg.ontology..", "org.genaikg.extractor..", "org.genaikg.stores..", "org.genaikg.pipeline..")
            .should().dependOnClassesThat().resideInAPackage("org.genaikg.history..")
            .as("the ontology, the extractor, the stores and the pipeline do not know the history module above them");

    static final ArchRule THE_HISTORY_WRITES_ONLY_THROUGH_THE_PIPELINE = noClasses().that().resideInAPackage("org.genaikg.history..")
            .should().callMethod(KnowledgeBaseStores.class, "apply", ChangeSet.class)
            .orShould().callMethod(KnowledgeBaseStores.class, "writeHistory", GraphHistory.class, KnowledgeGraph.class)
            .orShould().dependOnClassesThat().belongToAnyOf(ChangeSet.class, StoreContents.class, Neo4jGraphStore.class, TdbGraphStore.class,
                    EmbeddedNeo4j.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.genaikg.stores.sync.internal..", "org.genaikg.stores.tdb..",
                    "org.neo4j..", "org.apache.jena.tdb2..")
            .as("the history writes the stores only through the build pipeline");

    static final ArchRule ONLY_THE_GIT_PACKAGE_READS_GIT = noClasses().that().resideOutsideOfPackage("org.genaikg.history.git..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
            .as("only org.genaikg.history.git reads git (JGit)");

    static final ArchRule THE_HISTORY_IS_FREE_OF_CYCLES = slices().matching("org.genaikg.history.(*)..").should().beFreeOfCycles();

    @Test
    void theLayersBelowDoNotKnowTheHistory() {
        THE_LAYERS_BELOW_DO_NOT_KNOW_THE_HISTORY.check(PRODUCT);
    }

    @Test
    void theHistoryWritesOnlyThroughThePipeline() {
        THE_HISTORY_WRITES_ONLY_THROUGH_THE_PIPELINE.check(PRODUCT);
    }

    @Test
    void onlyTheGitPackageReadsGit() {
        ONLY_THE_GIT_PACKAGE_READS_GIT.check(PRODUCT);
    }

    @Test
    void theHistoryIsFreeOfCycles() {
        THE_HISTORY_IS_FREE_OF_CYCLES.check(PRODUCT);
    }

    @Test
    void theRulesFailOnClassesThatBreakThem() {
        JavaClasses violations = new ClassFileImporter().importClasses(PipelineThatKnowsTheHistory.class,
                HistoryThatWritesTheStoresItself.class, WalkThatReadsGitItself.class);
        assertThrows(AssertionError.class, () -> THE_LAYERS_BELOW_DO_NOT_KNOW_THE_HISTORY.check(violations));
        assertThrows(AssertionError.class, () -> THE_HISTORY_WRITES_ONLY_THROUGH_THE_PIPELINE.check(violations));
        assertThrows(AssertionError.class, () -> ONLY_THE_GIT_PACKAGE_READS_GIT.check(violations));
    }
}
