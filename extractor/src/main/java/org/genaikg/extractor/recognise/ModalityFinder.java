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

    private final Pattern phrases;
    private final ModalityScheme scheme;
    private final Map<String, String> labels = new java.util.HashMap<>();

    public ModalityFinder(ModalityScheme scheme) {
        this.scheme = scheme;
        List<String> names = new ArrayList<>();
        for (ModalityTerm term : scheme.terms()) {
            labels.put(term.iri(), term.label());
            names.addAll(term.names());
        }
        names.addAll(scheme.combinations().keySet());
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder alternation = new StringBuilder();
        for (String name : names) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(phrase(name));
        }
        this.phrases = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** A name as a pattern that allows a space, a hyphen or nothing between its words. */
    private static String phrase(String name) {
        StringBuilder words = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!word.isEmpty()) {
                words.append(words.length() == 0 ? "" : "[\\s-]?").append(Pattern.quote(word));
            }
        }
        return words.toString();
    }

    /** The modality IRIs a short text names, in order of first appearance. */
    public Set<String> find(String text) {
        StringBuilder lower = new StringBuilder(" " + text.toLowerCase(Locale.ROOT) + " ");
        Set<String> found = new LinkedHashSet<>();
        Matcher combined = phrases.matcher(lower);
        while (combined.find()) {
            List<String> iris = scheme.modalitiesOf(combined.group());
            if (iris.size() > 1) {
                found.addAll(iris);
                for (int i = combined.start(); i < combined.end(); i++) {
                    lower.setCharAt(i, ' ');
                }
            }
        }
        String withoutLanguageModels = LANGUAGE_MODEL.matcher(lower).replaceAll(" ");
        Matcher single = phrases.matcher(withoutLanguageModels);
        while (single.find()) {
            found.addAll(scheme.modalitiesOf(single.group()));
        }
        return found;
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
}
