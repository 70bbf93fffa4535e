package org.genaikg.extractor.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionsTest {
    private static Exclusions of(String... patterns) {
        return Exclusions.of(List.of(patterns).stream().map(p -> new Exclusions.Exclusion(p, "test")).toList());
    }

    @Test
    void aPatternWithoutASlashMatchesANameAtAnyDepth() {
        Exclusions leaked = of("leaked/");
        assertTrue(leaked.excludes("leaked", true));
        assertTrue(leaked.excludes("a/b/leaked", true));
        assertFalse(leaked.excludes("a/leaked", false), "a trailing slash matches folders only");
        assertFalse(leaked.excludes("a/leaked-not", true));
    }

    @Test
    void aPatternWithASlashIsAnchoredAndItsStarsStayInOneSegment() {
        Exclusions site = of("*/leaked/*", "/Managenai");
        assertTrue(site.excludes("Understanding/leaked/prompts.md", false));
        assertFalse(site.excludes("a/b/leaked/prompts.md", false));
        assertTrue(site.excludes("Managenai", true));
        assertFalse(site.excludes("x/Managenai", true));
    }

    @Test
    void twoStarsSpanSegments() {
        Exclusions drafts = of("**/drafts/**", "notes/**/*.md");
        assertTrue(drafts.excludes("drafts/a.md", false));
        assertTrue(drafts.excludes("a/b/drafts/c/d.md", false));
        assertTrue(drafts.excludes("notes/a.md", false));
        assertTrue(drafts.excludes("notes/x/y/a.md", false));
        assertFalse(drafts.excludes("notes/a.txt", false));
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOutByDefault() {
        Exclusions defaults = Exclusions.of(List.of(Exclusions.HIDDEN));
        assertTrue(defaults.excludes(".supernal", true));
        assertTrue(defaults.excludes("a/.draft.md", false));
        assertFalse(defaults.excludes("a/b.md", false));
    }
}
