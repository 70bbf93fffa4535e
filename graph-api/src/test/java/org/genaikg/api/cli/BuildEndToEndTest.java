package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.genaikg.ontology.Labels;
import org.genaikg.ontology.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg build} and {@code kg bench} on a small knowledge base written by the test, with the real extractor. */
class BuildEndToEndTest {
    private static final String PAGE = """
            ---
            title: Models
            ---
            # Models

            ## Language models

            !!! note "[Llama 2: Open Foundation and Fine-Tuned Chat Models](https://arxiv.org/abs/2307.09288)"
                Llama 2 builds on LLaMA. Code: [facebookresearch/llama](https://github.com/facebookresearch/llama)

            See also the [overview](../overview.md).
            """;

    @TempDir
    Path dir;

    @Test
    void buildWritesTheGraphAndPrintsASummary() throws IOException {
        Path docs = knowledgeBase();
        Path out = dir.resolve("out/kg.nt");

        CommandRun run = CommandRun.of("build", "--docs", docs.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*documents\\s+2\n.*"), run.out());
        assertTrue(run.out().contains("wrote " + out), run.out());
        assertEquals("", run.err());
        Graph graph = RDFDataMgr.loadGraph(out.toString());
        assertTrue(graph.contains(Node.ANY, iri(Labels.TYPE), iri(NodeKind.PAPER.iri())));
        assertTrue(graph.contains(Node.ANY, iri(Labels.TYPE), iri(NodeKind.MODEL.iri())));
    }

    @Test
    void twoBuildsOfTheSamePagesGiveTheSameBytes() throws IOException {
        Path docs = knowledgeBase();
        Path first = dir.resolve("first.nt");
        Path second = dir.resolve("second.nt");

        assertEquals(0, CommandRun.of("build", "--quiet", "--docs", docs.toString(), "--out", first.toString()).exitCode());
        assertEquals(0, CommandRun.of("build", "--quiet", "--threads", "1", "--docs", docs.toString(), "--out", second.toString()).exitCode());

        assertEquals(-1L, Files.mismatch(first, second));
    }

    @Test
    void aFolderWithoutMarkdownExitsOne() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "no Markdown here");

        CommandRun run = CommandRun.of("build", "--docs", dir.toString(), "--out", dir.resolve("kg.ttl").toString());

        assertEquals(KgCommand.NOTHING_BUILT, run.exitCode());
        assertTrue(run.err().startsWith("kg build: nothing to build"), run.err());
        assertTrue(Files.notExists(dir.resolve("kg.ttl")));
    }

    @Test
    void benchPrintsBothPhasesAndTheirRatio() throws IOException {
        CommandRun run = CommandRun.of("bench", "--docs", knowledgeBase().toString(), "--copies", "2", "--rounds", "1");

        assertEquals(0, run.exitCode(), run.err());
        for (String text : new String[] {"4 files", "parse-only", "full", "MB/s", "peak heap", "ratio"}) {
            assertTrue(run.out().contains(text), text + " missing from\n" + run.out());
        }
    }

    private Path knowledgeBase() throws IOException {
        Path docs = dir.resolve("kb");
        Files.createDirectories(docs.resolve("models"));
        Files.writeString(docs.resolve("models/models.md"), PAGE);
        Files.writeString(docs.resolve("overview.md"), "# Overview\n\nGenerative models make text and images.\n");
        return docs;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
