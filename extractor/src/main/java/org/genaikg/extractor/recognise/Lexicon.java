package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known model and concept names in running text, longest match first, ignoring case,
 * spaces, hyphens and punctuation but not digits. Immutable once built; thread-safe.
 */
public final class Lexicon {
    private static final int MAX_WORDS = 7;
    /** One ordinary word, capitalised or not: "Agents", "critic". */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}+]|[-.'’](?=[\\p{L}\\p{N}]))*");

    private final Map<String, LexiconEntry> byKey;
    private final Map<String, LexiconEntry> byName;
    /** Every prefix of every name key, so a phrase stops growing as soon as no name can start with it. */
    private final java.util.Set<String> keyPrefixes;

    private Lexicon(Map<String, LexiconEntry> byKey, Map<String, LexiconEntry> byName) {
        this.byKey = Map.copyOf(byKey);
        this.byName = Map.copyOf(byName);
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String key : byName.keySet()) {
            for (int i = 1; i <= key.length(); i++) {
                prefixes.add(key.substring(0, i));
            }
        }
        this.keyPrefixes = java.util.Set.copyOf(prefixes);
    }

    /** Builds a lexicon; on a name clash the entry given first wins (give the gazetteer first). */
    public static Lexicon of(Collection<LexiconEntry> entries) {
        Map<String, LexiconEntry> byKey = new HashMap<>();
        Map<String, LexiconEntry> byName = new HashMap<>();
        for (LexiconEntry entry : entries) {
            byKey.putIfAbsent(entry.key(), entry);
            for (String name : entry.names()) {
                String key = Names.key(name);
                if (!key.isEmpty()) {
                    byName.putIfAbsent(key, entry);
                }
            }
        }
        return new Lexicon(byKey, byName);
    }

    public Collection<LexiconEntry> entries() {
        return byKey.values();
    }

    private LexiconEntry lookupKey(String key) {
        LexiconEntry found = byName.get(key);
        if (found == null && key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            found = byName.get(key.substring(0, key.length() - 1));
        }
        return found;
    }

    /** The entry whose name has this key exactly (or with its last word's plural forgiven). */
    public LexiconEntry lookup(String name) {
        LexiconEntry found = byName.get(Names.key(name));
        if (found == null) {
            found = byName.get(Names.singularKey(name));
        }
        return found;
    }

    /**
     * The entry whose name is one typing slip away from a long name ("masked self attetion"), or
     * null. Only for names of ten letters or more, where a slip cannot turn one name into another.
     */
    public LexiconEntry lookupForgivingTypos(String name) {
        LexiconEntry exact = lookup(name);
        String key = Names.key(name);
        if (exact != null || key.length() < 10) {
            return exact;
        }
        int allowed = key.length() >= 16 ? 2 : 1;
        LexiconEntry best = null;
        int bestDistance = allowed + 1;
        for (Map.Entry<String, LexiconEntry> candidate : byName.entrySet()) {
            String other = candidate.getKey();
            if (Math.abs(other.length() - key.length()) > allowed || other.charAt(0) != key.charAt(0)) {
                continue;
            }
            int distance = EditDistance.bounded(key, other, allowed);
            if (distance < bestDistance || distance == bestDistance && best != null && other.compareTo(Names.key(best.label())) < 0) {
                best = candidate.getValue();
                bestDistance = distance;
            }
        }
        return best;
    }

    public LexiconEntry byKey(String key) {
        return byKey.get(key);
    }

    public List<LexiconMatch> find(String text) {
        List<int[]> tokens = new ArrayList<>();
        List<String> tokenKeys = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
            tokenKeys.add(Names.key(m.group()));
        }
        List<LexiconMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            LexiconMatch best = null;
            int bestLength = 0;
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= MAX_WORDS && i + n <= tokens.size(); n++) {
                if (n > 1 && !phraseIsContiguous(text, tokens, i + n - 2, 2)) {
                    break;
                }
                key.append(tokenKeys.get(i + n - 1));
                String phraseKey = key.toString();
                LexiconEntry entry = lookupKey(phraseKey);
                if (entry != null) {
                    String surface = text.substring(tokens.get(i)[0], tokens.get(i + n - 1)[1]);
                    if (accepts(entry, surface)) {
                        best = new LexiconMatch(entry, surface, tokens.get(i)[0], tokens.get(i + n - 1)[1]);
                        bestLength = n;
                    }
                }
                if (!keyPrefixes.contains(phraseKey)) {
                    break;
                }
            }
            if (best != null) {
                matches.add(best);
                i += bestLength;
            } else {
                i++;
            }
        }
        return matches;
    }

    /** Words of a phrase are separated only by spaces, hyphens or slashes, not by sentence punctuation. */
    private static boolean phraseIsContiguous(String text, List<int[]> tokens, int first, int count) {
        for (int k = first; k < first + count - 1; k++) {
            int from = tokens.get(k)[1];
            int to = tokens.get(k + 1)[0];
            if (to - from < 1 || to - from > 3) {
                return false;
            }
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if (ch != ' ' && ch != '\t' && ch != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Case rules: exact spelling for entries marked so; an acronym never matches an all-lower-case
     * word; a learned name matches an ordinary word only when spelled as that word.
     */
    private static boolean accepts(LexiconEntry entry, String surface) {
        String flat = surface.replaceAll("\\s+", " ");
        if (entry.matchCase()) {
            return entry.names().stream().anyMatch(n -> n.equals(flat) || (n + "s").equals(flat));
        }
        if (entry.iri() == null && entry.kind() == org.genaikg.ontology.NodeKind.MODEL && PLAIN_WORD.matcher(flat).matches()
                && entry.names().stream().noneMatch(n -> n.equalsIgnoreCase(flat) || (n + "s").equalsIgnoreCase(flat))) {
            // a learned "Agent-S" is spelled apart from the word "Agents" its key shares
            return false;
        }
        boolean lowerSurface = flat.equals(flat.toLowerCase(Locale.ROOT));
        if (lowerSurface) {
            for (String name : entry.names()) {
                if (Names.key(name).equals(Names.key(flat)) || Names.key(name).equals(Names.singularKey(flat))) {
                    boolean acronym = name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
                            && name.chars().anyMatch(Character::isLetter);
                    boolean capitalisedProper = !name.equals(name.toLowerCase(Locale.ROOT)) && !name.contains(" ")
                            && entry.kind() == org.genaikg.ontology.NodeKind.MODEL;
                    if (!acronym && !capitalisedProper) {
                        return true;
                    }
                }
            }
            return false;
        }
        return true;
    }
}
