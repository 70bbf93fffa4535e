package org.genaikg.api.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.genaikg.api.index.IndexedNode;
import org.genaikg.api.index.Names;
import org.genaikg.ontology.NodeKind;

/**
 * Ranked name search over labels and aliases, in memory and free of I/O. A name matches a query,
 * best first, when its normalised form equals it (exact), starts with it (prefix), has a word that
 * starts with it (word), contains it (contains, 3 characters or more), or is close to it or to one
 * of its words by trigram or edit similarity (fuzzy). Each node is ranked by its best name.
 *
 * <p>Candidates come from three indexes, so a query never scores every name: the sorted normalised
 * names (exact and prefix), the sorted words (word), and trigram postings (contains and fuzzy: the
 * names sharing the most trigrams with the query, at most {@value #FUZZY_CANDIDATES}).
 */
public final class SearchIndex {
    static final double FUZZY_THRESHOLD = 0.5;
    static final double TRIGRAM_PREFILTER = 0.2;
    static final int FUZZY_CANDIDATES = 1000;

    private record Name(int entry, String text, String normalised, List<String> words, Set<String> trigrams, boolean alias) {
        static Name of(int entry, String text, boolean alias) {
            String normalised = Names.normalise(text);
            return new Name(entry, text, normalised, Names.words(text), Names.trigrams(normalised), alias);
        }
    }

    private record Scored(IndexedNode node, Name name, String match, double score) {}

    private static final Comparator<Scored> RANKING = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(s -> s.node().label().length())
            .thenComparing(s -> s.node().label())
            .thenComparing(s -> s.node().iri());

    private final List<IndexedNode> nodes;
    private final List<Name> names;
    /** Name indexes sorted by normalised name. */
    private final int[] byNormalised;
    /** Words sorted, with the index of the name each comes from. */
    private final String[] words;
    private final int[] wordNames;
    private final Map<String, int[]> trigramPostings;

    private SearchIndex(List<IndexedNode> nodes, List<Name> names) {
        this.nodes = nodes;
        this.names = names;
        this.byNormalised = java.util.stream.IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparing(i -> names.get(i).normalised()))
                .mapToInt(Integer::intValue).toArray();
        List<Map.Entry<String, Integer>> wordList = new ArrayList<>();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String word : names.get(i).words()) {
                wordList.add(Map.entry(word, i));
            }
            for (String gram : names.get(i).trigrams()) {
                postings.computeIfAbsent(gram, k -> new ArrayList<>()).add(i);
            }
        }
        wordList.sort(Map.Entry.comparingByKey());
        this.words = wordList.stream().map(Map.Entry::getKey).toArray(String[]::new);
        this.wordNames = wordList.stream().mapToInt(Map.Entry::getValue).toArray();
        this.trigramPostings = new HashMap<>();
        postings.forEach((gram, list) -> trigramPostings.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    public static SearchIndex of(Collection<IndexedNode> nodes) {
        List<IndexedNode> list = List.copyOf(nodes);
        List<Name> names = new ArrayList<>();
        for (int entry = 0; entry < list.size(); entry++) {
            IndexedNode node = list.get(entry);
            names.add(Name.of(entry, node.label(), false));
            for (String alias : node.aliases()) {
                names.add(Name.of(entry, alias, true));
            }
        }
        return new SearchIndex(list, names);
    }

    /** The best matches for {@code query}, of the given classes (all when empty), at most {@code limit}. */
    public List<SearchHit> search(String query, Set<NodeKind> types, int limit) {
        String wanted = Names.normalise(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Set<String> wantedTrigrams = Names.trigrams(wanted);
        Map<Integer, Scored> best = new HashMap<>();
        for (int i = lowerBound(wanted); i < byNormalised.length
                && names.get(byNormalised[i]).normalised().startsWith(wanted); i++) {
            consider(byNormalised[i], wanted, wantedTrigrams, types, best);
        }
        for (int i = lowerBound(words, wanted); i < words.length && words[i].startsWith(wanted); i++) {
            consider(wordNames[i], wanted, wantedTrigrams, types, best);
        }
        for (int name : trigramCandidates(wantedTrigrams)) {
            consider(name, wanted, wantedTrigrams, types, best);
        }
        PriorityQueue<Scored> top = new PriorityQueue<>(limit + 1, RANKING.reversed());
        for (Scored scored : best.values()) {
            top.add(scored);
            if (top.size() > limit) {
                top.poll();
            }
        }
        return top.stream().sorted(RANKING).map(SearchIndex::hit).toList();
    }

    private void consider(int nameIndex, String wanted, Set<String> wantedTrigrams, Set<NodeKind> types,
            Map<Integer, Scored> best) {
        Name name = names.get(nameIndex);
        IndexedNode node = nodes.get(name.entry());
        if (!types.isEmpty() && !types.contains(node.kind())) {
            return;
        }
        Scored scored = score(node, name, wanted, wantedTrigrams);
        if (scored != null) {
            best.merge(name.entry(), scored, (a, b) -> b.score() > a.score() ? b : a);
        }
    }

    /** The names sharing the most trigrams with the query, most first, at most {@link #FUZZY_CANDIDATES}. */
    private int[] trigramCandidates(Set<String> wantedTrigrams) {
        int[] shared = new int[names.size()];
        int most = 0;
        for (String gram : wantedTrigrams) {
            for (int name : trigramPostings.getOrDefault(gram, new int[0])) {
                most = Math.max(most, ++shared[name]);
            }
        }
        int least = Math.max(1, (int) Math.ceil(wantedTrigrams.size() * TRIGRAM_PREFILTER));
        int[] perCount = new int[most + 2];
        for (int count : shared) {
            perCount[count]++;
        }
        int cut = most + 1;
        int taken = 0;
        while (cut - 1 >= least && taken + perCount[cut - 1] <= FUZZY_CANDIDATES) {
            taken += perCount[--cut];
        }
        int[] candidates = new int[taken];
        int n = 0;
        for (int name = 0; name < shared.length && n < taken; name++) {
            if (shared[name] >= cut) {
                candidates[n++] = name;
            }
        }
        return candidates;
    }

    private int lowerBound(String wanted) {
        int low = 0;
        int high = byNormalised.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (names.get(byNormalised[mid]).normalised().compareTo(wanted) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index whose text is not below {@code wanted} in a sorted array. */
    private static int lowerBound(String[] sorted, String wanted) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(wanted) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
        double similarity = Names.trigramSimilarity(wantedTrigrams, name.trigrams());
        if (similarity >= TRIGRAM_PREFILTER) {
            // only names that share some trigrams are worth an edit distance
            similarity = Math.max(similarity, Names.editSimilarity(wanted, normalised, FUZZY_THRESHOLD));
            for (String word : name.words()) {
                similarity = Math.max(similarity, Names.editSimilarity(wanted, word, FUZZY_THRESHOLD));
            }
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
