package org.genaikg.extractor.parse;

/** A Markdown link as written: its text (Markdown stripped), target and whether it is an image. */
public record Link(String text, String url, boolean image) implements java.io.Serializable {}
