package org.genaikg.extractor.recognise;

import java.util.List;
import org.genaikg.ontology.NodeKind;

/**
 * The name matches of one sentence, in text order without overlaps (as {@link Lexicon#find} gives
 * them), indexed so that the name after or before a cue is a binary search: a sentence with a cue
 * between every two names costs time linear in its length, not quadratic.
 */
final class SentenceMatches {
    private final List<LexiconMatch> matches;
    private final int[] ends;
    /** For each index, the index of the last match at or before it that names something other than a modality, or -1. */
    private final int[] lastNaming;
    /** For each index, the index of the last model match at or before it, or -1. */
    private final int[] lastModel;

    SentenceMatches(List<LexiconMatch> matches) {
        this.matches = matches;
        int n = matches.size();
        ends = new int[n];
        lastNaming = new int[n];
        lastModel = new int[n];
        for (int i = 0; i < n; i++) {
            LexiconMatch match = matches.get(i);
            ends[i] = match.end();
            lastNaming[i] = match.entry().kind() != NodeKind.MODALITY ? i : i > 0 ? lastNaming[i - 1] : -1;
            lastModel[i] = match.entry().kind() == NodeKind.MODEL ? i : i > 0 ? lastModel[i - 1] : -1;
        }
    }

    List<LexiconMatch> all() {
        return matches;
    }

    /** The first match starting at {@code offset} or later, or null. */
    LexiconMatch firstStartingAt(int offset) {
        int i = firstStartingAt(matches, offset);
        return i < matches.size() ? matches.get(i) : null;
    }

    /** The last match ending at or before {@code offset} that names something other than a modality, or null. */
    LexiconMatch lastNamingBefore(int offset) {
        int k = endingAtOrBefore(offset);
        return k > 0 && lastNaming[k - 1] >= 0 ? matches.get(lastNaming[k - 1]) : null;
    }

    /** The last model match ending at or before {@code offset}, or null. */
    LexiconMatch lastModelBefore(int offset) {
        int k = endingAtOrBefore(offset);
        return k > 0 && lastModel[k - 1] >= 0 ? matches.get(lastModel[k - 1]) : null;
    }

    /** How many matches end at or before {@code offset} (ends increase with the index). */
    private int endingAtOrBefore(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of the first match in {@code matches} (text order) starting at {@code offset} or later. */
    static int firstStartingAt(List<LexiconMatch> matches, int offset) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (matches.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
