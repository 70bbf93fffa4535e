package org.genaikg.extractor.model;

import java.util.Objects;
import org.genaikg.ontology.ExtractionRule;

/**
 * Where one node or relation came from: the file (relative to the knowledge-base folder), the
 * 1-based line, the text span that gave it (sentence, title or list item) and the rule that
 * produced it.
 */
public record SourceSpan(String path, int line, String text, ExtractionRule rule) implements Comparable<SourceSpan>, java.io.Serializable {
    public SourceSpan {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }

    public SourceSpan withRule(ExtractionRule newRule) {
        return new SourceSpan(path, line, text, newRule);
    }

    @Override
    public int compareTo(SourceSpan other) {
        int c = path.compareTo(other.path);
        if (c != 0) return c;
        c = Integer.compare(line, other.line);
        if (c != 0) return c;
        c = rule.id().compareTo(other.rule.id());
        return c != 0 ? c : text.compareTo(other.text);
    }
}
