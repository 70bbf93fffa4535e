package org.genaikg.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.genaikg.api.archfixture.CommandThatBypassesThePipeline;
import org.genaikg.stores.sync.ChangeSet;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreContents;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The layering of the graph API, as rules. */
class ApiArchitectureTests {
    static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.genaikg.api");

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(RestControllerAdvice.class)
                .should().notBePublic()
                .check(API);
    }

    /** The feature packages: each serves its own endpoints. */
    static final String FEATURES = "(sparql|export|stats|search|nodes|explore|source|cypher|admin|report|history)";

    @Test
    void featurePackagesDoNotDependOnEachOther() {
        featuresApart("org.genaikg.api").check(API);
    }

    @Test
    void packagesAreFreeOfCycles() {
        freeOfCycles("org.genaikg.api").check(API);
    }

    static ArchRule featuresApart(String root) {
        return slices().matching(root + "." + FEATURES + "..").should().notDependOnEachOther();
    }

    static ArchRule freeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void sharedPackagesDoNotDependOnFeatures() {
        noClasses().that().resideInAnyPackage("org.genaikg.api.web..", "org.genaikg.api.store..", "org.genaikg.api.index..",
                        "org.genaikg.api.build..", "org.genaikg.api.startup..")
                .should().dependOnClassesThat().resideInAnyPackage("org.genaikg.api.sparql..", "org.genaikg.api.export..",
                        "org.genaikg.api.stats..", "org.genaikg.api.search..", "org.genaikg.api.nodes..",
                        "org.genaikg.api.explore..", "org.genaikg.api.source..", "org.genaikg.api.cypher..",
                        "org.genaikg.api.admin..", "org.genaikg.api.report..", "org.genaikg.api.history..", "org.genaikg.api.serve..",
                        "org.genaikg.api.cli..")
                .check(API);
    }

    @Test
    void onlyTheServerSideWritesTheStores() {
        noClasses().that().resideOutsideOfPackages("org.genaikg.api.serve..", "org.genaikg.api.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.genaikg.stores.neo4j.Neo4jGraphStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.genaikg.stores.tdb.TdbGraphStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.genaikg.stores.neo4j.EmbeddedNeo4j")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.genaikg.stores.sync.KnowledgeBaseStores")
                .check(API);
    }

    static final ArchRule STORES_ARE_BUILT_THROUGH_THE_PIPELINE = noClasses()
            .should().callMethod(KnowledgeBaseStores.class, "apply", ChangeSet.class)
            .orShould().dependOnClassesThat().belongToAnyOf(ChangeSet.class, StoreContents.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.genaikg.pipeline.cache..")
            .as("the stores are built only through the pipeline (BuildPipeline): no change set or page cache of our own");

    @Test
    void theStoresAreBuiltOnlyThroughThePipeline() {
        STORES_ARE_BUILT_THROUGH_THE_PIPELINE.check(API);
    }

    @Test
    void thePipelineRuleFailsOnACommandThatBypassesIt() {
        JavaClasses bypass = new ClassFileImporter().importClasses(CommandThatBypassesThePipeline.class);
        assertThrows(AssertionError.class, () -> STORES_ARE_BUILT_THROUGH_THE_PIPELINE.check(bypass));
    }

    @Test
    void theWebFeaturesKnowNothingOfTheServer() {
        noClasses().that().resideOutsideOfPackages("org.genaikg.api.serve..", "org.genaikg.api.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.genaikg.api.serve..")
                .check(API);
    }

    @Test
    void onlyTheCypherFeatureTalksToNeo4jThroughTheDriver() {
        noClasses().that().resideOutsideOfPackages("org.genaikg.api.cypher..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..")
                .check(API);
    }

    @Test
    void sparqlIsBuiltOnlyInQueriesClassesFromBoundParameters() {
        noClasses().that().haveSimpleNameNotEndingWith("Queries")
                .should().dependOnClassesThat().areAssignableTo(ParameterizedSparqlString.class)
                .check(API);
        noClasses().that().doNotHaveSimpleName("SparqlQueryProcessor")
                .should().callMethod(QueryFactory.class, "create", String.class, org.apache.jena.query.Syntax.class)
                .orShould().callMethod(QueryFactory.class, "create", String.class)
                .check(API);
    }

    @Test
    void onlyTheCommandLinePublishes() {
        noClasses().that().resideOutsideOfPackages("org.genaikg.api.cli..", "org.genaikg.api.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("org.genaikg.api.publish..")
                .check(API);
    }

    @Test
    void thePublisherServesNothingAndWritesNoStore() {
        noClasses().that().resideInAPackage("org.genaikg.api.publish..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.boot..",
                        "org.genaikg.stores..", "org.genaikg.api.serve..", "org.neo4j..")
                .check(API);
    }

    @Test
    void theWebSideKnowsNoCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.genaikg.api.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..").check(API);
    }
}
