package org.genaikg.api.cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.Elements;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * The nodes and relationships in the rows of a Cypher answer, found anywhere in them (as values, in
 * lists and maps, along paths), and the rows turned into JSON-ready values that name nodes by short id.
 */
final class ResultGraph {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();

    void collect(Record record) {
        record.values().forEach(this::collect);
    }

    private void collect(Value value) {
        if (value.hasType(TYPES.NODE())) {
            Node node = value.asNode();
            nodes.putIfAbsent(node.elementId(), node);
        } else if (value.hasType(TYPES.RELATIONSHIP())) {
            Relationship relationship = value.asRelationship();
            relationships.putIfAbsent(relationship.elementId(), relationship);
        } else if (value.hasType(TYPES.PATH())) {
            Path path = value.asPath();
            path.nodes().forEach(n -> nodes.putIfAbsent(n.elementId(), n));
            path.relationships().forEach(r -> relationships.putIfAbsent(r.elementId(), r));
        } else if (value.hasType(TYPES.LIST()) || value.hasType(TYPES.MAP())) {
            value.values().forEach(this::collect);
        }
    }

    boolean isEmpty() {
        return nodes.isEmpty() && relationships.isEmpty();
    }

    /** Element ids of relationship ends that the rows did not return. */
    List<String> missingEnds() {
        List<String> missing = new ArrayList<>();
        for (Relationship relationship : relationships.values()) {
            for (String end : List.of(relationship.startNodeElementId(), relationship.endNodeElementId())) {
                if (!nodes.containsKey(end) && !missing.contains(end)) {
                    missing.add(end);
                }
            }
        }
        return missing;
    }

    void addNode(Node node) {
        nodes.putIfAbsent(node.elementId(), node);
    }

    /** One row as column → value, nodes and relationships as small maps. */
    Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        record.keys().forEach(key -> row.put(key, json(record.get(key))));
        return row;
    }

    private Object json(Value value) {
        if (value.isNull()) {
            return null;
        } else if (value.hasType(TYPES.NODE())) {
            Node node = value.asNode();
            return ordered("id", id(node), "labels", node.labels(), "properties", node.asMap(this::json));
        } else if (value.hasType(TYPES.RELATIONSHIP())) {
            Relationship r = value.asRelationship();
            return ordered("id", edgeId(r), "type", r.type(), "source", endId(r.startNodeElementId()),
                    "target", endId(r.endNodeElementId()), "properties", r.asMap(this::json));
        } else if (value.hasType(TYPES.PATH())) {
            Path path = value.asPath();
            List<Object> parts = new ArrayList<>();
            path.nodes().forEach(n -> parts.add(id(n)));
            List<Object> steps = new ArrayList<>();
            path.relationships().forEach(r -> steps.add(edgeId(r)));
            return ordered("nodes", parts, "relationships", steps);
        } else if (value.hasType(TYPES.LIST())) {
            return value.asList(this::json);
        } else if (value.hasType(TYPES.MAP())) {
            return value.asMap(this::json);
        } else if (value.hasType(TYPES.STRING()) || value.hasType(TYPES.INTEGER()) || value.hasType(TYPES.FLOAT())
                || value.hasType(TYPES.BOOLEAN())) {
            return value.asObject();
        }
        // dates, times, durations, points, bytes: their Cypher text form
        return value.toString();
    }

    /** A JSON object with its keys in the order given: {@code key, value, key, value, ...}. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The nodes and relationships found, as Cytoscape.js elements. */
    Elements.Body elements() {
        Map<String, Integer> degrees = new HashMap<>();
        List<Elements.EdgeData> edges = new ArrayList<>();
        for (Relationship r : relationships.values()) {
            String source = endId(r.startNodeElementId());
            String target = endId(r.endNodeElementId());
            degrees.merge(source, 1, Integer::sum);
            degrees.merge(target, 1, Integer::sum);
            edges.add(new Elements.EdgeData(edgeId(r), source, target, relationName(r.type())));
        }
        List<Elements.NodeData> nodeData = new ArrayList<>();
        for (Node node : nodes.values()) {
            String id = id(node);
            nodeData.add(new Elements.NodeData(id, iri(node), text(node, Labels.NEO4J_LABEL), kindName(node.labels()),
                    degrees.getOrDefault(id, 0)));
        }
        return Elements.of(nodeData, edges).elements();
    }

    private String id(Node node) {
        String iri = iri(node);
        return iri == null ? node.elementId() : NodeIds.shortId(iri);
    }

    private String endId(String elementId) {
        Node node = nodes.get(elementId);
        return node == null ? elementId : id(node);
    }

    private String edgeId(Relationship r) {
        return endId(r.startNodeElementId()) + " " + relationName(r.type()) + " " + endId(r.endNodeElementId());
    }

    private static String iri(Node node) {
        return text(node, Labels.NEO4J_IRI);
    }

    private static String text(Node node, String property) {
        Value value = node.get(property);
        return value.isNull() ? null : value.asString();
    }

    /** The class label's name (ours carry {@code Resource} and one class label). */
    private static String kindName(Iterable<String> labels) {
        for (String label : labels) {
            for (NodeKind kind : NodeKind.values()) {
                if (kind.neo4jLabel().equals(label)) {
                    return kind.localName();
                }
            }
        }
        return null;
    }

    private static String relationName(String type) {
        for (Relation relation : Relation.values()) {
            if (relation.relationshipType().equals(type)) {
                return relation.localName();
            }
        }
        return type;
    }
}
