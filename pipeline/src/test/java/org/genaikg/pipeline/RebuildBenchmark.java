package org.genaikg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfMapping;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.stores.neo4j.Neo4jChanges;
import org.genaikg.stores.neo4j.Neo4jContents;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import org.genaikg.stores.sync.StoreSettings;
import org.genaikg.stores.sync.internal.NamedGraphs;

/**
 * Not a test: what a rebuild after one edited page costs, side by side in one run on a copy of a
 * real knowledge base. Per round: the incremental update after a plain edit, after an edit that
 * teaches the corpus a new name, and the full rebuild {@code kg serve} did before (extract every
 * page, replace TDB2 in one transaction, reload Neo4j), all on the same open stores; and what
 * finding the changes costs by reading both stores back, against comparing with the graph the
 * stores were last given.
 *
 * <pre>args: DOCS [rounds=3]</pre>
 */
public final class RebuildBenchmark {

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("rebuild-bench");
        Path docs = work.resolve("docs");
        copy(source, docs);
        Path page;
        try (Stream<Path> pages = Files.walk(docs)) {
            page = pages.filter(p -> p.toString().endsWith(".md")).sorted().toList().get(0);
        }
        ExtractionOptions options = new ExtractionOptions(Runtime.getRuntime().availableProcessors(),
                ExtractionOptions.DEFAULT_MAX_FILE_BYTES);
        BuildPipeline pipeline = new BuildPipeline(work.resolve("data"), options);
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(work.resolve("data"), StoreSettings.defaults().withBoltPort(0))) {
            BuildReport first = pipeline.update(FolderPages.of(docs), kb, ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "%s: %d documents, %d nodes, %d edges; editing %s; %d cores%n", source,
                    first.graph().documents(), first.graph().nodes().size(), first.graph().edges().size(), docs.relativize(page),
                    Runtime.getRuntime().availableProcessors());
            for (int round = 1; round <= rounds; round++) {
                append(page, "\nA plain sentence added in round " + round + ".\n");
                double plain = seconds(() -> pipeline.update(FolderPages.of(docs), kb, ProgressListener.NONE));
                append(page, "\n??? note \"[Benchformer" + round + ": A Model Named in Round " + round
                        + "](https://arxiv.org/abs/2499.0000" + round + ")\"\n    Benchformer" + round + " is a language model.\n");
                double newName = seconds(() -> pipeline.update(FolderPages.of(docs), kb, ProgressListener.NONE));
                append(page, "\nAnother plain sentence, round " + round + ".\n");
                double full = seconds(() -> {
                    KnowledgeGraph graph = new Extractor(options).extract(docs, ProgressListener.NONE);
                    kb.tdb().orElseThrow().replaceAll(RdfMapping.toDataset(graph));
                    kb.neo4j().replaceAll(graph);
                    return graph;
                });
                // the full path changed the stores behind the facade's back: let it catch up before the next round
                KnowledgeGraph now = pipeline.update(FolderPages.of(docs), kb, ProgressListener.NONE).graph();
                // what remembering the written graph saves an update: reading both stores back to compare
                double readBack = seconds(() -> NamedGraphs.digests(kb.rdfCopy())) + seconds(() -> kb.neo4j().sync(now));
                double remembered = seconds(() -> kb.neo4j().apply(Neo4jChanges.between(Neo4jContents.of(now), now)));
                System.out.printf(Locale.ROOT, "round %d: incremental, plain edit %.2f s; incremental, new name %.2f s; "
                        + "full rebuild %.2f s; full / plain %.1fx, full / new name %.1fx; "
                        + "comparing by reading both stores back %.2f s, with the remembered graph %.2f s%n",
                        round, plain, newName, full, full / plain, full / newName, readBack, remembered);
            }
        }
    }

    private static double seconds(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void append(Path page, String text) throws IOException {
        Files.writeString(page, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(from)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
