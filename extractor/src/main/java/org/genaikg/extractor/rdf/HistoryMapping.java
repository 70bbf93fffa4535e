package org.genaikg.extractor.rdf;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.model.Stay;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.History;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Provenance;

/**
 * The graph's history as RDF, following {@link History}: a {@code gkg:Revision} per revision; on
 * every node and relation statement ever present {@code gkg:firstSeen}, {@code gkg:lastSeen} and a
 * {@code gkg:Presence} per stay (with its dates, the pages it was found on when it came, and for a
 * node its label and class); the subject, predicate and object of every statement, so that one no
 * longer there can still be read; and {@code prov:wasGeneratedBy} on each evidence of the last
 * revision. A node no longer there gets no {@code rdf:type}: queries of the graph as it is now never
 * see it. Presence IRIs are digests of what the presence is of and the commit it starts at.
 */
public final class HistoryMapping {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final RDFDatatype XSD_DATE_TIME = TypeMapper.getInstance().getSafeTypeByName(History.DATE_TIME);

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<Integer, Revision> revisions;

    private HistoryMapping(GraphHistory history) {
        this.revisions = history.revisionsByNumber();
        graph.getPrefixMapping().setNsPrefixes(RdfMapping.prefixes());
    }

    /** The triples of the history, for the named graph {@link History#GRAPH}. */
    public static Graph toGraph(GraphHistory history) {
        HistoryMapping mapping = new HistoryMapping(history);
        history.revisions().forEach(mapping::addRevision);
        history.nodes().forEach(mapping::addNode);
        history.relations().forEach(mapping::addRelation);
        history.evidenceSince().forEach((evidence, number) ->
                mapping.add(iri(evidence), iri(History.WAS_GENERATED_BY), mapping.revision(number)));
        return mapping.graph;
    }

    /** The lexical form of a date as the history writes it: an {@code xsd:dateTime} with its offset, to the second. */
    public static String dateTime(OffsetDateTime date) {
        return DATE_TIME.format(date);
    }

    /** The IRI of a presence: of {@code subject}, starting at the revision {@code firstSeen}. */
    public static String presenceIri(String subject, Revision firstSeen) {
        return History.presenceIri(StableIds.of(subject, firstSeen.commitId()));
    }

    private void addRevision(Revision revision) {
        Node subject = iri(History.revisionIri(revision.commitId()));
        add(subject, iri(Labels.TYPE), iri(History.REVISION_CLASS));
        add(subject, iri(History.COMMIT_ID), NodeFactory.createLiteralString(revision.commitId()));
        add(subject, iri(History.REVISION_NUMBER), integer(revision.number()));
        if (!revision.message().isEmpty()) {
            add(subject, iri(History.COMMIT_MESSAGE), NodeFactory.createLiteralString(revision.message()));
        }
        add(subject, iri(History.STARTED_AT_TIME), date(revision.authoredAt()));
        add(subject, iri(History.ENDED_AT_TIME), date(revision.committedAt()));
    }

    private void addNode(String nodeIri, List<Stay> stays) {
        String classIri = NodeKind.ofInstanceIri(nodeIri).map(NodeKind::iri).orElse(null);
        addStays(nodeIri, stays, classIri);
    }

    private void addRelation(RelationKey relation, List<Stay> stays) {
        String statement = RdfMapping.statementIri(relation);
        Node subject = iri(statement);
        add(subject, iri(Provenance.STATEMENT_SUBJECT), iri(relation.subject()));
        add(subject, iri(Provenance.STATEMENT_PREDICATE), iri(relation.relation().iri()));
        add(subject, iri(Provenance.STATEMENT_OBJECT), iri(relation.object()));
        addStays(statement, stays, null);
    }

    private void addStays(String owner, List<Stay> stays, String nodeClass) {
        if (stays.isEmpty()) {
            return;
        }
        Node subject = iri(owner);
        add(subject, iri(History.FIRST_SEEN), revision(stays.get(0).firstSeen()));
        add(subject, iri(History.LAST_SEEN), revision(stays.get(stays.size() - 1).lastSeen()));
        for (Stay stay : stays) {
            Revision first = revisions.get(stay.firstSeen());
            Node presence = iri(presenceIri(owner, first));
            add(subject, iri(History.PRESENCE), presence);
            add(presence, iri(Labels.TYPE), iri(History.PRESENCE_CLASS));
            add(presence, iri(History.FIRST_SEEN), revision(stay.firstSeen()));
            add(presence, iri(History.LAST_SEEN), revision(stay.lastSeen()));
            add(presence, iri(History.GENERATED_AT_TIME), date(first.committedAt()));
            stay.removedIn().ifPresent(removed -> {
                add(presence, iri(History.REMOVED_IN), revision(removed));
                add(presence, iri(History.INVALIDATED_AT_TIME), date(revisions.get(removed).committedAt()));
            });
            stay.pages().forEach(page -> add(presence, iri(Provenance.SOURCE_PATH), NodeFactory.createLiteralString(page)));
            if (nodeClass != null) {
                add(presence, iri(History.NODE_CLASS), iri(nodeClass));
                if (!stay.label().isEmpty()) {
                    add(presence, iri(Labels.LABEL), NodeFactory.createLiteralString(stay.label()));
                }
            }
        }
    }

    private Node revision(int number) {
        Revision revision = revisions.get(number);
        if (revision == null) {
            throw new IllegalArgumentException("no revision " + number + " in the history");
        }
        return iri(History.revisionIri(revision.commitId()));
    }

    private static Node date(OffsetDateTime date) {
        return NodeFactory.createLiteralDT(dateTime(date), XSD_DATE_TIME);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), TypeMapper.getInstance().getSafeTypeByName(Attribute.Datatype.INTEGER.iri()));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void add(Node subject, Node predicate, Node object) {
        graph.add(subject, predicate, object);
    }
}
