package org.genaikg.extractor.parse;

/**
 * One block of a page: an admonition (head = its title, body = its content), a list item
 * (head = its own text, body empty; nested items are entries of their own with {@code parent}
 * set), a table row (head = first cell, body = the other cells), a paragraph or a heading.
 *
 * @param section the section it sits in, or {@link SectionId#TOP} before the first heading
 * @param parent index of the enclosing list-item entry, or -1
 * @param column for a table row, the heading of its first column ("Model", "Platform"); else empty
 */
public record Entry(int index, EntryKind kind, SectionId section, int parent, int line, InlineText head, InlineText body,
                    String column) implements java.io.Serializable {}
