package org.genaikg.history.walk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.Edge;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.model.Stay;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.history.git.CommitPages;
import org.genaikg.history.git.GitRepository;
import org.genaikg.history.git.PageChanges;
import org.genaikg.history.timeline.Timeline;

/**
 * Builds the graph at each revision in turn and keeps its history: for every node, relation and
 * evidence, when it was there ({@link Timeline}); for every revision, the exact change of its RDF
 * ({@link PatchLog}). Each revision's pages come from its tree; a page whose text did not change
 * comes from the page cache, so only the pages a commit changed are parsed again (all pages are
 * recognised again, from their cached parse, when the names the pages teach changed). Holds two
 * graphs at a time, whatever the number of revisions.
 */
public final class HistoryWalk {
    private final Extractor extractor;
    private final WalkPageCache cache;
    private final Optional<PatchLog> patches;
    private final WalkListener listener;

    private final Timeline<String> nodes = Timeline.keepingEverything();
    private final Timeline<RelationKey> relations = Timeline.keepingEverything();
    private final Timeline<EvidenceKey> evidence = Timeline.keepingOnlyThePresent();

    /** One evidence: its owner (a node, or a relation's statement) and the place it was read. */
    private record EvidenceKey(Object owner, SourceSpan span) {
        String ownerIri() {
            return owner instanceof RelationKey relation ? RdfMapping.statementIri(relation) : (String) owner;
        }
    }

    /** A graph's nodes by IRI and edges by relation. */
    private record GraphIndex(Map<String, Node> nodes, Map<RelationKey, Edge> edges) {
        static GraphIndex of(KnowledgeGraph graph) {
            Map<String, Node> nodes = new HashMap<>();
            graph.nodes().forEach(n -> nodes.put(n.iri(), n));
            Map<RelationKey, Edge> edges = new HashMap<>();
            graph.edges().forEach(e -> edges.put(RelationKey.of(e), e));
            return new GraphIndex(nodes, edges);
        }
    }

    public HistoryWalk(Extractor extractor, WalkPageCache cache, Optional<PatchLog> patches, WalkListener listener) {
        this.extractor = extractor;
        this.cache = cache;
        this.patches = patches;
        this.listener = listener;
    }

    /** Walks the revisions, oldest first, and returns the last revision's graph and the history. */
    public WalkResult walk(GitRepository repository, List<Revision> revisions) {
        patches.ifPresent(PatchLog::clear);
        KnowledgeGraph previous = new KnowledgeGraph(List.of(), List.of(), List.of(), 0);
        GraphIndex previousIndex = GraphIndex.of(previous);
        Revision previousRevision = null;
        Optional<CommitPages> previousPages = Optional.empty();
        WalkTimes times = new WalkTimes();
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            long start = System.nanoTime();
            cache.nextRevision();
            CommitPages pages = repository.pages(revision, previousPages);
            PageChanges changes = repository.changes(previousPages, pages);
            long read = System.nanoTime();
            KnowledgeGraph graph = extractor.extract(pages, ProgressListener.NONE, cache);
            long extracted = System.nanoTime();
            GraphIndex index = GraphIndex.of(graph);
            GraphIndex before = previousIndex;
            Timeline.Change<String> nodeChange = nodes.advance(revision.number(), index.nodes().keySet(),
                    iri -> paths(index.nodes().get(iri).provenance()), iri -> labelOf(before.nodes().get(iri)));
            Timeline.Change<RelationKey> relationChange = relations.advance(revision.number(), index.edges().keySet(),
                    key -> paths(index.edges().get(key).provenance()), key -> "");
            evidence.advance(revision.number(), evidenceKeys(graph), key -> List.of(), key -> "");
            long timed = System.nanoTime();
            if (patches.isPresent()) {
                writePatch(patches.get(), revision, previousRevision, GraphDelta.between(previous, graph));
            }
            long patched = System.nanoTime();
            times.add(read - start, extracted - read, timed - extracted, patched - timed);
            listener.revisionDone(i + 1, revisions.size(), revision, changes, new WalkListener.GraphChange(
                    nodeChange.added().size(), nodeChange.removed().size(), relationChange.added().size(), relationChange.removed().size(),
                    graph.nodes().size(), graph.edges().size()));
            previous = graph;
            previousIndex = index;
            previousRevision = revision;
            previousPages = Optional.of(pages);
        }
        return new WalkResult(previous, history(revisions, previousIndex), times);
    }

    private GraphHistory history(List<Revision> revisions, GraphIndex last) {
        Map<String, List<Stay>> nodeStays = new HashMap<>();
        for (String iri : nodes.keys()) {
            nodeStays.put(iri, nodes.stays(iri, key -> labelOf(last.nodes().get(key))));
        }
        Map<RelationKey, List<Stay>> relationStays = new HashMap<>();
        for (RelationKey key : relations.keys()) {
            relationStays.put(key, relations.stays(key, k -> ""));
        }
        Map<String, Integer> evidenceSince = new HashMap<>();
        for (EvidenceKey key : evidence.keys()) {
            evidenceSince.put(RdfMapping.evidenceIri(key.ownerIri(), key.span()), evidence.presentSince(key).orElseThrow());
        }
        return new GraphHistory(revisions, nodeStays, relationStays, evidenceSince);
    }

    private static void writePatch(PatchLog log, Revision revision, Revision previous, GraphDelta delta) {
        Set<Quad> before = quads(delta.nodesBefore(), delta.edgesBefore());
        Set<Quad> after = quads(delta.nodesAfter(), delta.edgesAfter());
        Set<Quad> deleted = new HashSet<>(before);
        deleted.removeAll(after);
        Set<Quad> added = new HashSet<>(after);
        added.removeAll(before);
        log.write(revision, previous, deleted, added);
    }

    private static Set<Quad> quads(List<Node> nodes, List<Edge> edges) {
        Set<Quad> quads = new HashSet<>();
        if (!nodes.isEmpty() || !edges.isEmpty()) {
            DatasetGraph dataset = RdfMapping.toDataset(new KnowledgeGraph(nodes, edges, List.of(), 0));
            dataset.find().forEachRemaining(quads::add);
        }
        return quads;
    }

    private static Set<EvidenceKey> evidenceKeys(KnowledgeGraph graph) {
        Set<EvidenceKey> keys = new HashSet<>();
        graph.nodes().forEach(n -> n.provenance().forEach(span -> keys.add(new EvidenceKey(n.iri(), span))));
        graph.edges().forEach(e -> {
            RelationKey relation = RelationKey.of(e);
            e.provenance().forEach(span -> keys.add(new EvidenceKey(relation, span)));
        });
        return keys;
    }

    private static List<String> paths(List<SourceSpan> spans) {
        TreeSet<String> paths = new TreeSet<>();
        spans.forEach(span -> paths.add(span.path()));
        return new ArrayList<>(paths);
    }

    private static String labelOf(Node node) {
        return node == null || node.label() == null ? "" : node.label();
    }
}
