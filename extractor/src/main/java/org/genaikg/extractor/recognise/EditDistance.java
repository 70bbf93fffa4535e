package org.genaikg.extractor.recognise;

/**
 * Levenshtein distance with an upper bound, for forgiving typing slips in long names: the
 * extractor's typo-tolerant lookups and the graph API's fuzzy search and report use this one.
 */
public final class EditDistance {
    private EditDistance() {}

    /** The edit distance of a and b, or {@code bound + 1} as soon as it is known to exceed {@code bound}. */
    public static int bounded(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], bound + 1);
    }
}
