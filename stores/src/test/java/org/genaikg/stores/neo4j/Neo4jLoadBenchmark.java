package org.genaikg.stores.neo4j;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Not a test: loads a synthetic graph into an embedded Neo4j through the driver, with the
 * default batch size and with batches of 10k, and prints nodes/s and relationships/s; also the
 * server's start (from JVM start and from {@code start()}) and stop times.
 *
 * <pre>args: [nodes=50000] [relationships=100000] [rounds=2]</pre>
 */
public final class Neo4jLoadBenchmark {

    /** The default, the default on one session, and batches of 10k on one session (the comparison). */
    private static final Neo4jStoreOptions[] VARIANTS = {
        Neo4jStoreOptions.defaults(),
        Neo4jStoreOptions.defaults().withWriteThreads(1),
        Neo4jStoreOptions.defaults().withBatchSize(10_000).withWriteThreads(1),
    };

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        KnowledgeGraph graph = SyntheticGraph.generate(nodes, relationships, 42);
        Path data = Files.createTempDirectory("neo4j-bench");

        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long startCall = System.currentTimeMillis();
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jOptions.defaults(data).withBoltPort(0));
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            driver.executableQuery("RETURN 1").execute();
        }
        long firstAnswer = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "embedded start: %d ms from JVM start, %d ms from start() to first Bolt answer%n",
                firstAnswer - jvmStart, firstAnswer - startCall);

        System.out.printf(Locale.ROOT, "graph: %d nodes, %d relationships%n", graph.nodes().size(), graph.edges().size());
        for (int round = 1; round <= rounds; round++) {
            for (Neo4jStoreOptions options : VARIANTS) {
                try (Neo4jGraphStore store = Neo4jGraphStore.open(neo4j.connectionSettings(), options)) {
                    String name = "batch " + options.batchSize() + " x" + options.writeThreads();
                    long cpu = processCpuNanos();
                    LoadReport loaded = store.replaceAll(graph);
                    report("round " + round + " replaceAll " + name, loaded, processCpuNanos() - cpu);
                    cpu = processCpuNanos();
                    LoadReport merged = store.merge(graph);
                    report("round " + round + " merge-again " + name, merged, processCpuNanos() - cpu);
                }
            }
        }

        long stopCall = System.currentTimeMillis();
        neo4j.close();
        System.out.printf(Locale.ROOT, "embedded stop: %d ms%n", System.currentTimeMillis() - stopCall);
    }

    /**
     * Wall-clock rates, and the process CPU seconds the whole call used (client and server are
     * both in this JVM): on a shared machine the CPU figure is the steadier one.
     */
    private static void report(String what, LoadReport report, long cpuNanos) {
        System.out.printf(Locale.ROOT, "%-40s %7d nodes %8.0f nodes/s   %7d rels %8.0f rels/s   (%.1f s wall, %.1f s CPU)%n", what,
                report.nodes(), report.nodesPerSecond(), report.relationships(), report.relationshipsPerSecond(),
                report.elapsed().toMillis() / 1000.0, cpuNanos / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
