package org.genaikg.extractor.recognise;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What recognising one page asked the lexicon: the name keys it looked up, the phrase keys it
 * checked as the start of a name, the entity keys it resolved and the names it looked up forgiving
 * typos. Recognition reads the lexicon only through these questions, so a page's findings hold
 * under any lexicon that answers all of them alike ({@link #unaffectedBy}): a commit that teaches a
 * new name need not recognise again the pages that never came near it. Keys are kept as their
 * hash codes: a collision can only make a page be recognised again, never keep a stale finding.
 */
public final class LexiconUse implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The use of findings made without recording (read from a disk cache): every change affects them. */
    public static final LexiconUse UNKNOWN = new LexiconUse(null, null, null, List.of());

    private final int[] names;
    private final int[] prefixes;
    private final int[] entryKeys;
    private final List<String> typoKeys;

    private LexiconUse(int[] names, int[] prefixes, int[] entryKeys, List<String> typoKeys) {
        this.names = names;
        this.prefixes = prefixes;
        this.entryKeys = entryKeys;
        this.typoKeys = List.copyOf(typoKeys);
    }

    /**
     * True when the lexicon after {@code change} answers every question this use asked as the lexicon before it did,
     * so the findings made with the one are those the other would make.
     */
    public boolean unaffectedBy(LexiconChange change) {
        if (names == null) {
            return false;
        }
        if (change.isNone()) {
            return true;
        }
        return noneIn(names, change.names()) && noneIn(prefixes, change.prefixes()) && noneIn(entryKeys, change.entryKeys())
                && typoKeys.stream().noneMatch(change::changesTypoLookup);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LexiconUse use && Arrays.equals(names, use.names) && Arrays.equals(prefixes, use.prefixes)
                && Arrays.equals(entryKeys, use.entryKeys) && typoKeys.equals(use.typoKeys);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names) * 31 + Arrays.hashCode(prefixes);
    }

    private static boolean noneIn(int[] asked, Set<Integer> changed) {
        if (changed.isEmpty()) {
            return true;
        }
        for (int hash : asked) {
            if (changed.contains(hash)) {
                return false;
            }
        }
        return true;
    }

    /** Collects one page's questions; used by one thread (the page's). */
    static final class Recorder {
        private final Set<Integer> names = new HashSet<>();
        private final Set<Integer> prefixes = new HashSet<>();
        private final Set<Integer> entryKeys = new HashSet<>();
        private final List<String> typoKeys = new ArrayList<>();

        void name(String key) {
            names.add(key.hashCode());
        }

        void prefix(String key) {
            prefixes.add(key.hashCode());
        }

        void entryKey(String key) {
            entryKeys.add(key.hashCode());
        }

        void typoKey(String key) {
            typoKeys.add(key);
        }

        LexiconUse use() {
            return new LexiconUse(sorted(names), sorted(prefixes), sorted(entryKeys), typoKeys.stream().distinct().toList());
        }

        private static int[] sorted(Set<Integer> hashes) {
            int[] array = hashes.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(array);
            return array;
        }
    }
}
