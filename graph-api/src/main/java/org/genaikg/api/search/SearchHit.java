package org.genaikg.api.search;

/**
 * One ranked match: the node, how it matched ({@code exact}, {@code prefix}, {@code word},
 * {@code contains}, {@code fuzzy}), the alias that matched when it was not the label, the score
 * (0 to 1) and a short context.
 */
public record SearchHit(
        String iri, String id, String label, String type, String match, String matchedAlias, double score, String context) {}
