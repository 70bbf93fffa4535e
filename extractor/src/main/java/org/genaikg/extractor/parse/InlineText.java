package org.genaikg.extractor.parse;

import java.util.List;

/**
 * Inline Markdown reduced to what recognisers read: the plain text, the links in it in order,
 * the bold or code terms, and the 1-based line it starts on.
 */
public record InlineText(String text, List<Link> links, List<String> strongTerms, int line) implements java.io.Serializable {
    public static final InlineText EMPTY = new InlineText("", List.of(), List.of(), 0);

    public InlineText {
        links = List.copyOf(links);
        strongTerms = List.copyOf(strongTerms);
    }

    public boolean isBlank() {
        return text.isBlank() && links.isEmpty();
    }
}
