package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * What turns the stored property graph into the wanted one: nodes and relationships to write
 * (missing or with other properties) and to delete (no longer wanted). Pure: rows in, rows out.
 */
record GraphDiff(Map<NodeKind, List<Map<String, Object>>> nodesToWrite, List<String> nodesToDelete,
                 Map<Relation, List<Map<String, Object>>> relationshipsToWrite,
                 Map<Relation, List<Map<String, Object>>> relationshipsToDelete) {

    /**
     * @param storedNodes the stored nodes' properties by IRI
     * @param storedRelationships the stored relationships' properties by {@link #relationshipKey}
     */
    static GraphDiff between(Map<String, Map<String, Object>> storedNodes,
                             Map<String, Map<String, Object>> storedRelationships, GraphRows wanted) {
        Map<NodeKind, List<Map<String, Object>>> nodesToWrite = new EnumMap<>(NodeKind.class);
        Set<String> wantedIris = new HashSet<>();
        wanted.nodes().forEach((kind, rows) -> rows.forEach(row -> {
            String iri = (String) row.get(Labels.NEO4J_IRI);
            wantedIris.add(iri);
            if (!row.equals(storedNodes.get(iri))) {
                nodesToWrite.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
            }
        }));
        List<String> nodesToDelete = storedNodes.keySet().stream().filter(iri -> !wantedIris.contains(iri)).sorted().toList();

        Map<Relation, List<Map<String, Object>>> relationshipsToWrite = new EnumMap<>(Relation.class);
        Set<String> wantedKeys = new HashSet<>();
        wanted.relationships().forEach((relation, rows) -> rows.forEach(row -> {
            String key = relationshipKey((String) row.get(GraphRows.FROM), relation.relationshipType(), (String) row.get(GraphRows.TO));
            wantedKeys.add(key);
            Map<String, Object> properties = new HashMap<>(row);
            properties.remove(GraphRows.FROM);
            properties.remove(GraphRows.TO);
            if (!properties.equals(storedRelationships.get(key))) {
                relationshipsToWrite.computeIfAbsent(relation, r -> new ArrayList<>()).add(row);
            }
        }));
        Map<String, Relation> relationsByType = new HashMap<>();
        for (Relation relation : Relation.values()) {
            relationsByType.put(relation.relationshipType(), relation);
        }
        Map<Relation, List<Map<String, Object>>> relationshipsToDelete = new EnumMap<>(Relation.class);
        for (String key : storedRelationships.keySet()) {
            if (!wantedKeys.contains(key)) {
                String[] parts = key.split("\n", 3);
                Relation relation = relationsByType.get(parts[1]);
                if (relation != null) {
                    relationshipsToDelete.computeIfAbsent(relation, r -> new ArrayList<>())
                            .add(Map.of(GraphRows.FROM, parts[0], GraphRows.TO, parts[2]));
                }
            }
        }
        return new GraphDiff(nodesToWrite, nodesToDelete, relationshipsToWrite, relationshipsToDelete);
    }

    /** Between two computed graphs: what turns a store holding {@code stored} into one holding {@code wanted}. */
    static GraphDiff between(GraphRows stored, GraphRows wanted) {
        Map<String, Map<String, Object>> storedNodes = new HashMap<>();
        stored.nodes().values().forEach(rows -> rows.forEach(row -> storedNodes.put((String) row.get(Labels.NEO4J_IRI), row)));
        Map<String, Map<String, Object>> storedRelationships = new HashMap<>();
        stored.relationships().forEach((relation, rows) -> rows.forEach(row -> {
            Map<String, Object> properties = new HashMap<>(row);
            String from = (String) properties.remove(GraphRows.FROM);
            String to = (String) properties.remove(GraphRows.TO);
            storedRelationships.put(relationshipKey(from, relation.relationshipType(), to), properties);
        }));
        return between(storedNodes, storedRelationships, wanted);
    }

    static String relationshipKey(String from, String type, String to) {
        return from + "\n" + type + "\n" + to;
    }

    static long count(Map<?, List<Map<String, Object>>> rows) {
        return rows.values().stream().mapToLong(List::size).sum();
    }
}
