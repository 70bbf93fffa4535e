package org.genaikg.api.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.genaikg.api.GraphApiApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Side by side: our {@code /sparql} and an in-process Fuseki 5.6 over the same TDB2 dataset, the
 * same query mix, the same client (Jena's {@code QueryExecHTTP}, SPARQL JSON results read in full),
 * 4 client threads, in one run. Then {@code /api/search} and {@code /api/graph} under 8 clients.
 * Not a unit test: run it by hand (see graph-api/API-NOTES.md).
 *
 * <p>Arguments: {@code models} (default 35000, about 1M quads), {@code seconds} per measurement (default 10).
 */
public final class SparqlBench {
    static final String PREFIXES = """
            PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Labels containing a text, case-insensitively: a scan over every label. */
    static final String LABEL_CONTAINS = PREFIXES + """
            SELECT ?node ?label WHERE { ?node rdfs:label ?label FILTER(CONTAINS(LCASE(?label), "%s")) } LIMIT 50
            """;

    /** Everything one hop from a model, both directions, with the other end's label. */
    static final String ONE_HOP = PREFIXES + """
            SELECT ?p ?other ?label WHERE {
              { <%1$s> ?p ?other } UNION { ?other ?p <%1$s> }
              OPTIONAL { ?other rdfs:label ?label }
            }
            """;

    /** Instances per class. */
    static final String COUNT_BY_TYPE = """
            SELECT ?type (COUNT(?node) AS ?count) WHERE { ?node a ?type } GROUP BY ?type
            """;

    record Result(String target, String workload, long queries, double seconds, long[] latenciesNanos) {
        Result merge(Result other) {
            long[] both = Arrays.copyOf(latenciesNanos, latenciesNanos.length + other.latenciesNanos.length);
            System.arraycopy(other.latenciesNanos, 0, both, latenciesNanos.length, other.latenciesNanos.length);
            return new Result(target, workload, queries + other.queries, seconds + other.seconds, both);
        }

        double throughput() {
            return queries / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1);
            return sorted.length == 0 ? 0 : sorted[Math.max(0, index)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 35_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("kg-bench");
        Dataset dataset = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        long start = System.nanoTime();
        long quads = Txn.calculateWrite(dataset, () -> SyntheticKnowledgeBase.write(dataset.asDatasetGraph(), models, 42));
        System.out.printf(Locale.ROOT, "loaded %,d quads (%,d models) in %.1f s%n", quads, models, (System.nanoTime() - start) / 1e9);

        long appStart = System.nanoTime();
        ConfigurableApplicationContext app = GraphApiApplication.run(dataset, Files.createDirectories(dir.resolve("docs")),
                "--server.port=0", "--logging.level.root=WARN", "--kg.query-row-cap=1000000");
        String ours = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        double appSeconds = (System.nanoTime() - appStart) / 1e9;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).verbose(false).add("/ds", dataset).build().start();
        String theirs = "http://localhost:" + fuseki.getHttpPort() + "/ds/query";
        System.out.printf(Locale.ROOT, "graph API up in %.1f s (index included) at %s; Fuseki at %s%n", appSeconds, ours, theirs);

        IntFunction<String> labelContains = i -> LABEL_CONTAINS.formatted("model " + (i % models));
        IntFunction<String> oneHop = i -> ONE_HOP.formatted(SyntheticKnowledgeBase.model(i % models).getURI());
        IntFunction<String> countByType = i -> COUNT_BY_TYPE;
        IntFunction<String> mix = i -> switch (i % 3) {
            case 0 -> labelContains.apply(i / 3);
            case 1 -> oneHop.apply(i / 3);
            default -> countByType.apply(i);
        };

        for (IntFunction<String> query : List.of(labelContains, oneHop, countByType)) {
            long ourRows = rows(ours + "/sparql", query.apply(12));
            long theirRows = rows(theirs, query.apply(12));
            System.out.printf(Locale.ROOT, "same answer check: %d rows from /sparql, %d from Fuseki%n", ourRows, theirRows);
            if (ourRows != theirRows || ourRows == 0) {
                throw new IllegalStateException("the two endpoints disagree on " + query.apply(12));
            }
        }

        List<Result> results = new ArrayList<>();
        for (String[] target : new String[][] {{"graph API /sparql", ours + "/sparql"}, {"Fuseki 5.6", theirs}}) {
            sparql(target[0], target[1], "warm-up", mix, 4, Math.max(3, seconds / 2));
        }
        String[] workloads = {"label contains", "one-hop neighbourhood", "count by type", "mix (1:1:1)"};
        List<IntFunction<String>> queries = List.of(labelContains, oneHop, countByType, mix);
        for (int w = 0; w < workloads.length; w++) {
            // A B B A, each half the time, so that neither side always runs first or last
            int half = Math.max(1, seconds / 2);
            Result a1 = sparql("graph API /sparql", ours + "/sparql", workloads[w], queries.get(w), 4, half);
            Result b1 = sparql("Fuseki 5.6", theirs, workloads[w], queries.get(w), 4, half);
            Result b2 = sparql("Fuseki 5.6", theirs, workloads[w], queries.get(w), 4, half);
            Result a2 = sparql("graph API /sparql", ours + "/sparql", workloads[w], queries.get(w), 4, half);
            results.add(a1.merge(a2));
            results.add(b1.merge(b2));
        }
        results.add(http("graph API", ours, "/api/search", i -> "/api/search?q=" + enc("model " + (i % models)), 8, seconds));
        results.add(http("graph API", ours, "/api/graph (focus, depth 1)",
                i -> "/api/graph?focus=model/model-" + (i % models), 8, seconds));
        results.add(http("graph API", ours, "/api/graph (whole, limit 500)", i -> "/api/graph?limit=500", 8, seconds));

        System.out.println();
        System.out.println("| target | workload | clients | queries | throughput (q/s) | p50 (ms) | p99 (ms) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %,d | %.1f | %.2f | %.2f |%n", r.target(), r.workload(),
                    r.target().equals("graph API") ? 8 : 4, r.queries(), r.throughput(), r.percentileMillis(50),
                    r.percentileMillis(99));
        }
        fuseki.stop();
        app.close();
        dataset.close();
        System.exit(0);
    }

    static Result sparql(String target, String endpoint, String workload, IntFunction<String> query, int clients, int seconds)
            throws Exception {
        return run(target, workload, clients, seconds, i -> {
            try (QueryExecHTTP execution = QueryExecHTTP.service(endpoint).query(query.apply(i))
                    .acceptHeader("application/sparql-results+json").build()) {
                RowSet rows = execution.select();
                while (rows.hasNext()) {
                    rows.next();
                }
            }
        });
    }

    static long rows(String endpoint, String query) {
        try (QueryExecHTTP execution = QueryExecHTTP.service(endpoint).query(query)
                .acceptHeader("application/sparql-results+json").build()) {
            RowSet rows = execution.select();
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }

    static Result http(String target, String base, String workload, IntFunction<String> path, int clients, int seconds)
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return run(target, workload, clients, seconds, i -> {
            try {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path.apply(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path.apply(i) + " gave " + response.statusCode());
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface Call {
        void run(int i);
    }

    /** Runs {@code clients} threads calling for {@code seconds}, each call timed; bounded in time by construction. */
    static Result run(String target, String workload, int clients, int seconds, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    int i = ThreadLocalRandom.current().nextInt(1_000_000);
                    long t0 = System.nanoTime();
                    call.run(i);
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        Result result = new Result(target, workload, latencies.length, elapsed, latencies);
        System.out.printf(Locale.ROOT, "%-20s %-32s %8.1f q/s  p50 %7.2f ms  p99 %7.2f ms%n", target, workload,
                result.throughput(), result.percentileMillis(50), result.percentileMillis(99));
        return result;
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
