package org.genaikg.extractor.parse;

import java.io.Serializable;

/**
 * Where on its page an entry, a mention or a link sits: one of the page's sections (by its index in
 * {@link Page#sections()}), or the top of the page, before any heading ({@link #TOP}).
 */
public final class SectionId implements Serializable {
    /** The top of the page: no heading above. */
    public static final SectionId TOP = new SectionId(-1);

    private final int index;

    private SectionId(int index) {
        this.index = index;
    }

    /** The section at this index of {@link Page#sections()}; a negative index is the top of the page. */
    public static SectionId of(int index) {
        return index < 0 ? TOP : new SectionId(index);
    }

    public boolean isTop() {
        return index < 0;
    }

    /** The index in {@link Page#sections()}; only for a section, not the top of the page. */
    public int index() {
        if (isTop()) {
            throw new IllegalStateException("the top of a page is no section");
        }
        return index;
    }

    private Object readResolve() {
        return of(index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionId id && id.index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return isTop() ? "top" : "section " + index;
    }
}
