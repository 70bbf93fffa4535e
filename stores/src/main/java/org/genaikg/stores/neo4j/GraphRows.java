package org.genaikg.stores.neo4j;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Relation;

/**
 * The graph as {@code UNWIND} rows: flat maps of plain values and lists, keyed by property name
 * and grouped by node class and by relation, so that each statement names one label or one type.
 * Property names come from the ontology ({@link Labels}, {@link Attribute#neo4jProperty()},
 * {@link Provenance}).
 */
record GraphRows(Map<NodeKind, List<Map<String, Object>>> nodes, Map<Relation, List<Map<String, Object>>> relationships) {

    /** Row keys besides the property names: the ends of a relationship. */
    static final String FROM = "from";
    static final String TO = "to";

    static GraphRows of(KnowledgeGraph graph) {
        Map<NodeKind, List<Map<String, Object>>> nodes = new EnumMap<>(NodeKind.class);
        Set<String> seen = new HashSet<>();
        for (Node node : graph.nodes()) {
            if (!seen.add(node.iri())) {
                continue; // one node per IRI: the first wins, as the unique constraint would have it
            }
            nodes.computeIfAbsent(node.kind(), k -> new ArrayList<>()).add(nodeRow(node));
        }
        return new GraphRows(nodes, relationshipRows(graph.edges()));
    }

    long relationshipCount() {
        return relationships.values().stream().mapToLong(List::size).sum();
    }

    /** The node's properties, {@code iri} among them; a property it lacks is absent (null in Cypher). */
    static Map<String, Object> nodeRow(Node node) {
        Map<String, Object> props = new HashMap<>();
        props.put(Labels.NEO4J_IRI, node.iri());
        props.put(Labels.NEO4J_LABEL, node.displayLabel());
        props.put(Labels.NEO4J_ALIASES, List.copyOf(node.altLabels()));
        node.attributes().forEach((attribute, value) -> props.put(attribute.neo4jProperty(), attributeValue(attribute, value)));
        putProvenance(props, node.provenance());
        return props;
    }

    /** One row per (subject, relation, object); the provenance of repeated edges is joined. */
    private static Map<Relation, List<Map<String, Object>>> relationshipRows(List<Edge> edges) {
        Map<String, List<SourceSpan>> provenanceByKey = new HashMap<>();
        Map<String, Edge> firstByKey = new LinkedHashMap<>();
        for (Edge edge : edges) {
            firstByKey.putIfAbsent(edge.key(), edge);
            provenanceByKey.computeIfAbsent(edge.key(), k -> new ArrayList<>()).addAll(edge.provenance());
        }
        Map<Relation, List<Map<String, Object>>> rows = new EnumMap<>(Relation.class);
        firstByKey.forEach((key, edge) -> {
            Map<String, Object> row = new HashMap<>();
            row.put(FROM, edge.subject());
            row.put(TO, edge.object());
            putProvenance(row, provenanceByKey.get(key));
            rows.computeIfAbsent(edge.relation(), r -> new ArrayList<>()).add(row);
        });
        return rows;
    }

    private static void putProvenance(Map<String, Object> props, List<SourceSpan> spans) {
        List<String> paths = new ArrayList<>(spans.size());
        List<Long> lines = new ArrayList<>(spans.size());
        List<String> texts = new ArrayList<>(spans.size());
        List<String> rules = new ArrayList<>(spans.size());
        for (SourceSpan span : spans) {
            paths.add(span.path());
            lines.add((long) span.line());
            texts.add(span.text());
            rules.add(span.rule().id());
        }
        props.put(Provenance.NEO4J_SOURCE_PATHS, paths);
        props.put(Provenance.NEO4J_SOURCE_LINES, lines);
        props.put(Provenance.NEO4J_SOURCE_TEXTS, texts);
        props.put(Provenance.NEO4J_RULES, rules);
    }

    private static Object attributeValue(Attribute attribute, String value) {
        if (attribute.datatype() == Attribute.Datatype.INTEGER) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }
}
