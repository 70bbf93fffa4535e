package org.genaikg.api.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.ontology.NodeKind;

/**
 * Ranked name search over labels and aliases, in memory and free of I/O. A name matches a query,
 * best first, when its normalised form equals it (exact), starts with it (prefix), has a word that
 * starts with it (word), contains it (contains, 3 characters or more), or is close to it or to one
 * of its words by trigram or edit similarity (fuzzy). Each node is ranked by its best name.
 */
public final class SearchIndex {
    static final double FUZZY_THRESHOLD = 0.5;

    private record Name(String text, String normalised, List<String> words, Set<String> trigrams, boolean alias) {
        static Name of(String text, boolean alias) {
            String normalised = Names.normalise(text);
            return new Name(text, normalised, Names.words(text), Names.trigrams(normalised), alias);
        }
    }

    private record Entry(IndexedNode node, List<Name> names) {}

    private record Scored(IndexedNode node, Name name, String match, double score) {}

    private static final Comparator<Scored> RANKING = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(s -> s.node().label().length())
            .thenComparing(s -> s.node().label())
            .thenComparing(s -> s.node().iri());

    private final List<Entry> entries;

    private SearchIndex(List<Entry> entries) {
        this.entries = entries;
    }

    public static SearchIndex of(Collection<IndexedNode> nodes) {
        List<Entry> entries = new ArrayList<>(nodes.size());
        for (IndexedNode node : nodes) {
            List<Name> names = new ArrayList<>();
            names.add(Name.of(node.label(), false));
            node.aliases().forEach(alias -> names.add(Name.of(alias, true)));
            entries.add(new Entry(node, names));
        }
        return new SearchIndex(entries);
    }

    /** The best matches for {@code query}, of the given classes (all when empty), at most {@code limit}. */
    public List<SearchHit> search(String query, Set<NodeKind> types, int limit) {
        String wanted = Names.normalise(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> wantedTrigrams = Names.trigrams(wanted);
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : entries) {
            if (!types.isEmpty() && !types.contains(entry.node().kind())) {
                continue;
            }
            Scored best = null;
            for (Name name : entry.names()) {
                Scored candidate = score(entry.node(), name, wanted, wantedTrigrams);
                if (candidate != null && (best == null || candidate.score() > best.score())) {
                    best = candidate;
                }
            }
            if (best != null) {
                scored.add(best);
            }
        }
        return scored.stream().sorted(RANKING).limit(limit).map(SearchIndex::hit).toList();
    }

    private static Scored score(IndexedNode node, Name name, String wanted, Set<String> wantedTrigrams) {
        String normalised = name.normalised();
        double closeness = (double) wanted.length() / Math.max(normalised.length(), 1);
        if (normalised.equals(wanted)) {
            return new Scored(node, name, "exact", 1.0);
        }
        if (normalised.startsWith(wanted)) {
            return new Scored(node, name, "prefix", 0.8 + 0.1 * closeness);
        }
        if (name.words().stream().anyMatch(word -> word.startsWith(wanted))) {
            return new Scored(node, name, "word", 0.6 + 0.1 * closeness);
        }
        if (wanted.length() >= 3 && normalised.contains(wanted)) {
            return new Scored(node, name, "contains", 0.5 + 0.1 * closeness);
        }
        double similarity = Math.max(
                Names.trigramSimilarity(wantedTrigrams, name.trigrams()), Names.editSimilarity(wanted, normalised));
        for (String word : name.words()) {
            similarity = Math.max(similarity, Names.editSimilarity(wanted, word));
        }
        return similarity >= FUZZY_THRESHOLD ? new Scored(node, name, "fuzzy", 0.4 * similarity) : null;
    }

    private static SearchHit hit(Scored scored) {
        IndexedNode node = scored.node();
        return new SearchHit(node.iri(), node.id(), node.label(), node.kind().localName(), scored.match(),
                scored.name().alias() ? scored.name().text() : null,
                Math.round(scored.score() * 1000) / 1000.0, node.context());
    }
}
