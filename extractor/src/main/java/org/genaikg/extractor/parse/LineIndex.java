package org.genaikg.extractor.parse;

import java.util.Arrays;

/**
 * The offsets where each line of a text starts, so the line of an offset is a binary search.
 * flexmark's {@code Node.getStartLineNumber()} scans the document from its start on every call,
 * which made a page of many list items quadratic in its size.
 */
final class LineIndex {
    private final int[] starts;

    LineIndex(CharSequence text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // \r\n, \r and \n each end a line, as flexmark counts them
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line holding the character at {@code offset}. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }
}
