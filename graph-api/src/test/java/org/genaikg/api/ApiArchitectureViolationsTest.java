package org.genaikg.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The slice rules of {@link ApiArchitectureTests} fail on the {@code archfixture} classes that break them. */
class ApiArchitectureViolationsTest {
    private static final String FIXTURE = "org.genaikg.api.archfixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aFeatureThatUsesAnotherFeatureBreaksTheFeatureRule() {
        assertFailsFor(ApiArchitectureTests.featuresApart(FIXTURE), FIXTURE + ".report.ReportThatSearches");
    }

    @Test
    void twoPackagesThatUseEachOtherBreakTheCycleRule() {
        assertFailsFor(ApiArchitectureTests.freeOfCycles(FIXTURE), FIXTURE + ".web.WebThatReports");
    }

    private static void assertFailsFor(ArchRule rule, String culprit) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(CLASSES));
        assertTrue(failure.getMessage().contains(culprit), "failed, but not for " + culprit + ":\n" + failure.getMessage());
    }
}
