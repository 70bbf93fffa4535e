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
    /** Where a page's recognition notes its questions ({@link #recordingInto}); null for the lexicon itself. */
    private final LexiconUse.Recorder recorder;

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
        this.recorder = null;
    }

    private Lexicon(Lexicon lexicon, LexiconUse.Recorder recorder) {
        this.byKey = lexicon.byKey;
        this.byName = lexicon.byName;
        this.keyPrefixes = lexicon.keyPrefixes;
        this.recorder = recorder;
    }

    /** The same lexicon, noting every question asked of it into {@code recorder} (one page's, one thread's). */
    Lexicon recordingInto(LexiconUse.Recorder recorder) {
        return new Lexicon(this, recorder);
    }

    /** Where {@code next} answers otherwise than this lexicon (see {@link LexiconUse#unaffectedBy}). */
    public LexiconChange changeTo(Lexicon next) {
        java.util.Set<Integer> names = new java.util.HashSet<>();
        List<String> nameKeys = new ArrayList<>();
        differing(byName, next.byName).forEach(key -> {
            names.add(key.hashCode());
            nameKeys.add(key);
        });
        java.util.Set<Integer> prefixes = new java.util.HashSet<>();
        keyPrefixes.stream().filter(p -> !next.keyPrefixes.contains(p)).forEach(p -> prefixes.add(p.hashCode()));
        next.keyPrefixes.stream().filter(p -> !keyPrefixes.contains(p)).forEach(p -> prefixes.add(p.hashCode()));
        java.util.Set<Integer> entryKeys = new java.util.HashSet<>();
        differing(byKey, next.byKey).forEach(key -> entryKeys.add(key.hashCode()));
        return new LexiconChange(names, prefixes, entryKeys, nameKeys);
    }

    private static List<String> differing(Map<String, LexiconEntry> before, Map<String, LexiconEntry> after) {
        List<String> keys = new ArrayList<>();
        before.forEach((key, entry) -> {
            if (!entry.equals(after.get(key))) {
                keys.add(key);
            }
        });
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(keys::add);
        return keys;
    }

    private LexiconEntry named(String key) {
        if (recorder != null) {
            recorder.name(key);
        }
        return byName.get(key);
    }

    private boolean startsAName(String phraseKey) {
        if (recorder != null) {
            recorder.prefix(phraseKey);
        }
        return keyPrefixes.contains(phraseKey);
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
        if (recorder != null) {
            throw new IllegalStateException("recognising a page reads the lexicon by its questions, never as a whole");
        }
        return byKey.values();
    }

    private LexiconEntry lookupKey(String key) {
        LexiconEntry found = named(key);
        if (found == null && key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            found = named(key.substring(0, key.length() - 1));
        }
        return found;
    }

    /** The entry whose name has this key exactly (or with its last word's plural forgiven). */
    public LexiconEntry lookup(String name) {
        LexiconEntry found = named(Names.key(name));
        if (found == null) {
            found = named(Names.singularKey(name));
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
        int allowed = typosAllowed(key);
        if (recorder != null) {
            recorder.typoKey(key);
        }
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

    /** How many typing slips a key of ten letters or more may hold. */
    static int typosAllowed(String key) {
        return key.length() >= 16 ? 2 : 1;
    }

    public LexiconEntry byKey(String key) {
        if (recorder != null) {
            recorder.entryKey(key);
        }
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
                if (!startsAName(phraseKey)) {
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
