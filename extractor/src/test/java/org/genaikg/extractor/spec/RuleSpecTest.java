package org.genaikg.extractor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.genaikg.ontology.ExtractionRule;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of the rule spec files ({@code src/test/resources/org/genaikg/extractor/spec}):
 * the page's Markdown goes through the whole extractor and must give exactly the graph lines the
 * example lists. A failure prints the lines the page gave, in the spec's own format.
 */
class RuleSpecTest {
    /**
     * Rules no page can show yet: "X-based" never matches a known name, because the lexicon reads
     * "GPT-3-based" as one word (relations_spec.md, Derivation: 2).
     */
    private static final Set<ExtractionRule> NOT_YET_SHOWN = Set.of(ExtractionRule.NAME_BASED);
    private static final Pattern RULES = Pattern.compile("\\[([a-zA-Z, -]+)\\]$");

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicContainer> everyExampleGivesItsGraph() {
        return RuleSpecs.FAMILIES.stream().map(family -> DynamicContainer.dynamicContainer(RuleSpecs.fileOf(family),
                RuleSpecs.examples(family).stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
                    List<String> actual = RuleSpecs.run(example, folder.resolve(family + "-" + example.line()));
                    assertEquals(String.join("\n", new TreeSet<>(example.expected())), String.join("\n", actual),
                            example.file() + ":" + example.line() + " (" + example.name() + ") gave:\n"
                                    + String.join("\n", actual) + "\n");
                }))));
    }

    /**
     * With {@code -Dspec.approve=DIR}, writes each spec file to DIR with the lines its examples give
     * now: for a new example, or after a deliberate change of a rule, to review and copy back.
     */
    @Test
    void approvedSpecFilesAreWrittenOnRequest() throws java.io.IOException {
        String approve = System.getProperty("spec.approve");
        if (approve == null) {
            return;
        }
        for (String family : RuleSpecs.FAMILIES) {
            String text = RuleSpecs.text(family);
            // from the last example up, so that the lines of those above stay where they are
            for (SpecExample example : reversed(RuleSpecs.examples(family))) {
                List<String> actual = RuleSpecs.run(example, folder.resolve("approve-" + family + "-" + example.line()));
                text = SpecExample.withExpected(text, example, actual);
            }
            java.nio.file.Files.createDirectories(Path.of(approve));
            java.nio.file.Files.writeString(Path.of(approve, RuleSpecs.fileOf(family)), text);
        }
    }

    private static List<SpecExample> reversed(List<SpecExample> examples) {
        List<SpecExample> copy = new java.util.ArrayList<>(examples);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void everyFamilyHasExamples() {
        for (String family : RuleSpecs.FAMILIES) {
            assertFalse(RuleSpecs.examples(family).isEmpty(), RuleSpecs.fileOf(family) + " has no example");
        }
    }

    @Test
    void everyRuleIsShownByAnExample() {
        Set<String> shown = new TreeSet<>();
        for (SpecExample example : RuleSpecs.allExamples()) {
            for (String line : example.expected()) {
                Matcher rules = RULES.matcher(line);
                if (rules.find()) {
                    shown.addAll(Arrays.asList(rules.group(1).split(",\\s*")));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (ExtractionRule rule : ExtractionRule.values()) {
            if (!shown.contains(rule.id()) && !NOT_YET_SHOWN.contains(rule)) {
                missing.add(rule.id());
            }
        }
        assertEquals(Set.of(), missing, "rules no spec example shows");
    }
}
