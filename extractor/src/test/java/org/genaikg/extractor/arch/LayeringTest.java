package org.genaikg.extractor.arch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The extractor keeps its layering, and every layering rule fails on a class that breaks it. */
class LayeringTest {
    private static final String EXTRACTOR = "org.genaikg.extractor";
    private static final String VIOLATIONS = "org.genaikg.extractor.arch.violations";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(EXTRACTOR);
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(VIOLATIONS);

    /** The fixture class that breaks each rule; a rule without one is not shown to fail. */
    private static final Map<ExtractorLayering, String> BROKEN_BY = Map.of(
            ExtractorLayering.ONLY_THE_RDF_WRITERS_TOUCH_JENA, "recognise.JenaInARecogniser",
            ExtractorLayering.THE_MODEL_DEPENDS_ON_NO_PARSER_NOR_RECOGNISER, "model.ModelOfAParsedPage",
            ExtractorLayering.ONLY_THE_PARSER_TOUCHES_FLEXMARK, "resolve.FlexmarkInTheResolver",
            ExtractorLayering.THE_PARSER_KNOWS_NO_RECOGNISER_RESOLVER_NOR_WRITER, "parse.ParserThatRecognises",
            ExtractorLayering.RECOGNISERS_DO_NOT_KNOW_THE_RESOLVER_OR_WRITERS, "recognise.RecogniserThatResolves",
            ExtractorLayering.THE_RESOLVER_KNOWS_NO_WRITER, "resolve.ResolverThatWrites",
            ExtractorLayering.PACKAGES_ARE_FREE_OF_CYCLES, "resolve.ResolverThatRecognises");

    @ParameterizedTest
    @EnumSource(ExtractorLayering.class)
    void theExtractorKeepsItsLayering(ExtractorLayering layering) {
        layering.over(EXTRACTOR).check(MAIN);
    }

    @ParameterizedTest
    @EnumSource(ExtractorLayering.class)
    void eachRuleFailsOnAClassThatBreaksIt(ExtractorLayering layering) {
        String culprit = VIOLATIONS + "." + BROKEN_BY.get(layering);
        AssertionError failure = assertThrows(AssertionError.class, () -> layering.over(VIOLATIONS).check(FIXTURE));
        assertTrue(failure.getMessage().contains(culprit), layering + " failed, but not for " + culprit + ":\n"
                + failure.getMessage());
    }
}
