package org.genaikg.extractor.parse;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

/** Parsing does work linear in a page's length: counted, not timed. */
class LinearParsingTest {

    /** Text that counts every character read from it, copies included. */
    private static final class CountingText implements CharSequence {
        private final String text;
        private long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }

    private static double readsPerCharacter(int links) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < links; i++) {
            line.append("[a](p").append(i).append(".md) ");
        }
        CountingText text = new CountingText(line.append('\n').toString());
        Document document = MarkdownParsing.parse(text);
        assertTrue(document.hasChildren());
        return (double) text.reads / text.length();
    }

    @Test
    void aLineOfManyLinksIsReadAFewTimesNotOncePerLink() {
        // flexmark's own inline parser copied the whole paragraph after every match: 2,000 reads per
        // character for 1,000 links, 8,000 for 4,000
        double few = readsPerCharacter(1_000);
        double many = readsPerCharacter(4_000);
        assertTrue(many < 50, "reads per character: " + many);
        assertTrue(many < few * 1.5, "reads per character grew from " + few + " to " + many);
    }

    @Test
    void lineIndexCountsLinesAsFlexmarkDoes() {
        String text = "one\ntwo\r\nthree\rfour\n\n\nseven";
        Document document = Parser.builder().build().parse(BasedSequence.of(text));
        LineIndex index = new LineIndex(text);
        for (int offset = 0; offset < text.length(); offset++) {
            assertEquals(document.getLineNumber(offset) + 1, index.lineOf(offset), "offset " + offset);
        }
    }

    @Test
    void theExtractorNeverAsksFlexmarkForLineNumbers() {
        // Node.getStartLineNumber() scans the document from its start on every call: a page of
        // 20,000 list items took 38 s; LineIndex answers by binary search
        noClasses().should().callMethodWhere(describe("a flexmark line-number method", (JavaMethodCall call) ->
                        call.getTargetOwner().getPackageName().startsWith("com.vladsch")
                                && call.getTarget().getName().contains("LineNumber")))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.genaikg.extractor"));
    }
}
