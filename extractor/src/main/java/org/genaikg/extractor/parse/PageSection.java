package org.genaikg.extractor.parse;

/**
 * One heading of a page and its place in the heading tree.
 *
 * @param parent index of the enclosing section, or -1 when the section is a top section of the page
 */
public record PageSection(int index, int parent, int level, String heading, String anchor, int line) implements java.io.Serializable {}
