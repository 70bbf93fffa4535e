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

    /** The chain of section indices from the top of the page down to {@code section}. */
    public List<PageSection> sectionPath(int section) {
        java.util.ArrayDeque<PageSection> path = new java.util.ArrayDeque<>();
        for (int s = section; s >= 0; s = sections.get(s).parent()) {
            path.addFirst(sections.get(s));
        }
        return List.copyOf(path);
    }
}
