package org.genaikg.extractor.recognise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name normalisation and the shape of names. Pure. */
public final class Names {
    /** Lower-case words that may sit inside a Title Case name ("Mixture of Experts", "Chain of Thought"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "and", "in", "on", "to", "a", "with");
    /** Words a title starts with when it is a sentence or a description, not a name. */
    private static final Set<String> NON_NAME_STARTS = Set.of(
            "the", "a", "an", "on", "towards", "toward", "why", "how", "what", "when", "where", "who", "is", "are",
            "do", "does", "can", "should", "will", "learning", "understanding", "visualizing", "visualising",
            "introducing", "introduction", "improving", "scaling", "training", "generating", "building", "using",
            "making", "exploring", "evaluating", "measuring", "beyond", "rethinking", "revisiting", "survey", "review",
            "tutorial", "guide", "intro", "part", "chapter", "notes", "lecture", "my", "our", "your", "this", "these",
            "from", "in", "at", "by", "for", "with", "to", "of", "all", "some", "more", "most", "best", "top", "new",
            "paper", "papers", "blog", "website", "github", "code", "demo", "project", "video", "slides", "docs",
            "documentation", "link", "here", "source", "repo", "repository", "article", "post", "thread", "tweet",
            "abstract", "summary", "example", "examples", "note", "todo", "see", "read", "also", "other", "others",
            "general", "key", "important", "useful", "simple", "efficient", "large", "small", "fast", "better");
    /** "DPO's Key Insight", "OpenAI's Research": a possessive speaks about a name; it is not one. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.+-]*");

    private Names() {}

    /** The matching key: case, spaces, hyphens, dots and punctuation ignored, digits kept (EXTRACTION.md). */
    public static String key(String name) {
        return org.genaikg.ontology.NameKeys.key(name);
    }

    /** A key that also forgives a plural on the last word: "Transformers" finds "Transformer". */
    public static String singularKey(String name) {
        String key = key(name);
        if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    public static String[] words(String text) {
        return WORD.matcher(text).results().map(m -> m.group()).toArray(String[]::new);
    }

    /** A single token that can only be a name: inner capitals or digits mixed with letters (GPT-4, MambaByte, H3). */
    public static boolean isDistinctiveToken(String token) {
        String t = token.replaceAll("[’'.]+$", "");
        if (t.length() < 2 || NameClassifier.isCommonAcronym(t.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""))
                && !t.matches(".*\\d.*")) {
            return false;
        }
        boolean letters = t.chars().anyMatch(Character::isLetter);
        boolean digits = t.chars().anyMatch(Character::isDigit);
        boolean innerUpper = false;
        for (int i = 1; i < t.length(); i++) {
            // "Multi-Modal" is two capitalised words, not a name; "MambaByte", "DeBERTa", "VQ-VAE" are names
            if (Character.isUpperCase(t.charAt(i)) && t.charAt(i - 1) != '-' && t.charAt(i - 1) != '.') {
                innerUpper = true;
                break;
            }
        }
        return letters && (innerUpper || digits && Character.isUpperCase(t.charAt(0)));
    }

    /** True for a short Title Case phrase or a distinctive token that reads as a name, not a sentence. */
    public static boolean looksLikeName(String phrase, int maxWords) {
        String[] words = words(phrase.strip());
        if (words.length == 0 || words.length > maxWords) {
            return false;
        }
        if (NON_NAME_STARTS.contains(words[0].toLowerCase(Locale.ROOT)) && !isDistinctiveToken(words[0])) {
            return false;
        }
        if (phrase.matches(".*[?!;,].*") || phrase.strip().endsWith(".") || hasPossessive(phrase)) {
            return false;
        }
        if (words.length == 1) {
            String w = words[0];
            return isDistinctiveToken(w) || w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                    && !NameClassifier.isCommonAcronym(w.toUpperCase(Locale.ROOT));
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capital && !(i > 0 && i < words.length - 1 && NAME_CONNECTORS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** True when a word of the phrase is a possessive: "AI's Energy Crisis", "E2B's". */
    public static boolean hasPossessive(String phrase) {
        return POSSESSIVE.matcher(phrase).find();
    }


    /** "REPRESENTATION ENGINEERING" becomes "Representation Engineering"; a mixed-case name is kept. */
    public static String displayForm(String name) {
        String stripped = name.strip().replaceAll("\\s+", " ");
        boolean shouting = stripped.length() > 6 && stripped.contains(" ") && stripped.equals(stripped.toUpperCase(Locale.ROOT));
        if (!shouting) {
            return stripped;
        }
        StringBuilder out = new StringBuilder();
        for (String word : stripped.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.length() <= 1 ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
