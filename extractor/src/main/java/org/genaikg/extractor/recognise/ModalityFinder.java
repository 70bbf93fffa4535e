package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ModalityScheme;
import org.genaikg.ontology.ModalityTerm;

/** Finds the modalities a title or heading names, from the ontology's modality scheme. Thread-safe. */
public final class ModalityFinder {
    /** "Language" in "language model" names the kind of model, not the data it reads. */
    private static final Pattern LANGUAGE_MODEL = Pattern.compile(
            "(?<!vision[\\s-])(?<!visual[\\s-])(?<!image[\\s-])\\blanguage\\s+models?\\b|\\bllms?\\b");

    private static final Pattern PROSE_AMBIGUOUS = Pattern.compile(
            "\\b(?:code|codes|coding|programming|graph|graphs|language|languages|natural language|visual|vision|"
                    + "protein|proteins|chemistry|molecule|molecules|table|tables|spreadsheet|voice|mesh|tabular)\\b");

    private record Phrase(Pattern pattern, List<String> iris, String label) {}

    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, String> labels = new java.util.HashMap<>();

    public ModalityFinder(ModalityScheme scheme) {
        List<Phrase> all = new ArrayList<>();
        for (ModalityTerm term : scheme.terms()) {
            labels.put(term.iri(), term.label());
            for (String name : term.names()) {
                all.add(phrase(name, List.of(term.iri())));
            }
        }
        scheme.combinations().forEach((phrase, iris) -> all.add(phrase(phrase, iris)));
        all.sort((a, b) -> Integer.compare(b.label.length(), a.label.length()));
        phrases.addAll(all);
    }

    private static Phrase phrase(String name, List<String> iris) {
        StringBuilder words = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!word.isEmpty()) {
                words.append(words.length() == 0 ? "" : "[\\s-]?").append(Pattern.quote(word));
            }
        }
        return new Phrase(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])"), iris, name);
    }

    /**
     * The modalities running text names, leaving out the words that in prose mostly mean
     * something else ("code" for source code links, "graph" for a chart, "language" for NLP).
     */
    public Set<String> findInProse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String kept = PROSE_AMBIGUOUS.matcher(lower).replaceAll(" ");
        return find(kept);
    }

    public String label(String iri) {
        return labels.get(iri);
    }

    /** The modality IRIs a short text names, in order of first appearance. */
    public Set<String> find(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        String withoutLanguageModels = LANGUAGE_MODEL.matcher(lower).replaceAll(" ");
        Set<String> found = new LinkedHashSet<>();
        StringBuilder remaining = new StringBuilder(withoutLanguageModels);
        for (Phrase phrase : phrases) {
            Matcher m = phrase.pattern.matcher(remaining);
            while (m.find()) {
                found.addAll(phrase.iris);
                for (int i = m.start(); i < m.end(); i++) {
                    remaining.setCharAt(i, ' ');
                }
                m = phrase.pattern.matcher(remaining);
            }
        }
        return found;
    }
}
