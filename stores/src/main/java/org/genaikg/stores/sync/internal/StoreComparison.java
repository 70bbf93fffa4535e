package org.genaikg.stores.sync.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.History;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.StoredNode;
import org.genaikg.stores.sync.VerifyReport;

/**
 * Compares the RDF store (the source of truth) with Neo4j: nodes per class, edges per relation,
 * and, for a sample of nodes spread over every class, the label, the aliases and the attributes;
 * when the RDF store holds a history ({@code kg history}), the revisions and presences, and for the
 * sampled nodes when they were first and last seen and how many stays they had.
 */
public final class StoreComparison {

    private static final Node TYPE = NodeFactory.createURI(Labels.TYPE);
    private static final Node LABEL = NodeFactory.createURI(Labels.LABEL);
    private static final Node ALT_LABEL = NodeFactory.createURI(Labels.ALT_LABEL);
    private static final Node FIRST_SEEN = NodeFactory.createURI(History.FIRST_SEEN);
    private static final Node LAST_SEEN = NodeFactory.createURI(History.LAST_SEEN);
    private static final Node PRESENCE = NodeFactory.createURI(History.PRESENCE);
    private static final Node COMMIT_ID = NodeFactory.createURI(History.COMMIT_ID);

    private final Graph union;
    private final Neo4jGraphStore neo4j;
    private final List<String> differences = new ArrayList<>();

    public StoreComparison(DatasetGraph rdf, Neo4jGraphStore neo4j) {
        this.union = GraphFactory.createDefaultGraph();
        rdf.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        this.neo4j = neo4j;
    }

    /** The differences, one line each; about {@code samplePerClass} nodes of each class are compared property by property. */
    public VerifyReport compare(int samplePerClass) {
        int sampled = 0;
        Map<NodeKind, Set<String>> iris = iriesPerKind();
        Map<NodeKind, Long> neo4jNodes = neo4j.nodesPerKind();
        for (NodeKind kind : NodeKind.values()) {
            compare("nodes of class " + kind.localName(), iris.getOrDefault(kind, Set.of()).size(), neo4jNodes.getOrDefault(kind, 0L));
        }
        Map<Relation, Long> neo4jEdges = neo4j.relationshipsPerRelation();
        for (Relation relation : Relation.values()) {
            compare("edges of relation " + relation.localName(), edges(relation), neo4jEdges.getOrDefault(relation, 0L));
        }
        Map<String, Long> neo4jHistory = neo4j.historyCounts();
        compare("revisions of the history", count(History.REVISION_CLASS), neo4jHistory.get(History.NEO4J_REVISION));
        compare("presences of the history", count(History.PRESENCE_CLASS), neo4jHistory.get(History.NEO4J_PRESENCE));
        for (NodeKind kind : NodeKind.values()) {
            List<String> all = new ArrayList<>(iris.getOrDefault(kind, Set.of()));
            int step = Math.max(1, all.size() / Math.max(1, samplePerClass));
            for (int i = 0; i < all.size(); i += step) {
                compareNode(kind, all.get(i));
                sampled++;
            }
        }
        return new VerifyReport(differences, sampled);
    }

    private Map<NodeKind, Set<String>> iriesPerKind() {
        Map<NodeKind, Set<String>> iris = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            union.find(Node.ANY, TYPE, NodeFactory.createURI(kind.iri())).forEachRemaining(
                    t -> iris.computeIfAbsent(kind, k -> new TreeSet<>()).add(t.getSubject().getURI()));
        }
        return iris;
    }

    private long count(String classIri) {
        return union.find(Node.ANY, TYPE, NodeFactory.createURI(classIri)).toList().size();
    }

    private long edges(Relation relation) {
        return union.find(Node.ANY, NodeFactory.createURI(relation.iri()), Node.ANY).toList().stream()
                .filter(t -> union.contains(t.getObject(), TYPE, Node.ANY))
                .count();
    }

    private void compareNode(NodeKind kind, String iri) {
        Optional<StoredNode> stored = neo4j.findNode(iri);
        if (stored.isEmpty()) {
            differences.add(kind.localName() + " " + iri + ": in RDF, not in Neo4j");
            return;
        }
        Map<String, Object> properties = stored.get().properties();
        Node subject = NodeFactory.createURI(iri);
        Object neo4jLabel = properties.get(Labels.NEO4J_LABEL);
        compare(iri + " label", literals(subject, LABEL), neo4jLabel == null ? Set.of() : Set.of(neo4jLabel.toString()));
        Set<String> neo4jAliases = new TreeSet<>();
        Object aliases = properties.get(Labels.NEO4J_ALIASES);
        if (aliases instanceof List<?> list) {
            list.forEach(alias -> neo4jAliases.add(alias.toString()));
        }
        compare(iri + " aliases", literals(subject, ALT_LABEL), neo4jAliases);
        compareTimes(iri, subject, properties);
        for (Attribute attribute : Attribute.values()) {
            Object value = properties.get(attribute.neo4jProperty());
            Set<String> rdf = literals(subject, NodeFactory.createURI(attribute.iri()));
            compare(iri + " " + attribute.neo4jProperty(), rdf, value == null ? Set.of() : Set.of(value.toString()));
        }
    }

    /** When the node was first and last seen (commit ids) and how many stays it had; absent on both sides without a history. */
    private void compareTimes(String iri, Node subject, Map<String, Object> properties) {
        compare(iri + " " + History.NEO4J_FIRST_SEEN_COMMIT, commitsOf(subject, FIRST_SEEN), values(properties.get(History.NEO4J_FIRST_SEEN_COMMIT)));
        compare(iri + " " + History.NEO4J_LAST_SEEN_COMMIT, commitsOf(subject, LAST_SEEN), values(properties.get(History.NEO4J_LAST_SEEN_COMMIT)));
        long stays = union.find(subject, PRESENCE, Node.ANY).toList().size();
        Object addedIn = properties.get(History.NEO4J_ADDED_IN);
        compare(iri + " stays", stays, addedIn instanceof List<?> list ? (long) list.size() : 0L);
    }

    private Set<String> commitsOf(Node subject, Node revisionProperty) {
        Set<String> commits = new TreeSet<>();
        union.find(subject, revisionProperty, Node.ANY).mapWith(Triple::getObject)
                .forEachRemaining(revision -> commits.addAll(literals(revision, COMMIT_ID)));
        return commits;
    }

    private static Set<String> values(Object value) {
        return value == null ? Set.of() : Set.of(value.toString());
    }

    private Set<String> literals(Node subject, Node predicate) {
        Set<String> values = new TreeSet<>();
        union.find(subject, predicate, Node.ANY).mapWith(Triple::getObject)
                .forEachRemaining(o -> values.add(o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()));
        return values;
    }

    private void compare(String what, Object rdf, Object neo4jValue) {
        if (!Objects.equals(rdf, neo4jValue) && !(rdf instanceof Number a && neo4jValue instanceof Number b && a.longValue() == b.longValue())) {
            differences.add(what + ": RDF " + rdf + ", Neo4j " + neo4jValue);
        }
    }
}
