package org.genaikg.extractor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The graph through time: the revisions walked (oldest first) and, for every node and relation that
 * was ever in the graph, its stays; for every evidence of the last revision's graph, the revision it
 * appeared in.
 *
 * @param revisions the revisions walked, oldest first
 * @param nodes every node ever present, by IRI, with its stays oldest first
 * @param relations every relation ever present, with its stays oldest first
 * @param evidenceSince for each evidence of the last revision (by its IRI), the number of the revision
 *     since which it has been there without a break
 */
public record GraphHistory(List<Revision> revisions, Map<String, List<Stay>> nodes, Map<RelationKey, List<Stay>> relations,
                           Map<String, Integer> evidenceSince) {

    public GraphHistory {
        revisions = List.copyOf(revisions);
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
        relations = Collections.unmodifiableMap(new TreeMap<>(relations));
        evidenceSince = Map.copyOf(evidenceSince);
    }

    /** The revision of this number. */
    public Revision revision(int number) {
        return byNumber().get(number);
    }

    /** The last revision walked, if any. */
    public Optional<Revision> last() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    private Map<Integer, Revision> byNumber() {
        Map<Integer, Revision> byNumber = new LinkedHashMap<>();
        revisions.forEach(r -> byNumber.put(r.number(), r));
        return byNumber;
    }

    /** The stays of a node, oldest first; none for a node never seen. */
    public List<Stay> staysOf(String nodeIri) {
        return nodes.getOrDefault(nodeIri, List.of());
    }

    /** The stays of a relation, oldest first. */
    public List<Stay> staysOf(RelationKey relation) {
        return relations.getOrDefault(relation, List.of());
    }

    /** Revisions by number, for lookups in a loop. */
    public Map<Integer, Revision> revisionsByNumber() {
        return Collections.unmodifiableMap(byNumber());
    }

    /** Every stay ever recorded, nodes then relations. */
    public List<Stay> allStays() {
        List<Stay> all = new ArrayList<>();
        nodes.values().forEach(all::addAll);
        relations.values().forEach(all::addAll);
        return all;
    }
}
