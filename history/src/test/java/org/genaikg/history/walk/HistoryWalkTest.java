package org.genaikg.history.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.RelationKey;
import org.genaikg.extractor.model.Stay;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.history.git.GitRepository;
import org.genaikg.history.git.ScratchRepository;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A five-commit history: Shepherd is described on two pages, one of which is deleted, the other
 * moved; HuBERT's entry is dropped and comes back. What each page alone supported ends where it
 * should, what another page also supports goes on, and every revision's graph replays exactly.
 */
class HistoryWalkTest {
    private static final ExtractionOptions OPTIONS = new ExtractionOptions(2, ExtractionOptions.DEFAULT_MAX_FILE_BYTES);
    private static final String SHEPHERD_ENTRY = """
            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on LLaMA.
            """;
    private static final String HUBERT_ENTRY = """
            ??? note "[HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447)"
                HuBERT learns speech representations. [Github](https://github.com/facebookresearch/fairseq)
            """;
    private static final String MODELS = "# Models\n\n## Language Models\n\n" + SHEPHERD_ENTRY + "\n" + HUBERT_ENTRY;
    private static final String CRITICS = "# Critics\n\n" + SHEPHERD_ENTRY;

    private static final String SHEPHERD = NodeKind.MODEL.instanceIri("shepherd");
    private static final String HUBERT = NodeKind.MODEL.instanceIri("hubert");
    private static final String HUBERT_PAPER = NodeKind.PAPER.instanceIri("arxiv-2106.07447");

    @TempDir
    static Path temp;
    private static GraphHistory history;
    private static PatchLog patches;
    private static final List<String> FRESH_DUMPS = new ArrayList<>();

    @BeforeAll
    static void walkTheScenario() throws Exception {
        try (ScratchRepository scratch = ScratchRepository.init(temp.resolve("repo"))) {
            scratch.write("models.md", MODELS).write("critics.md", CRITICS).commit("two pages describe Shepherd");
            FRESH_DUMPS.add(freshDump(scratch.folder()));
            scratch.delete("critics.md").commit("the critics page goes");
            FRESH_DUMPS.add(freshDump(scratch.folder()));
            scratch.move("models.md", "zoo/models.md").commit("the models page moves");
            FRESH_DUMPS.add(freshDump(scratch.folder()));
            scratch.write("zoo/models.md", "# Models\n\n## Language Models\n\n" + SHEPHERD_ENTRY).commit("HuBERT's entry is dropped");
            FRESH_DUMPS.add(freshDump(scratch.folder()));
            scratch.write("zoo/models.md", MODELS).commit("HuBERT's entry is back");
            FRESH_DUMPS.add(freshDump(scratch.folder()));

            patches = new PatchLog(temp.resolve("patches"));
            try (GitRepository repository = GitRepository.open(scratch.folder())) {
                HistoryWalk walk = new HistoryWalk(new Extractor(OPTIONS), new WalkPageCache(PageCache.NONE), Optional.of(patches), WalkListener.NONE);
                history = walk.walk(repository, repository.revisions(RevisionRange.ALL)).history();
            }
        }
    }

    @Test
    void aModelAnotherPageStillDescribesGoesOnWhenOnePageIsDeletedOrMoved() {
        List<Stay> stays = history.staysOf(SHEPHERD);
        assertEquals(1, stays.size());
        assertEquals(new Stay(1, 5, OptionalInt.empty(), List.of("critics.md", "models.md"), "Shepherd"), stays.get(0));
    }

    @Test
    void aDeletedPageEndsAtTheCommitThatDeletedIt() {
        assertEquals(List.of(new Stay(1, 1, OptionalInt.of(2), List.of("critics.md"), "Critics")),
                history.staysOf(NodeKind.DOCUMENT.instanceIri("critics.md")));
    }

    @Test
    void aMovedPageIsOnePageEndingAndAnotherStarting() {
        assertEquals(OptionalInt.of(3), history.staysOf(NodeKind.DOCUMENT.instanceIri("models.md")).get(0).removedIn());
        assertEquals(3, history.staysOf(NodeKind.DOCUMENT.instanceIri("zoo/models.md")).get(0).firstSeen());
    }

    @Test
    void factsOnlyADroppedEntrySupportedEndAndComeBackAsASecondStay() {
        List<Stay> model = history.staysOf(HUBERT);
        assertEquals(List.of(1, 5), model.stream().map(Stay::firstSeen).toList());
        assertEquals(OptionalInt.of(4), model.get(0).removedIn());
        assertEquals(3, model.get(0).lastSeen());
        assertEquals("HuBERT", model.get(0).label());
        List<Stay> describedIn = history.staysOf(new RelationKey(HUBERT, Relation.DESCRIBED_IN, HUBERT_PAPER));
        assertEquals(List.of(1, 5), describedIn.stream().map(Stay::firstSeen).toList());
        assertEquals(OptionalInt.of(4), describedIn.get(0).removedIn());
    }

    @Test
    void anEvidenceAppearedInTheRevisionSinceWhichItIsThere() {
        long fromTheLastCommit = history.evidenceSince().values().stream().filter(n -> n == 5).count();
        long fromTheMove = history.evidenceSince().values().stream().filter(n -> n == 3).count();
        assertEquals(true, fromTheLastCommit > 0, "HuBERT's evidences appeared in revision 5");
        assertEquals(true, fromTheMove > 0, "Shepherd's evidences on the moved page appeared in revision 3");
        assertEquals(0, history.evidenceSince().values().stream().filter(n -> n < 3).count(), "no evidence of the last graph is older than the move");
    }

    @Test
    void everyRevisionsGraphReplaysExactlyAsAFreshBuildOfItsFiles() throws IOException {
        for (int number = 1; number <= FRESH_DUMPS.size(); number++) {
            assertEquals(FRESH_DUMPS.get(number - 1), nquads(patches.replay(number)), "revision " + number);
        }
    }

    private static String freshDump(Path folder) throws IOException {
        return nquads(RdfMapping.toDataset(new Extractor(OPTIONS).extract(folder, ProgressListener.NONE)));
    }

    private static String nquads(DatasetGraph dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfDumpWriter.write(dataset, RdfFormat.N_QUADS, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
