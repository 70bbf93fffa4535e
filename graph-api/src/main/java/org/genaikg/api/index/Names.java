package org.genaikg.api.index;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.genaikg.extractor.recognise.EditDistance;

/**
 * How the search and the report compare names: case, accents, spaces and punctuation are ignored ({@code Llama-2} =
 * {@code llama 2}), digits are not. Also the word split and the similarity measures of fuzzy matching.
 */
public final class Names {
    private Names() {}

    /** Lower-case letters and digits only. */
    public static String normalise(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The normalised words of a name, split at spaces and punctuation. */
    public static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .map(Names::normalise)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** The trigrams of a normalised name, padded so that short names have some. */
    public static Set<String> trigrams(String normalised) {
        String padded = "  " + normalised + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    /** Jaccard similarity of two trigram sets, 0 to 1. */
    public static double trigramSimilarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String gram : a) {
            if (b.contains(gram)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /**
     * 1 minus the Levenshtein distance over the longer length, 0 to 1; 0 when the similarity is
     * surely below {@code floor} (the distance is then not computed in full).
     */
    public static double editSimilarity(String a, String b, double floor) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        int maxDistance = (int) Math.floor(longer * (1 - floor));
        if (Math.abs(a.length() - b.length()) > maxDistance) {
            return 0;
        }
        int distance = EditDistance.bounded(a, b, maxDistance);
        return distance > maxDistance ? 0 : 1 - (double) distance / longer;
    }
}
