package org.genaikg.stores.sync;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.stores.neo4j.EmbeddedNeo4j;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.neo4j.LoadReport;
import org.genaikg.stores.neo4j.Neo4jChanges;
import org.genaikg.stores.neo4j.Neo4jContents;
import org.genaikg.stores.neo4j.Neo4jGraphStore;
import org.genaikg.stores.neo4j.Neo4jStoreOptions;
import org.genaikg.stores.neo4j.SyncReport;
import org.genaikg.stores.neo4j.SyntheticGraph;
import org.genaikg.stores.sync.internal.NamedGraphs;
import org.genaikg.stores.tdb.TdbGraphStore;

/**
 * Not a test: the load speed of both stores side by side, in one run, on the same synthetic graph.
 * TDB2: our load (one write transaction) against Jena's own bulk loaders (basic, phased, parallel)
 * fed the same quads from memory. Neo4j: the batched load into an empty store, the one-transaction
 * sync of the same graph into an empty store, and a one-transaction sync of a 1% change, reading
 * the stored graph to compare and comparing with the graph the store is known to hold.
 *
 * <pre>args: [nodes=50000] [relationships=100000] [parallel=false]</pre>
 */
public final class StoreLoadBenchmark {

    private static final MonitorOutput QUIET = (format, args) -> {};

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean parallel = args.length > 2 && Boolean.parseBoolean(args[2]);
        KnowledgeGraph graph = SyntheticGraph.generate(nodes, relationships, 42);
        DatasetGraph quads = NamedGraphs.of(graph);
        long quadCount = quads.stream().count();
        System.out.printf(Locale.ROOT, "graph: %d nodes, %d relationships, %d quads in %d named graphs; %d cores, heap %d MB%n",
                graph.nodes().size(), graph.edges().size(), quadCount, NamedGraphs.digests(quads).size(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        for (int round = 1; round <= 2; round++) {
            Path dir = Files.createTempDirectory("tdb-bench");
            try (TdbGraphStore store = TdbGraphStore.open(dir)) {
                long cpu = cpu();
                long start = System.nanoTime();
                store.replaceAll(quads);
                report("round " + round + " TDB2 one write transaction", quadCount, "quads", start, cpu);
            }
            List<String> loaders = new ArrayList<>(List.of("basic", "phased"));
            if (parallel) {
                loaders.add("parallel");
            }
            for (String name : loaders) {
                BiFunction<DatasetGraph, MonitorOutput, DataLoader> factory = switch (name) {
                    case "basic" -> LoaderFactory::basicLoader;
                    case "phased" -> LoaderFactory::phasedLoader;
                    default -> LoaderFactory::parallelLoader;
                };
                DatasetGraph target = DatabaseMgr.connectDatasetGraph(Files.createTempDirectory("tdb-bulk").toString());
                long cpu = cpu();
                long start = System.nanoTime();
                DataLoader loader = factory.apply(target, QUIET);
                loader.startBulk();
                quads.find().forEachRemaining(loader.stream()::quad);
                loader.finishBulk();
                report("round " + round + " TDB2 " + name + " bulk loader", quadCount, "quads", start, cpu);
                target.close();
                TDBInternal.expel(target);
            }
        }

        Path data = Files.createTempDirectory("neo4j-bench");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0))) {
            Neo4jStoreOptions options = Neo4jStoreOptions.defaults();
            try (Neo4jGraphStore store = Neo4jGraphStore.open(neo4j.connectionSettings(), options)) {
                for (int round = 1; round <= 2; round++) {
                    long cpu = cpu();
                    LoadReport batched = store.replaceAll(graph);
                    System.out.printf(Locale.ROOT, "round %d Neo4j batched load (batch %d x %d sessions): %.0f nodes/s, %.0f rels/s (%.1f s wall, %.1f s CPU)%n",
                            round, options.batchSize(), options.writeThreads(), batched.nodesPerSecond(), batched.relationshipsPerSecond(),
                            batched.elapsed().toMillis() / 1000.0, (cpu() - cpu) / 1e9);
                    store.clear();
                    cpu = cpu();
                    long start = System.nanoTime();
                    SyncReport synced = store.sync(graph);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "round %d Neo4j one-transaction sync into an empty store (batch %d): %.0f nodes/s, %.0f rels/s together (%.1f s wall, %.1f s CPU)%n",
                            round, options.batchSize(), synced.nodesWritten() / seconds, synced.relationshipsWritten() / seconds, seconds, (cpu() - cpu) / 1e9);
                    KnowledgeGraph changed = changeOnePercent(graph);
                    cpu = cpu();
                    start = System.nanoTime();
                    SyncReport delta = store.sync(changed);
                    System.out.printf(Locale.ROOT, "round %d Neo4j one-transaction sync of a 1%% change: %s in %.2f s (%.1f s CPU, reading the stored graph included)%n",
                            round, delta, (System.nanoTime() - start) / 1e9, (cpu() - cpu) / 1e9);
                    // the same size of change again, compared with the graph the store is known to hold
                    cpu = cpu();
                    start = System.nanoTime();
                    SyncReport known = store.apply(Neo4jChanges.between(Neo4jContents.of(changed), graph));
                    System.out.printf(Locale.ROOT, "round %d Neo4j one-transaction sync of a 1%% change against the known graph: %s in %.2f s (%.1f s CPU)%n",
                            round, known, (System.nanoTime() - start) / 1e9, (cpu() - cpu) / 1e9);
                }
            }
        }
    }

    private static KnowledgeGraph changeOnePercent(KnowledgeGraph graph) {
        List<Node> nodes = new ArrayList<>(graph.nodes());
        for (int i = 0; i < nodes.size(); i += 100) {
            Node node = nodes.get(i);
            nodes.set(i, new Node(node.kind(), node.iri(), node.label() + " (changed)", node.altLabels(), node.attributes(), node.provenance()));
        }
        return new KnowledgeGraph(nodes, graph.edges(), graph.problems(), graph.documents());
    }

    private static void report(String what, long count, String unit, long startNanos, long cpuStart) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-44s %9.0f %s/s (%.1f s wall, %.1f s CPU)%n", what, count / seconds, unit, seconds,
                (cpu() - cpuStart) / 1e9);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
