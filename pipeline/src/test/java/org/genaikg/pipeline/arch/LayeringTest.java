package org.genaikg.pipeline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.pipeline.archfixture.PipelineThatWritesNeo4j;
import org.genaikg.stores.archfixture.StoresThatExtract;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;

/**
 * The pipeline sits between the extractor and the stores on one side and the application on the
 * other: the stores below it apply change sets and never extract; the pipeline above them reaches
 * them only through {@code KnowledgeBaseStores} and change sets. Each rule is also run on a class
 * that breaks it, so a rule that can no longer fail is caught. (The graph API's side: its
 * {@code ApiArchitectureTests}.)
 */
class LayeringTest {

    /** Main classes only: test classes (and the stores' test jar, whose fixtures extract pages) are not the product. */
    private static final ImportOption MAIN_CLASSES_ONLY = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.contains("-tests.jar");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES_ONLY)
            .importPackages("org.genaikg.stores", "org.genaikg.pipeline");

    static final ArchRule THE_STORES_DO_NOT_EXTRACT = noClasses().that().resideInAPackage("org.genaikg.stores..")
            .should().dependOnClassesThat().resideInAnyPackage("org.genaikg.pipeline..", "org.genaikg.extractor.source..",
                    "org.genaikg.extractor.parse..", "org.genaikg.extractor.recognise..", "org.genaikg.extractor.resolve..")
            .orShould().dependOnClassesThat().belongToAnyOf(Extractor.class, PageCache.class, CachedPage.class)
            .as("the stores apply change sets: they neither extract pages nor know the pipeline");

    static final ArchRule THE_PIPELINE_WRITES_ONLY_THROUGH_CHANGE_SETS = noClasses().that().resideInAPackage("org.genaikg.pipeline..")
            .should().dependOnClassesThat().belongToAnyOf(Neo4jGraphStore.class, TdbGraphStore.class, EmbeddedNeo4j.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.genaikg.stores.sync.internal..", "org.genaikg.stores.tdb..",
                    "org.neo4j..", "org.apache.jena.tdb2..")
            .as("the pipeline reaches the stores only through KnowledgeBaseStores and change sets");

    @Test
    void theStoresDoNotExtract() {
        THE_STORES_DO_NOT_EXTRACT.check(PRODUCT);
    }

    @Test
    void thePipelineWritesOnlyThroughChangeSets() {
        THE_PIPELINE_WRITES_ONLY_THROUGH_CHANGE_SETS.check(PRODUCT);
    }

    @Test
    void theRulesFailOnClassesThatBreakThem() {
        JavaClasses violations = new ClassFileImporter().importClasses(StoresThatExtract.class, PipelineThatWritesNeo4j.class);
        assertThrows(AssertionError.class, () -> THE_STORES_DO_NOT_EXTRACT.check(violations));
        assertThrows(AssertionError.class, () -> THE_PIPELINE_WRITES_ONLY_THROUGH_CHANGE_SETS.check(violations));
    }
}
