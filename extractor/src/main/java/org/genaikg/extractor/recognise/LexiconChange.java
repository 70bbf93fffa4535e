package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.Set;

/**
 * Where two lexicons answer differently ({@link Lexicon#changeTo}): the name keys whose entry differs (or exists in
 * one only), the phrase keys that start a name in one only, and the entity keys whose entry differs; as hash codes,
 * with the changed name keys also in full for the typo-forgiving lookup ({@link LexiconUse}).
 */
public record LexiconChange(Set<Integer> names, Set<Integer> prefixes, Set<Integer> entryKeys, List<String> nameKeys) {
    public LexiconChange {
        names = Set.copyOf(names);
        prefixes = Set.copyOf(prefixes);
        entryKeys = Set.copyOf(entryKeys);
        nameKeys = List.copyOf(nameKeys);
    }

    boolean isNone() {
        return names.isEmpty() && prefixes.isEmpty() && entryKeys.isEmpty();
    }

    /**
     * True when a changed name is a candidate of {@link Lexicon#lookupForgivingTypos} for {@code key} (its filter and
     * bound exactly): only then can that lookup answer otherwise.
     */
    boolean changesTypoLookup(String key) {
        int allowed = Lexicon.typosAllowed(key);
        for (String other : nameKeys) {
            if (Math.abs(other.length() - key.length()) <= allowed && other.charAt(0) == key.charAt(0)
                    && EditDistance.bounded(key, other, allowed) <= allowed) {
                return true;
            }
        }
        return false;
    }
}
