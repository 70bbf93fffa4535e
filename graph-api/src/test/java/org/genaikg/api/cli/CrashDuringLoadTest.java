package org.genaikg.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.Neo4jStoreOptions;
import org.genaikg.stores.sync.ScenarioPages;
import org.genaikg.stores.sync.internal.NamedGraphs;
import org.genaikg.stores.tdb.TdbGraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build --data} in a child JVM, killed with SIGKILL at a few moments of a rebuild: both
 * stores stay readable, every document has its old or its new named graph, and the next
 * {@code kg build} finishes with {@code kg verify} passing.
 */
class CrashDuringLoadTest {

    private static final int PAGES = 40;
    private static final int ENTRIES = 25;

    @TempDir
    Path dir;

    /** When to kill: milliseconds after the child starts, or after the sync journal appears (the store writes began). */
    private record Moment(String name, long afterStartMillis, long afterJournalMillis) {}

    @Test
    void aKilledRebuildLeavesEachDocumentOldOrNewAndTheNextBuildFinishes() throws Exception {
        Path versionA = dir.resolve("a");
        Path versionB = dir.resolve("b");
        writeCorpus(versionA, 0);
        writeCorpus(versionB, 1);
        Path data = dir.resolve("data");
        assertEquals(0, CommandRun.of("build", "--docs", versionA.toString(), "--data", data.toString(), "--bolt-port", "0", "-q").exitCode());
        Map<String, String> digestsA = digests(versionA);
        Map<String, String> digestsB = digests(versionB);

        List<Moment> moments = List.of(new Moment("as the store writes begin", -1, 0), new Moment("during start-up", 3000, -1),
                new Moment("during the store writes", -1, 300));
        int interruptedWrites = 0;
        Path from = versionA;
        for (Moment moment : moments) {
            Path to = from == versionA ? versionB : versionA;
            boolean journalLeft = killDuringBuild(to, data, moment);
            interruptedWrites += journalLeft ? 1 : 0;

            assertEachDocumentOldOrNew(data, digests(from), digests(to), moment.name());
            assertNeo4jReadable(data);

            CommandRun next = CommandRun.of("build", "--docs", to.toString(), "--data", data.toString(), "--bolt-port", "0", "-q");
            assertEquals(0, next.exitCode(), moment.name() + ": " + next.err());
            CommandRun verify = CommandRun.of("verify", "--data", data.toString(), "--bolt-port", "0");
            assertEquals(0, verify.exitCode(), moment.name() + ": " + verify.err());
            Path exported = dir.resolve("export.nt");
            Path fresh = dir.resolve("fresh.nt");
            assertEquals(0, CommandRun.of("export", "--data", data.toString(), "--bolt-port", "0", "--out", exported.toString()).exitCode());
            assertEquals(0, CommandRun.of("build", "--docs", to.toString(), "--out", fresh.toString(), "-q").exitCode());
            assertArrayEquals(ScenarioPages.read(fresh), ScenarioPages.read(exported), moment.name());
            from = to;
        }
        assertTrue(digestsA.size() > 10 && !digestsA.equals(digestsB));
        assertTrue(interruptedWrites > 0, "no kill landed while the stores were being written");
    }

    /**
     * The first {@code kg build} of a new data folder killed while it creates the stores (as soon as
     * Neo4j's system database or TDB2's first files appear): the next build makes the store anew
     * from the pages (it never finished its first creation) and the stores agree.
     */
    @Test
    void aBuildKilledWhileItCreatesTheStoresIsFollowedByOneThatFinishes() throws Exception {
        Path docs = dir.resolve("docs");
        writeCorpus(docs, 0);
        Path fresh = dir.resolve("fresh.nt");
        assertEquals(0, CommandRun.of("build", "--docs", docs.toString(), "--out", fresh.toString(), "-q").exitCode());
        List<Path> firstFiles = List.of(Path.of("neo4j", "data", "databases", "system"), Path.of("neo4j", "data", "transactions"),
                Path.of("tdb2", "Data-0001"));
        for (Path firstFile : firstFiles) {
            Path data = dir.resolve("data-" + firstFile.getFileName());
            killWhenItAppears(docs, data, data.resolve(firstFile));

            CommandRun next = CommandRun.of("build", "--docs", docs.toString(), "--data", data.toString(), "--bolt-port", "0", "-q");
            assertEquals(0, next.exitCode(), firstFile + ": " + next.err());
            CommandRun verify = CommandRun.of("verify", "--data", data.toString(), "--bolt-port", "0");
            assertEquals(0, verify.exitCode(), firstFile + ": " + verify.err());
            Path exported = dir.resolve("export.nt");
            assertEquals(0, CommandRun.of("export", "--data", data.toString(), "--bolt-port", "0", "--out", exported.toString()).exitCode());
            assertArrayEquals(ScenarioPages.read(fresh), ScenarioPages.read(exported), firstFile.toString());
        }
    }

