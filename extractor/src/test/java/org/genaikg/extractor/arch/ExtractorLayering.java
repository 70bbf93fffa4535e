package org.genaikg.extractor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;

/**
 * The extractor's layering (parse, recognise, resolve, rdf over the immutable model) as ArchUnit
 * rules over a root package: {@code org.genaikg.extractor} for the real classes, the
 * {@code violations} fixture to show that each rule fails when broken.
 */
enum ExtractorLayering {
    ONLY_THE_RDF_WRITERS_TOUCH_JENA(root -> noClasses().that().resideOutsideOfPackage(root + ".rdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")),
    THE_MODEL_DEPENDS_ON_NO_PARSER_NOR_RECOGNISER(root -> noClasses().that().resideInAPackage(root + ".model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vladsch..", root + ".parse..", root + ".recognise..",
                    root + ".resolve..")),
    ONLY_THE_PARSER_TOUCHES_FLEXMARK(root -> noClasses().that().resideOutsideOfPackage(root + ".parse..")
            .should().dependOnClassesThat().resideInAPackage("com.vladsch..")),
    THE_PARSER_KNOWS_NO_RECOGNISER_RESOLVER_NOR_WRITER(root -> noClasses().that().resideInAPackage(root + ".parse..")
            .should().dependOnClassesThat().resideInAnyPackage(root + ".recognise..", root + ".resolve..", root + ".rdf..")),
    RECOGNISERS_DO_NOT_KNOW_THE_RESOLVER_OR_WRITERS(root -> noClasses().that().resideInAPackage(root + ".recognise..")
            .should().dependOnClassesThat().resideInAnyPackage(root + ".resolve..", root + ".rdf..")),
    THE_RESOLVER_KNOWS_NO_WRITER(root -> noClasses().that().resideInAPackage(root + ".resolve..")
            .should().dependOnClassesThat().resideInAnyPackage(root + ".rdf..")),
    PACKAGES_ARE_FREE_OF_CYCLES(root -> slices().matching(root + ".(*)..").should().beFreeOfCycles());

    private final Function<String, ArchRule> rule;

    ExtractorLayering(Function<String, ArchRule> rule) {
        this.rule = rule;
    }

    ArchRule over(String rootPackage) {
        return rule.apply(rootPackage);
    }
}
