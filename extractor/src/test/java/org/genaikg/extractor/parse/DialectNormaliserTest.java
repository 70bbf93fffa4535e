package org.genaikg.extractor.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectNormaliserTest {

    @Test
    void untypedAdmonitionGetsAKind() {
        assertEquals("note \"[T](u) x\"", DialectNormaliser.header(" \"[T](u) x\""));
    }

    @Test
    void missingClosingQuoteIsClosed() {
        assertEquals("tip \"[Why](https://e.org/a)\"", DialectNormaliser.header(" tip \"[Why](https://e.org/a)"));
    }

    @Test
    void unquotedLinkTitleIsQuoted() {
        assertEquals("note \"[SPHINX](https://arxiv.org/abs/2311.07575)\"",
                DialectNormaliser.header(" [SPHINX](https://arxiv.org/abs/2311.07575)"));
    }

    @Test
    void textAfterTheClosingQuoteStaysInTheTitle() {
        assertEquals("abstract \"[Repe](github.com/a/b) repe\"", DialectNormaliser.header(" abstract \"[Repe](github.com/a/b)\" repe"));
    }

    @Test
    void underIndentedBodyIsReindentedAndLinesStayPut() {
        String page = "??? tip \"t\"\n  body line\n\n  [Paper](https://arxiv.org/abs/1234.56789)\nafter";
        String out = DialectNormaliser.normalise(page).text();
        List<String> lines = out.lines().toList();
        assertEquals(5, lines.size());
        assertEquals("    body line", lines.get(1));
        assertEquals("    [Paper](https://arxiv.org/abs/1234.56789)", lines.get(3));
        assertEquals("after", lines.get(4));
    }

    @Test
    void includesAreBlankedAndReported() {
        String page = "a\n{%\n   include-markdown \"./components.md\"\n   start=\"x\"\n%}\n--8<-- \"other.md\"\nb";
        DialectNormaliser.Result result = DialectNormaliser.normalise(page);
        assertEquals(List.of(new DialectNormaliser.Include("./components.md", 2), new DialectNormaliser.Include("other.md", 6)),
                result.includes());
        assertTrue(result.text().lines().skip(1).limit(5).allMatch(String::isBlank), result.text());
        assertEquals(7, result.text().lines().count());
    }

    @Test
    void fencedCodeIsLeftAlone() {
        String page = "```\n??? tip \"not an admonition\"\n```";
        assertEquals(page, DialectNormaliser.normalise(page).text());
    }
}
