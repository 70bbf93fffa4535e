package org.genaikg.extractor.parse;

/** The blocks of a page that recognisers read, one entry each. */
public enum EntryKind {
    ADMONITION,
    LIST_ITEM,
    TABLE_ROW,
    PARAGRAPH,
    HEADING
}
