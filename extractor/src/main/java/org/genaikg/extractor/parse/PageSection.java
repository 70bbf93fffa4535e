package org.genaikg.extractor.parse;

/**
 * One heading of a page and its place in the heading tree.
 *
 * @param index its index in {@link Page#sections()}
 * @param parent the enclosing section, or {@link SectionId#TOP} for a top section of the page
 */
public record PageSection(int index, SectionId parent, int level, String heading, String anchor, int line)
        implements java.io.Serializable {
    /** This section, as entries and mentions name it. */
    public SectionId id() {
        return SectionId.of(index);
    }
}
