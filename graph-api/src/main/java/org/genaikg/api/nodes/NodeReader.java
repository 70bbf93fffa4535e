package org.genaikg.api.nodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.genaikg.api.store.GraphReader;
import org.genaikg.api.store.NodeIds;
import org.genaikg.api.web.NodeNotFound;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Namespaces;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.springframework.stereotype.Component;

/** Assembles {@link NodeDetails} from five queries on the store (or on any dataset, for {@code kg publish}). */
@Component
public class NodeReader {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gkg", Namespaces.GKG)
            .setNsPrefix("rdfs", Namespaces.RDFS)
            .setNsPrefix("skos", Namespaces.SKOS)
            .setNsPrefix("dcterms", Namespaces.DCTERMS)
            .setNsPrefix("schema", Namespaces.SCHEMA)
            .setNsPrefix("prov", Namespaces.PROV)
            .lock();

    private final GraphReader reader;

    public NodeReader(GraphReader reader) {
        this.reader = reader;
    }

    /** The node by IRI or short id; {@link org.genaikg.api.web.NodeNotFound} when there is none. */
    public NodeDetails read(String id) {
        return reader.inOneTransaction(() -> readInTransaction(id));
    }

    private NodeDetails readInTransaction(String id) {
        String iri = NodeIds.toIri(id);
        List<QuerySolution> statements = reader.select(NodeQueries.statements(iri), row -> row);
        if (statements.isEmpty()) {
            throw new NodeNotFound(id);
        }
        String type = null;
        String label = null;
        TreeSet<String> aliases = new TreeSet<>();
        Map<String, List<String>> properties = new TreeMap<>();
        for (QuerySolution row : statements) {
            String property = row.getResource("property").getURI();
            RDFNode value = row.get("value");
            if (property.equals(Labels.TYPE) && NodeIds.kindOf(value.asResource().getURI()) != null) {
                type = NodeIds.kindOf(value.asResource().getURI()).localName();
            } else if (property.equals(Labels.LABEL) && (label == null || lexical(value).compareTo(label) < 0)) {
                label = lexical(value);
            } else if (property.equals(Labels.ALT_LABEL)) {
                aliases.add(lexical(value));
            } else if (value.isLiteral()) {
                properties.computeIfAbsent(PREFIXES.shortForm(property), k -> new ArrayList<>()).add(lexical(value));
            }
        }
        Map<String, List<NodeDetails.Evidence>> relationEvidence = relationEvidence(iri);
        return new NodeDetails(iri, NodeIds.shortId(iri), type, label, List.copyOf(aliases), properties,
                reader.select(NodeQueries.evidence(iri), NodeReader::evidence),
                links(reader.select(NodeQueries.outgoing(iri), row -> row), iri, true, relationEvidence),
                links(reader.select(NodeQueries.incoming(iri), row -> row), iri, false, relationEvidence));
    }

    /** Relations grouped by name; one link per other end, its class and label picked from the rows. */
    private static Map<String, List<NodeDetails.Link>> links(
            List<QuerySolution> rows, String iri, boolean outgoing, Map<String, List<NodeDetails.Evidence>> evidence) {
        Map<String, Map<String, NodeDetails.Link>> grouped = new TreeMap<>();
        for (QuerySolution row : rows) {
            Relation relation = NodeIds.relationOf(row.getResource("relation").getURI());
            RDFNode other = row.get("other");
            if (!other.isURIResource()) {
                continue;
            }
            String otherIri = other.asResource().getURI();
            NodeKind kind = row.contains("class") ? NodeIds.kindOf(row.getResource("class").getURI()) : null;
            String label = row.contains("label") ? lexical(row.get("label")) : null;
            String key = outgoing ? key(iri, relation, otherIri) : key(otherIri, relation, iri);
            grouped.computeIfAbsent(relation.localName(), k -> new LinkedHashMap<>()).merge(otherIri,
                    new NodeDetails.Link(otherIri, NodeIds.shortId(otherIri), label,
                            kind == null ? null : kind.localName(), evidence.getOrDefault(key, List.of())),
                    (a, b) -> a.type() != null ? a : b);
        }
        Map<String, List<NodeDetails.Link>> links = new TreeMap<>();
        grouped.forEach((relation, byOther) -> links.put(relation, List.copyOf(byOther.values())));
        return links;
    }

    private Map<String, List<NodeDetails.Evidence>> relationEvidence(String iri) {
        Map<String, List<NodeDetails.Evidence>> byEdge = new HashMap<>();
        for (QuerySolution row : reader.select(NodeQueries.relationEvidence(iri), row -> row)) {
            Relation relation = NodeIds.relationOf(row.getResource("relation").getURI());
            if (relation != null && row.get("object").isURIResource()) {
                String key = key(row.getResource("subject").getURI(), relation, row.getResource("object").getURI());
                byEdge.computeIfAbsent(key, k -> new ArrayList<>()).add(evidence(row));
            }
        }
        return byEdge;
    }

    private static String key(String subject, Relation relation, String object) {
        return subject + " " + relation.localName() + " " + object;
    }

    private static NodeDetails.Evidence evidence(QuerySolution row) {
        return new NodeDetails.Evidence(
                row.contains("path") ? lexical(row.get("path")) : null,
                row.contains("line") ? row.getLiteral("line").getLong() : null,
                row.contains("text") ? lexical(row.get("text")) : null,
                row.contains("rule") ? lexical(row.get("rule")) : null);
    }

    private static String lexical(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
