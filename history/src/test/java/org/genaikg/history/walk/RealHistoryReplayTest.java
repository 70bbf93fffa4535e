package org.genaikg.history.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jgit.api.Git;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.docs.DocumentedExamples;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.Revision;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.model.Stay;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.HistoryMapping;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.history.git.GitRepository;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.support.HistoryBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real history from 2025-02-10 to its end (27 commits: pages renamed in bulk on 2025-02-25,
 * a page deleted on 2025-03-05, the move from MkDocs to today's layout on 2026-05-16, a merge):
 * the graph replayed at six of its commits equals a fresh build of a JGit checkout of that commit
 * (the time terms are in their own named graph, never in the patches); what a renamed or deleted
 * page alone supported ends at the commit that renamed or deleted it, and what another page also
 * supports goes on.
 */
class RealHistoryReplayTest {
    private static final ExtractionOptions OPTIONS = new ExtractionOptions(2, ExtractionOptions.DEFAULT_MAX_FILE_BYTES);
    /** Short ids of the first-parent commits compared: the first walked, before and at the renames, the deletion, the move, HEAD. */
    private static final List<String> COMPARED = List.of("bbbde41", "488db91", "bc1cbf6", "c7117b6", "62251c1", "7b7c0be");

    @TempDir
    static Path temp;
    private static List<Revision> revisions;
    private static GraphHistory history;
    private static PatchLog patches;
    /** A fresh build of a checkout of each compared commit, by short id. */
    private static final Map<String, KnowledgeGraph> FRESH = new LinkedHashMap<>();

    @BeforeAll
    static void walkAndCheckOut() throws Exception {
        patches = new PatchLog(temp.resolve("patches"));
        try (GitRepository repository = GitRepository.open(HistoryBundle.path())) {
            revisions = repository.revisions(new RevisionRange(Optional.empty(), Optional.of(OffsetDateTime.parse("2025-02-10T00:00:00Z")),
                    Optional.empty()));
            history = new HistoryWalk(new Extractor(OPTIONS), new WalkPageCache(PageCache.NONE), Optional.of(patches), WalkListener.NONE)
                    .walk(repository, revisions).history();
        }
        Path checkout = temp.resolve("checkout");
        try (Git git = Git.cloneRepository().setURI(HistoryBundle.path().toUri().toString()).setDirectory(checkout.toFile()).call()) {
            for (String commit : COMPARED) {
                git.checkout().setName(revision(commit).commitId()).call();
                FRESH.put(commit, new Extractor(OPTIONS).extract(FolderPages.of(checkout), ProgressListener.NONE, PageCache.NONE));
            }
        }
    }

    @Test
    void theWalkStartsWhereAskedAndEndsAtHead() {
        assertEquals(27, revisions.size());
        assertEquals("bbbde41", revisions.get(0).shortId());
        assertEquals(HistoryBundle.HEAD, revisions.get(revisions.size() - 1).commitId());
        assertEquals(HistoryBundle.REVISIONS, revisions.get(revisions.size() - 1).number(), "numbers count from the root, not from --since");
    }

    @Test
    void theGraphAsOfACommitIsAFreshBuildOfItsCheckout() throws IOException {
        for (String commit : COMPARED) {
            assertEquals(nquads(RdfMapping.toDataset(FRESH.get(commit))), nquads(patches.replay(revision(commit).number())),
                    "the graph as of " + commit);
        }
    }

    @Test
    void whatRenamedPagesAloneSupportedEndsAtTheRenameAndTheRestGoesOn() {
        assertEndsAndGoesOn("488db91", "bc1cbf6");
    }

    @Test
    void whatADeletedPageAloneSupportedEndsAtTheDeletionAndTheRestGoesOn() {
        assertEndsAndGoesOn("bc1cbf6", "c7117b6");
    }

    /** docs/history.md's questions ({@code sparql-history} blocks) answer on the walk's graph and history, as /sparql serves them (union default graph). */
    @Test
    void everyDocumentedHistoryQueryAnswers() {
        Graph union = GraphFactory.createDefaultGraph();
        patches.replay(revisions.get(revisions.size() - 1).number()).find().forEachRemaining(quad -> union.add(quad.asTriple()));
        HistoryMapping.toGraph(history).find().forEachRemaining(union::add);
        DatasetGraph dataset = DatasetGraphFactory.wrap(union);
        for (DocumentedExamples.Example example : DocumentedExamples.of("sparql-history")) {
            RowSet rows = QueryExec.dataset(dataset).query(example.code()).select();
            assertTrue(rows.hasNext(), "no answer to " + example.page() + ":\n" + example.code());
            rows.close();
        }
    }

    /** Between two consecutive revisions where pages went: nodes and relations only they supported end; those also supported elsewhere stay. */
    private static void assertEndsAndGoesOn(String before, String at) {
        Revision previous = revision(before);
        Revision next = revision(at);
        assertEquals(previous.number() + 1, next.number(), before + " is the parent of " + at);
        KnowledgeGraph was = FRESH.get(before);
        KnowledgeGraph is = FRESH.get(at);
        Set<String> gone = pages(was);
        gone.removeAll(pages(is));
        assertTrue(!gone.isEmpty(), "pages went at " + at);

        Map<String, List<SourceSpan>> nodesBefore = was.nodes().stream().collect(Collectors.toMap(n -> n.iri(), n -> n.provenance()));
        Set<String> nodesAfter = is.nodes().stream().map(n -> n.iri()).collect(Collectors.toSet());
        int[] counts = check(nodesBefore, nodesAfter, gone, history::staysOf, previous, next);
        assertTrue(counts[0] > 0 && counts[1] > 0, "nodes ended " + counts[0] + ", went on " + counts[1]);

        Map<RelationKey, List<SourceSpan>> relationsBefore = was.edges().stream()
                .collect(Collectors.toMap(RelationKey::of, e -> e.provenance(), (a, b) -> a));
        Set<RelationKey> relationsAfter = is.edges().stream().map(RelationKey::of).collect(Collectors.toSet());
        int[] relationCounts = check(relationsBefore, relationsAfter, gone, history::staysOf, previous, next);
        // a relation's evidence is mostly on one page: a deletion may leave none that another page also supports
        assertTrue(relationCounts[0] > 0, "relations ended " + relationCounts[0] + ", went on " + relationCounts[1]);
    }

    /** {ended, went on}: what the pages gone alone supported has a stay ending at {@code previous}, removed in {@code next}; the rest a stay across both. */
    private static <K> int[] check(Map<K, List<SourceSpan>> before, Set<K> after, Set<String> gone, Function<K, List<Stay>> stays,
                                   Revision previous, Revision next) {
        int ended = 0;
        int wentOn = 0;
        for (Map.Entry<K, List<SourceSpan>> entry : before.entrySet()) {
            Set<String> sources = entry.getValue().stream().map(SourceSpan::path).collect(Collectors.toSet());
            if (sources.stream().noneMatch(gone::contains)) {
                continue;
            }
            List<Stay> its = stays.apply(entry.getKey());
            if (gone.containsAll(sources) && !after.contains(entry.getKey())) {
                assertTrue(its.stream().anyMatch(s -> s.lastSeen() == previous.number() && s.removedIn().equals(java.util.OptionalInt.of(next.number()))),
                        entry.getKey() + " only on pages gone at " + next.shortId() + ": " + its);
                ended++;
            } else if (after.contains(entry.getKey())) {
                assertTrue(its.stream().anyMatch(s -> s.firstSeen() <= previous.number() && s.lastSeen() >= next.number()),
                        entry.getKey() + " still there at " + next.shortId() + ": " + its);
                wentOn++;
            }
        }
        return new int[] {ended, wentOn};
    }

    private static Set<String> pages(KnowledgeGraph graph) {
        Set<String> pages = new HashSet<>();
        graph.nodes().forEach(n -> n.provenance().forEach(span -> pages.add(span.path())));
        return pages;
    }

    private static Revision revision(String shortId) {
        return revisions.stream().filter(r -> r.commitId().startsWith(shortId)).findFirst()
                .orElseThrow(() -> new AssertionError("no revision " + shortId + " in the walk"));
    }

    private static String nquads(DatasetGraph dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfDumpWriter.write(dataset, RdfFormat.N_QUADS, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
