package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.model.Stay;
import org.genaikg.extractor.rdf.HistoryMapping;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.ontology.History;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/**
 * The history as flat rows for {@link HistoryCypher}: one per revision, one per presence (of nodes
 * and relations, also those gone since), and the time properties of each node and relationship of
 * the current graph. Dates are {@link java.time.OffsetDateTime}s, which the driver writes as Neo4j
 * {@code DATE TIME} values.
 */
public record HistoryRows(List<Map<String, Object>> revisions, List<Map<String, Object>> presences, List<Map<String, Object>> nodeTimes,
                   Map<Relation, List<Map<String, Object>>> relationshipTimes) {

    public static HistoryRows of(GraphHistory history, KnowledgeGraph current) {
        Map<Integer, Revision> revisions = history.revisionsByNumber();
        List<Map<String, Object>> revisionRows = new ArrayList<>();
        for (Revision revision : history.revisions()) {
            Map<String, Object> row = new HashMap<>();
            row.put(Labels.NEO4J_IRI, History.revisionIri(revision.commitId()));
            row.put(History.NEO4J_COMMIT_ID, revision.commitId());
            row.put(History.NEO4J_REVISION_NUMBER, (long) revision.number());
            row.put(History.NEO4J_MESSAGE, revision.message());
            row.put(History.NEO4J_AUTHORED_AT, revision.authoredAt());
            row.put(History.NEO4J_COMMITTED_AT, revision.committedAt());
            revisionRows.add(row);
        }
        List<Map<String, Object>> presences = new ArrayList<>();
        history.nodes().forEach((iri, stays) -> stays.forEach(stay -> {
            Map<String, Object> row = presence(iri, stay, revisions);
            row.put(History.NEO4J_CLASS, NodeKind.ofInstanceIri(iri).map(NodeKind::neo4jLabel).orElse(null));
            row.put(Labels.NEO4J_LABEL, stay.label().isEmpty() ? null : stay.label());
            presences.add(row);
        }));
        history.relations().forEach((key, stays) -> stays.forEach(stay -> {
            Map<String, Object> row = presence(RdfMapping.statementIri(key), stay, revisions);
            row.put(History.NEO4J_RELATION, key.relation().relationshipType());
            row.put(History.NEO4J_SUBJECT, key.subject());
            row.put(History.NEO4J_OBJECT, key.object());
            presences.add(row);
        }));
        List<Map<String, Object>> nodeTimes = new ArrayList<>();
        for (Node node : current.nodes()) {
            Map<String, Object> row = times(history.staysOf(node.iri()), node.iri(), node.provenance(), history, revisions);
            row.put(Labels.NEO4J_IRI, node.iri());
            nodeTimes.add(row);
        }
        Map<Relation, List<Map<String, Object>>> relationshipTimes = new EnumMap<>(Relation.class);
        for (Edge edge : current.edges()) {
            RelationKey key = RelationKey.of(edge);
            Map<String, Object> row = times(history.staysOf(key), RdfMapping.statementIri(key), edge.provenance(), history, revisions);
            row.put(GraphRows.FROM, edge.subject());
            row.put(GraphRows.TO, edge.object());
            relationshipTimes.computeIfAbsent(edge.relation(), r -> new ArrayList<>()).add(row);
        }
        return new HistoryRows(revisionRows, presences, nodeTimes, relationshipTimes);
    }

    private static Map<String, Object> presence(String owner, Stay stay, Map<Integer, Revision> revisions) {
        Revision first = revisions.get(stay.firstSeen());
        Revision last = revisions.get(stay.lastSeen());
        Map<String, Object> row = new HashMap<>();
        row.put(Labels.NEO4J_IRI, HistoryMapping.presenceIri(owner, first));
        row.put(History.NEO4J_OF, owner);
        row.put(History.NEO4J_FIRST_SEEN_COMMIT, first.commitId());
        row.put(History.NEO4J_FIRST_SEEN_AT, first.committedAt());
        row.put(History.NEO4J_LAST_SEEN_COMMIT, last.commitId());
        row.put(History.NEO4J_LAST_SEEN_AT, last.committedAt());
        Revision removed = stay.removedIn().isPresent() ? revisions.get(stay.removedIn().getAsInt()) : null;
        row.put(History.NEO4J_REMOVED_IN, removed == null ? null : removed.commitId());
        row.put(History.NEO4J_REMOVED_AT, removed == null ? null : removed.committedAt());
        row.put(Provenance.NEO4J_SOURCE_PATHS, stay.pages());
        return row;
    }

    private static Map<String, Object> times(List<Stay> stays, String owner, List<SourceSpan> provenance, GraphHistory history,
                                             Map<Integer, Revision> revisions) {
        Map<String, Object> row = new HashMap<>();
        if (stays.isEmpty()) {
            return row;
        }
        Revision first = revisions.get(stays.get(0).firstSeen());
        Revision last = revisions.get(stays.get(stays.size() - 1).lastSeen());
        row.put(History.NEO4J_FIRST_SEEN_COMMIT, first.commitId());
        row.put(History.NEO4J_FIRST_SEEN_AT, first.committedAt());
        row.put(History.NEO4J_LAST_SEEN_COMMIT, last.commitId());
        row.put(History.NEO4J_LAST_SEEN_AT, last.committedAt());
        List<String> addedIn = new ArrayList<>();
        List<Object> addedAt = new ArrayList<>();
        List<String> removedIn = new ArrayList<>();
        List<Object> removedAt = new ArrayList<>();
        for (Stay stay : stays) {
            Revision added = revisions.get(stay.firstSeen());
            addedIn.add(added.commitId());
            addedAt.add(added.committedAt());
            stay.removedIn().ifPresent(number -> {
                removedIn.add(revisions.get(number).commitId());
                removedAt.add(revisions.get(number).committedAt());
            });
        }
        row.put(History.NEO4J_ADDED_IN, addedIn);
        row.put(History.NEO4J_ADDED_AT, addedAt);
        row.put(History.NEO4J_REMOVED_IN, removedIn);
        row.put(History.NEO4J_REMOVED_AT, removedAt);
        List<String> sourceCommits = new ArrayList<>();
        for (SourceSpan span : provenance) {
            Integer since = history.evidenceSince().get(RdfMapping.evidenceIri(owner, span));
            sourceCommits.add(since == null ? "" : revisions.get(since).commitId());
        }
        row.put(History.NEO4J_SOURCE_COMMITS, sourceCommits);
        return row;
    }
}
