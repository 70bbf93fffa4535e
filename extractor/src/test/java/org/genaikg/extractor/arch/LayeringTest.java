package org.genaikg.extractor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.genaikg.extractor");

    @Test
    void onlyTheRdfWritersTouchJena() {
        noClasses().that().resideOutsideOfPackage("org.genaikg.extractor.rdf..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoParserNorRecogniser() {
        noClasses().that().resideInAPackage("org.genaikg.extractor.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch..", "org.genaikg.extractor.parse..",
                        "org.genaikg.extractor.recognise..", "org.genaikg.extractor.resolve..")
                .check(classes);
    }

    @Test
    void onlyTheParserTouchesFlexmark() {
        noClasses().that().resideOutsideOfPackage("org.genaikg.extractor.parse..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch..")
                .check(classes);
    }

    @Test
    void recognisersDoNotKnowTheResolverOrWriters() {
        noClasses().that().resideInAPackage("org.genaikg.extractor.parse..")
                .should().dependOnClassesThat().resideInAnyPackage("org.genaikg.extractor.recognise..",
                        "org.genaikg.extractor.resolve..", "org.genaikg.extractor.rdf..")
                .check(classes);
    }
}
