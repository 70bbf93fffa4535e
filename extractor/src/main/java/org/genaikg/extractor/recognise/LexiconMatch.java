package org.genaikg.extractor.recognise;

/** Where a known name occurs in a text: the entry, the words as written, and their character span. */
public record LexiconMatch(LexiconEntry entry, String surface, int start, int end) {}
