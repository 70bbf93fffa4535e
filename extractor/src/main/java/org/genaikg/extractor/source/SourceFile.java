package org.genaikg.extractor.source;

/** One Markdown file of the knowledge base: its path relative to the root (with {@code /}) and its text. */
public record SourceFile(String path, String text) {}