    private void killWhenItAppears(Path docs, Path data, Path file) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.genaikg.api.cli.KgCommand",
                "build", "--docs", docs.toString(), "--data", data.toString(), "--bolt-port", "0", "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long start = System.nanoTime();
        while (child.isAlive() && !Files.exists(file) && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3)) {
            Thread.sleep(1);
        }
        boolean killed = child.isAlive();
        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the child did not die");
        System.out.println("killed when " + file + " appeared: " + killed);
    }

    /** Runs {@code kg build} in a child JVM and kills it at the moment; true when it died with its journal left (mid-write). */
    private boolean killDuringBuild(Path docs, Path data, Moment moment) throws IOException, InterruptedException {
        Path journal = data.resolve("sync").resolve("journal");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.genaikg.api.cli.KgCommand",
                "build", "--docs", docs.toString(), "--data", data.toString(), "--bolt-port", "0", "-q");
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        Process child = builder.start();
        long start = System.nanoTime();
        if (moment.afterStartMillis() >= 0) {
            child.waitFor(moment.afterStartMillis(), TimeUnit.MILLISECONDS);
        } else {
            while (child.isAlive() && !Files.exists(journal) && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3)) {
                Thread.sleep(2);
            }
            if (moment.afterJournalMillis() > 0) {
                child.waitFor(moment.afterJournalMillis(), TimeUnit.MILLISECONDS);
            }
        }
        boolean killed = child.isAlive();
        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the child did not die");
        System.out.println(moment.name() + ": killed=" + killed + " journal left=" + Files.exists(journal));
        if (!killed) {
            System.out.println("exit " + child.exitValue() + ": " + Files.readString(dir.resolve("child.log")));
        }
        return killed && Files.exists(journal);
    }

    private static void assertEachDocumentOldOrNew(Path data, Map<String, String> before, Map<String, String> after, String moment) {
        Map<String, String> stored;
        try (TdbGraphStore tdb = TdbGraphStore.open(data)) {
            stored = NamedGraphs.digests(tdb.copy());
        }
        Set<String> documents = new TreeSet<>(before.keySet());
        documents.addAll(after.keySet());
        documents.addAll(stored.keySet());
        for (String document : documents) {
            String digest = stored.get(document);
            assertTrue(java.util.Objects.equals(digest, before.get(document)) || java.util.Objects.equals(digest, after.get(document)),
                    moment + ": " + document + " is neither its old nor its new graph");
        }
    }

    private static void assertNeo4jReadable(Path data) {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
             Neo4jGraphStore store = Neo4jGraphStore.open(server.connectionSettings(), Neo4jStoreOptions.defaults())) {
            store.nodesPerKind();
        }
    }

    private static Map<String, String> digests(Path docs) {
        return NamedGraphs.digests(NamedGraphs.of(new Extractor(new ExtractionOptions(2, ExtractionOptions.DEFAULT_MAX_FILE_BYTES))
                .extract(docs, ProgressListener.NONE)));
    }

    /** {@value #PAGES} pages of {@value #ENTRIES} models each; version 1 edits every third page, drops every seventh and adds two. */
    private static void writeCorpus(Path docs, int version) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int page = 0; page < PAGES + (version == 1 ? 2 : 0); page++) {
            if (version == 1 && page % 7 == 3) {
                continue;
            }
            pages.add(page);
        }
        for (int page : pages) {
            StringBuilder text = new StringBuilder("# Page " + page + "\n\n## Language Models\n\n");
            for (int entry = 0; entry < ENTRIES; entry++) {
                int model = page * ENTRIES + entry + (version == 1 && page % 3 == 0 ? 5000 : 0);
                text.append("??? note \"[Zorblax").append(model).append(": A Model for Synthetic Tests](https://arxiv.org/abs/2301.")
                        .append(String.format("%05d", model)).append(")\"\n    Zorblax").append(model)
                        .append(" builds on LLaMA and reads images. [Github](https://github.com/synthetic/zorblax").append(model).append(")\n\n");
            }
            Path file = docs.resolve("section-" + (page % 4) + File.separator + "page-" + page + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
    }
}
