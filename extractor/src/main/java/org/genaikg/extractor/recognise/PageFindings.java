package org.genaikg.extractor.recognise;

import java.util.List;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.SectionId;

/** What one page yields: the entities seen, the relations between them, links to other pages, and problems. */
public record PageFindings(Page page, List<Mention> mentions, List<Assertion> assertions, List<PageLink> pageLinks,
                           List<Problem> problems) implements java.io.Serializable {
    public PageFindings {
        mentions = List.copyOf(mentions);
        assertions = List.copyOf(assertions);
        pageLinks = List.copyOf(pageLinks);
        problems = List.copyOf(problems);
    }

    /**
     * A relative link or include from a page (or one of its sections) to another page.
     *
     * @param fromSection the linking section, or {@link SectionId#TOP} for the page itself
     * @param target the target path relative to the knowledge-base root, with an optional {@code #anchor}
     */
    public record PageLink(SectionId fromSection, String target, org.genaikg.extractor.model.SourceSpan span) implements java.io.Serializable {}
}
