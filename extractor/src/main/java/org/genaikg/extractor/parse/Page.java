package org.genaikg.extractor.parse;

import java.util.List;

/**
 * A parsed page: its path relative to the knowledge-base root, its title (front matter, else
 * first H1, else the file name), a hash of its bytes, its sections and entries in document
 * order, and the files it includes or links to relatively.
 */
public record Page(
        String path,
        String title,
        String contentHash,
        List<PageSection> sections,
        List<Entry> entries,
        List<DialectNormaliser.Include> includes) implements java.io.Serializable {

    public Page {
        sections = List.copyOf(sections);
        entries = List.copyOf(entries);
        includes = List.copyOf(includes);
    }

    /** The same page under another title (the one the site's navigation gives it). */
    public Page withTitle(String newTitle) {
        return new Page(path, newTitle, contentHash, sections, entries, includes);
    }

    /** The section an id names; the top of the page is none. */
    public PageSection section(SectionId id) {
        return sections.get(id.index());
    }

    /** The section and every section above it, innermost first; none for the top of the page. */
    public List<PageSection> enclosing(SectionId id) {
        List<PageSection> chain = new java.util.ArrayList<>();
        for (SectionId s = id; !s.isTop(); s = sections.get(s.index()).parent()) {
            chain.add(sections.get(s.index()));
        }
        return chain;
    }
}
