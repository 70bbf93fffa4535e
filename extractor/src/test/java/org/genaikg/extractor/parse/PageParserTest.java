package org.genaikg.extractor.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.genaikg.extractor.parse.SectionId;
import org.junit.jupiter.api.Test;

class PageParserTest {
    private final PageParser parser = new PageParser();

    @Test
    void aQuotedBlankFrontMatterTitleFallsBackToTheHeadingThenTheFileName() {
        assertEquals("Heading", parser.parse("a/b.md", "---\ntitle: \" \"\n---\n# Heading\ntext\n").title());
        assertEquals("index", parser.parse("docs/index.md", "---\ntitle: ' '\n---\nSome text.\n").title());
    }

    @Test
    void frontMatterTitleWinsOverTheFirstHeading() {
        Page page = parser.parse("a/b.md", "---\ntitle: \"Front title\"\ndate: 2026-01-01\n---\n# Heading\ntext\n");
        assertEquals("Front title", page.title());
    }

    @Test
    void firstH1IsTheTitleWithoutFrontMatter() {
        assertEquals("Models", parser.parse("x.md", "intro\n\n# Models\n").title());
    }

    @Test
    void fileNameIsTheTitleWithoutHeadings() {
        assertEquals("notes", parser.parse("dir/notes.md", "just text").title());
    }

    @Test
    void sectionsNestByLevelWithMkDocsAnchors() {
        Page page = parser.parse("p.md", "## Multi-Modal Models\n### Vision-Language Models\n## Other\n## Other\n");
        List<PageSection> sections = page.sections();
        assertEquals(SectionId.TOP, sections.get(0).parent());
        assertEquals(SectionId.of(0), sections.get(1).parent());
        assertEquals("vision-language-models", sections.get(1).anchor());
        assertEquals("other_1", sections.get(3).anchor());
        assertEquals(2, sections.get(1).line());
    }

    @Test
    void admonitionTitleLinkAndBodyLinksAreRead() {
        String md = "??? tip \"[Llama 2: Open](https://arxiv.org/pdf/2307.09288.pdf) A set of models\"\n"
                + "    Body text.\n    [Github](https://github.com/a/b)\n";
        Entry entry = parser.parse("p.md", md).entries().get(0);
        assertEquals(EntryKind.ADMONITION, entry.kind());
        assertEquals("Llama 2: Open", entry.head().links().get(0).text());
        assertTrue(entry.head().text().endsWith("A set of models"));
        assertEquals("https://github.com/a/b", entry.body().links().get(0).url());
        assertEquals(1, entry.line());
    }

    @Test
    void fencedCodeGivesNoEntry() {
        Page page = parser.parse("p.md", "```python\n[x](https://arxiv.org/abs/1234.56789)\n```\n");
        assertTrue(page.entries().isEmpty());
    }

    @Test
    void rawHtmlAndMathDoNotBreakParsing() {
        Page page = parser.parse("p.md", "<i id='x'></i>\nText with $O(N^2)$ math and <b>html</b>.\n\n$$ a $$\n");
        assertTrue(page.entries().stream().anyMatch(e -> e.head().text().contains("math")));
    }

    @Test
    void nestedListItemsPointToTheirParent() {
        Page page = parser.parse("p.md", "- Introducing sparsity:\n    - Banded\n");
        assertEquals(0, page.entries().get(1).parent());
    }

    @Test
    void tableRowsAreEntries() {
        Page page = parser.parse("p.md", "| Model | Paper |\n|---|---|\n| GPT-4 | [Report](https://arxiv.org/abs/2303.08774) |\n");
        Entry row = page.entries().stream().filter(e -> e.kind() == EntryKind.TABLE_ROW).findFirst().orElseThrow();
        assertEquals("GPT-4", row.head().text());
        assertEquals(3, row.line());
    }

    @Test
    void aTableRowKnowsTheHeadingOfItsFirstColumn() {
        Page page = parser.parse("t.md", "| **Model** | Size |\n|---|---|\n| Hopper-C | 1B |\n\n- item\n");
        Entry row = page.entries().stream().filter(e -> e.kind() == EntryKind.TABLE_ROW).findFirst().orElseThrow();
        assertEquals("Model", row.column());
        assertEquals("Hopper-C", row.head().text());
        assertEquals("", page.entries().get(page.entries().size() - 1).column());
    }
}
