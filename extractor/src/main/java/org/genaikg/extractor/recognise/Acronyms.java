package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ExtractionRule;

/**
 * Names given with their acronyms: "Long Name (ACRO)" and "ACRO (Long Name)", when the acronym's
 * letters are the long name's initials. Pure.
 */
final class Acronyms {
    private static final Pattern NAME_WITH_ACRONYM = Pattern.compile(
            "((?:[A-Z][\\w-]*\\s+(?:(?:of|for|and|the|in|to|with|on)\\s+)?){1,5}[A-Z][\\w-]*)\\s+\\(([A-Z][A-Za-z0-9-]{1,11})\\)");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z][A-Z0-9]+s");
    private static final Pattern ACRONYM_THEN_EXPANSION = Pattern.compile(
            "^([A-Z][A-Za-z0-9-]{1,11})\\s+\\(((?:[A-Z][\\w-]*\\s+(?:(?:of|for|and|the|in|to|with|on)\\s+)?){1,5}[A-Z][\\w-]*)\\)$");

    private Acronyms() {}

    /** "IPO (Identity Preference Optimization)": an acronym spelled out in brackets after it. */
    static void expandedAcronym(String text, Map<String, NameFinding> found) {
        Matcher m = ACRONYM_THEN_EXPANSION.matcher(text);
        if (m.matches() && initialsFit(m.group(2).strip(), m.group(1))) {
            NameFinding base = NameFinding.of(m.group(2).strip(), ExtractionRule.NAME_WITH_ACRONYM, false);
            if (!NameClassifier.namesNoModel(base.name()) && !NameClassifier.namesNoModel(m.group(1))) {
                found.put(Names.key(base.name()), new NameFinding(base.name(), List.of(m.group(1)), base.conceptHint(),
                        ExtractionRule.NAME_WITH_ACRONYM, false));
            }
        }
    }


    static void bracketed(String text, Map<String, NameFinding> found, boolean described) {
        Matcher m = NAME_WITH_ACRONYM.matcher(text);
        while (m.find()) {
            String longName = singular(trimLeadingLowerWords(m.group(1).strip()));
            String acronym = m.group(2);
            // "Application Programming Interfaces (APIs)": a plural acronym abbreviates a common noun, not a name
            boolean plural = PLURAL_ACRONYM.matcher(acronym).matches();
            if (!plural && initialsFit(longName, acronym) && !NameClassifier.namesNoModel(longName) && !NameClassifier.namesNoModel(acronym)) {
                NameFinding base = NameFinding.of(longName, ExtractionRule.NAME_WITH_ACRONYM, described);
                found.remove(Names.key(acronym));
                found.put(Names.key(base.name()), new NameFinding(base.name(), List.of(acronym),
                        base.conceptHint(), ExtractionRule.NAME_WITH_ACRONYM, described));
            }
        }
    }


    /** "Recurrent State-Space Models (RSSM)" defines one model: "Recurrent State-Space Model". */
    private static String singular(String name) {
        return name.replaceAll("(?i)(model|network|transformer|machine|encoder|decoder)s$", "$1");
    }


    private static String trimLeadingLowerWords(String name) {
        String[] words = name.split("\\s+");
        int start = 0;
        while (start < words.length - 1 && List.of("The", "A", "An", "Our", "Uses", "Using").contains(words[start])) {
            start++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }


    /** The acronym's letters appear, in order, among the initials and capitals of the long name. */
    static boolean initialsFit(String longName, String acronym) {
        // "CoVe" for "Chain of Verification": the capitals carry the initials, the small letters pad them
        String upper = acronym.replaceAll("[^A-Z]", "");
        String letters = upper.length() >= 2 && !upper.equals(acronym.replaceAll("[^A-Za-z]", ""))
                ? upper : acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        StringBuilder capitals = new StringBuilder();
        for (String word : longName.split("[\\s-]+")) {
            if (!word.isEmpty()) {
                capitals.append(Character.toUpperCase(word.charAt(0)));
                word.chars().skip(1).filter(Character::isUpperCase).forEach(c -> capitals.append((char) c));
            }
        }
        int i = 0;
        for (char c : capitals.toString().toCharArray()) {
            if (i < letters.length() && c == letters.charAt(i)) {
                i++;
            }
        }
        return letters.length() >= 2 && i == letters.length() && letters.charAt(0) == capitals.charAt(0);
    }
}
