package org.genaikg.extractor.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.Namespaces;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;
import org.genaikg.ontology.Slugs;

/**
 * The knowledge graph as RDF, following {@link Provenance}.
 *
 * <p>Each node gets {@code rdf:type} its class, {@code rdfs:label} (a Document: its title),
 * {@code skos:altLabel} per other spelling and its attributes with their datatypes. {@code schema:url}
 * is always an {@code xsd:anyURI} literal, as the shapes require: a URL found in Markdown need not be
 * a valid IRI, and one form for all keeps queries simple ({@code STR(?url)} or {@code IRI(?url)}).
 * Each place a node was found becomes a {@code gkg:Evidence}; each edge is written as a triple and
 * reified as an {@code rdf:Statement} with one evidence per place. Evidence and statement IRIs are
 * digests of what they stand for, so the same input gives the same IRIs. No blank nodes.
 *
 * <p>In the dataset, what a document contributed sits in the named graph of that document's IRI:
 * a node's own triples in every document that has evidence for it, an edge and its statement in
 * every document where it was found, an evidence in its own document. Triples without any evidence
 * go to the default graph.
 */
public final class RdfMapping {
    private static final Map<String, String> PREFIXES = prefixMap();

    /** Where the mapping puts each statement: a dataset keeps the graph name, a plain graph drops it. */
    @FunctionalInterface
    private interface Sink {
        void add(Node graph, Node subject, Node predicate, Node object);
    }

    private final Sink sink;

    private RdfMapping(Sink sink) {
        this.sink = sink;
    }

    /** The graph with one named graph per document (for N-Quads and TriG). */
    public static DatasetGraph toDataset(KnowledgeGraph graph) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        PREFIXES.forEach(dataset.prefixes()::add);
        new RdfMapping(dataset::add).map(graph);
        return dataset;
    }

    /** The union of every document's graph and the default graph (for Turtle, N-Triples, JSON-LD, RDF/XML). */
    public static Graph toGraph(KnowledgeGraph graph) {
        Graph union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(PREFIXES);
        new RdfMapping((name, s, p, o) -> union.add(s, p, o)).map(graph);
        return union;
    }

    /** The prefixes dumps are written with, prefix to namespace. */
    public static Map<String, String> prefixes() {
        return PREFIXES;
    }

    private void map(KnowledgeGraph graph) {
        graph.nodes().forEach(this::addNode);
        graph.edges().forEach(this::addEdge);
    }

    private void addNode(org.genaikg.extractor.model.Node node) {
        Node subject = iri(node.iri());
        for (Node graph : graphsOf(node)) {
            add(graph, subject, iri(Labels.TYPE), iri(node.kind().iri()));
            add(graph, subject, iri(Labels.LABEL), NodeFactory.createLiteralString(node.displayLabel()));
            node.altLabels().forEach(alt -> add(graph, subject, iri(Labels.ALT_LABEL), NodeFactory.createLiteralString(alt)));
            node.attributes().forEach((attribute, value) -> add(graph, subject, iri(attribute.iri()), typed(value, attribute.datatype())));
        }
        addEvidence(subject, node.provenance());
    }

    /** The IRI of the {@code rdf:Statement} that reifies a relation. */
    public static String statementIri(RelationKey relation) {
        return Provenance.statementIri(StableIds.of(relation.subject(), relation.relation().iri(), relation.object()));
    }

    /** The IRI of the evidence of {@code owner} (a node, or a relation's statement) at {@code span}. */
    public static String evidenceIri(String owner, SourceSpan span) {
        return Provenance.evidenceIri(StableIds.of(owner, span.path(), span.line(), span.rule().id(), span.text()));
    }

    private void addEdge(Edge edge) {
        Node subject = iri(edge.subject());
        Node predicate = iri(edge.relation().iri());
        Node object = iri(edge.object());
        Node statement = iri(statementIri(RelationKey.of(edge)));
        for (Node graph : graphsOf(edge.provenance(), Set.of())) {
            add(graph, subject, predicate, object);
            add(graph, statement, iri(Labels.TYPE), iri(Provenance.STATEMENT_CLASS));
            add(graph, statement, iri(Provenance.STATEMENT_SUBJECT), subject);
            add(graph, statement, iri(Provenance.STATEMENT_PREDICATE), predicate);
            add(graph, statement, iri(Provenance.STATEMENT_OBJECT), object);
        }
        addEvidence(statement, edge.provenance());
    }

    /** One evidence per place, in the graph of the place's document, linked from {@code owner}. */
    private void addEvidence(Node owner, List<SourceSpan> spans) {
        for (SourceSpan span : spans) {
            Node graph = documentIri(span.path());
            Node evidence = iri(evidenceIri(owner.getURI(), span));
            add(graph, owner, iri(Provenance.EVIDENCE), evidence);
            add(graph, evidence, iri(Labels.TYPE), iri(Provenance.EVIDENCE_CLASS));
            add(graph, evidence, iri(Provenance.SOURCE_PATH), NodeFactory.createLiteralString(span.path()));
            add(graph, evidence, iri(Provenance.SOURCE_LINE), typed(Integer.toString(span.line()), Attribute.Datatype.INTEGER));
            add(graph, evidence, iri(Provenance.SOURCE_TEXT), NodeFactory.createLiteralString(span.text()));
            add(graph, evidence, iri(Provenance.RULE), NodeFactory.createLiteralString(span.rule().id()));
            add(graph, evidence, iri(Provenance.WAS_DERIVED_FROM), graph);
        }
    }

    /** The documents with evidence for the node; a Document also belongs to its own graph. */
    private static Set<Node> graphsOf(org.genaikg.extractor.model.Node node) {
        String ownPath = node.kind() == NodeKind.DOCUMENT ? node.attribute(Attribute.SOURCE_PATH) : null;
        return graphsOf(node.provenance(), ownPath == null ? Set.of() : Set.of(ownPath));
    }

    private static Set<Node> graphsOf(List<SourceSpan> spans, Set<String> morePaths) {
        Set<String> paths = new TreeSet<>(morePaths);
        spans.forEach(span -> paths.add(span.path()));
        if (paths.isEmpty()) {
            return Set.of(Quad.defaultGraphIRI);
        }
        Set<Node> graphs = new LinkedHashSet<>();
        paths.forEach(path -> graphs.add(documentIri(path)));
        return graphs;
    }

    private static Node typed(String lexical, Attribute.Datatype datatype) {
        RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(datatype.iri());
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node documentIri(String path) {
        return iri(NodeKind.DOCUMENT.instanceIri(Slugs.pathSlug(path)));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void add(Node graph, Node subject, Node predicate, Node object) {
        sink.add(graph, subject, predicate, object);
    }

    private static Map<String, String> prefixMap() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("gkg", Namespaces.GKG);
        prefixes.put("rdf", Namespaces.RDF);
        prefixes.put("rdfs", Namespaces.RDFS);
        prefixes.put("xsd", Namespaces.XSD);
        prefixes.put("skos", Namespaces.SKOS);
        prefixes.put("dcterms", Namespaces.DCTERMS);
        prefixes.put("schema", Namespaces.SCHEMA);
        prefixes.put("prov", Namespaces.PROV);
        return Collections.unmodifiableMap(prefixes);
    }
}
