package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * What turns a Neo4j store's contents into a wanted graph: nodes and relationships to write
 * (missing or with other properties) and to delete (no longer wanted). Pure: contents and graph
 * in, rows out; {@link Neo4jGraphStore#apply} writes them.
 *
 * @param intoEmptyStore the store held none of the graph: everything is written, in batches
 */
public record Neo4jChanges(Map<NodeKind, List<Map<String, Object>>> nodesToWrite, List<String> nodesToDelete,
                           Map<Relation, List<Map<String, Object>>> relationshipsToWrite,
                           Map<Relation, List<Map<String, Object>>> relationshipsToDelete, boolean intoEmptyStore) {

    /** What a store holding {@code stored} needs to hold {@code wanted}. */
    public static Neo4jChanges between(Neo4jContents stored, KnowledgeGraph wanted) {
        return between(stored, GraphRows.of(wanted));
    }

    static Neo4jChanges between(Neo4jContents stored, GraphRows wanted) {
        Map<NodeKind, List<Map<String, Object>>> nodesToWrite = new EnumMap<>(NodeKind.class);
        Set<String> wantedIris = new HashSet<>();
        wanted.nodes().forEach((kind, rows) -> rows.forEach(row -> {
            String iri = (String) row.get(Labels.NEO4J_IRI);
            wantedIris.add(iri);
            if (!row.equals(stored.nodes().get(iri))) {
                nodesToWrite.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
            }
        }));
        List<String> nodesToDelete = stored.nodes().keySet().stream().filter(iri -> !wantedIris.contains(iri)).sorted().toList();

        Map<Relation, List<Map<String, Object>>> relationshipsToWrite = new EnumMap<>(Relation.class);
        Set<String> wantedKeys = new HashSet<>();
        wanted.relationships().forEach((relation, rows) -> rows.forEach(row -> {
            String key = Neo4jContents.relationshipKey((String) row.get(GraphRows.FROM), relation.relationshipType(),
                    (String) row.get(GraphRows.TO));
            wantedKeys.add(key);
            Map<String, Object> properties = new HashMap<>(row);
            properties.remove(GraphRows.FROM);
            properties.remove(GraphRows.TO);
            if (!properties.equals(stored.relationships().get(key))) {
                relationshipsToWrite.computeIfAbsent(relation, r -> new ArrayList<>()).add(row);
            }
        }));
        Map<String, Relation> relationsByType = new HashMap<>();
        for (Relation relation : Relation.values()) {
            relationsByType.put(relation.relationshipType(), relation);
        }
        Map<Relation, List<Map<String, Object>>> relationshipsToDelete = new EnumMap<>(Relation.class);
        for (String key : stored.relationships().keySet()) {
            if (!wantedKeys.contains(key)) {
                String[] parts = key.split("\n", 3);
                Relation relation = relationsByType.get(parts[1]);
                if (relation != null) {
                    relationshipsToDelete.computeIfAbsent(relation, r -> new ArrayList<>())
                            .add(Map.of(GraphRows.FROM, parts[0], GraphRows.TO, parts[2]));
                }
            }
        }
        return new Neo4jChanges(nodesToWrite, nodesToDelete, relationshipsToWrite, relationshipsToDelete, stored.isEmpty());
    }

    /** Nodes and relationships to write or delete, all together. */
    public long size() {
        return count(nodesToWrite) + nodesToDelete.size() + count(relationshipsToWrite) + count(relationshipsToDelete);
    }

    /** What applying these changes does, counted. */
    public SyncReport counts() {
        return new SyncReport(count(nodesToWrite), nodesToDelete.size(), count(relationshipsToWrite), count(relationshipsToDelete));
    }

    private static long count(Map<?, List<Map<String, Object>>> rows) {
        return rows.values().stream().mapToLong(List::size).sum();
    }
}
