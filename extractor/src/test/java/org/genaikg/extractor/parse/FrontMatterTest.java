package org.genaikg.extractor.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.genaikg.extractor.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FrontMatterTest {

    @Test
    void validFrontMatterGivesNoWarning() {
        assertEquals(List.of(), FrontMatter.problems("a.md", "---\ntitle: A\ntags: [x, y]\n---\n# A\n"));
        assertEquals(List.of(), FrontMatter.problems("a.md", "# No front matter\n---\n"));
    }

    @Test
    void invalidFrontMatterIsReportedWithThePagesLine() {
        List<Problem> problems = FrontMatter.problems("a.md", "---\ntitle: A\ntags: [x, y\nauthor: b\n---\n# A\n");

        assertEquals(1, problems.size());
        Problem problem = problems.get(0);
        assertEquals(Problem.Severity.WARNING, problem.severity());
        assertEquals(4, problem.line(), problem.toString());
        assertTrue(problem.reason().startsWith("front matter is not valid YAML ("), problem.reason());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anAliasBombIsRefusedNotExpanded() {
        StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            bomb.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = level;
        }
        bomb.append("---\n# Page\n");

        List<Problem> problems = FrontMatter.problems("bomb.md", bomb.toString());

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().contains("aliases"), problems.get(0).reason());
    }

    @Test
    void aLeadingRuleThatIsNoMetadataIsReadAsMarkdown() {
        String slides = "---\n# Agent Capabilities\n<div class=\"grid cards\" markdown=\"1\">\n- :material-target: **Goal-Oriented**\n\n"
                + "  ---\n\n  - Sets and pursues objectives\n";

        Page page = new PageParser().parse("slides.md", slides);

        // before: the block up to the second rule was taken for front matter, the heading lost
        assertEquals("Agent Capabilities", page.title());
        assertEquals("front matter is not valid YAML (mapping values are not allowed here): read as Markdown",
                FrontMatter.problems("slides.md", slides).get(0).reason());
    }
}
