package org.genaikg.api.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.genaikg.api.explore.WholeGraph;
import org.genaikg.api.index.GraphSnapshot;
import org.genaikg.api.report.KnowledgeBaseReport;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Node;
import org.genaikg.extractor.source.PageSource;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kg publish}: a knowledge base's graph as a self-contained static site: the explorer of
 * {@code kg serve} reading prebuilt files instead of the API (its data under {@code data/},
 * {@link StaticPaths}), the RDF dumps in every format with the ontology and the shapes, the pages
 * the provenance points at, and one "related" file per page. An orchestration of what the graph API
 * already computes (snapshot, whole-graph layout, report, node details); it writes no store.
 */
public final class StaticSite {
    /** A folder holding this file was written by {@code kg publish}, which may write it again. */
    static final String MARKER = StaticPaths.SITE;

    /**
     * @param baseUrl where the site will be served (deep links to nodes in the related files), or null
     * @param sourceUrl the page on the knowledge base's site or repository for provenance links: a prefix to
     *     which {@code path#Lline} is added, or a template with {@code {path}}, {@code {page}}, {@code {line}}; or null
     * @param generated when, ISO-8601
     * @param threads node files written in parallel
     */
    public record Settings(String baseUrl, String sourceUrl, String generated, int threads) {}

    /**
     * What the explorer reads first: counts as {@code /api/stats} gives them, the site's settings, and
     * whether it holds a history ({@code --repo}: the files under {@link StaticPaths#HISTORY}).
     */
    record SiteFile(String generated, String generator, String baseUrl, String sourceUrl, boolean history, Stats stats) {}

    record Stats(long documents, Map<String, Long> classes, Map<String, Long> relations, Object lastBuild) {}

    /**
     * What was written: files and bytes in all, nodes, pages, the explorer's own share, and the
     * milliseconds each part took, in order.
     */
    public record Written(long files, long bytes, int nodes, int pages, long explorerBytes, long dataBytes,
                          Map<String, Long> millis) {}

    private StaticSite() {}

    /** {@code out} must be new, empty, or a site written before (whose data and related files are replaced). */
    public static void checkOutput(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(out.resolve(MARKER))) {
                throw new IllegalArgumentException(out + " is neither empty nor a site kg publish wrote; give a new or empty folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the site of {@code graph}, whose pages {@code pages} gives, into {@code out}. */
    public static Written write(KnowledgeGraph graph, PageSource pages, Path out, Settings settings) {
        return write(graph, Optional.empty(), pages, out, settings);
    }

    /**
     * Writes the site of {@code graph}, the last commit of {@code history} when there is one (then with
     * the history's files: the time slider and when each node appeared), into {@code out}.
     */
    public static Written write(KnowledgeGraph graph, Optional<GraphHistory> history, PageSource pages, Path out, Settings settings) {
        checkOutput(out);
        try {
            deleteTree(out.resolve(StaticPaths.DATA));
            deleteTree(out.resolve(StaticPaths.RELATED));
            Files.createDirectories(out);
            ObjectWriter json = JsonMapper.builder().build().writer();
            Timer timer = new Timer();
            ExplorerFiles.copy(out);
            Files.writeString(out.resolve(".nojekyll"), "");
            timer.lap("explorer");

            GraphSnapshot snapshot = GraphSnapshot.of(graph);
            WholeGraph whole = WholeGraph.of(snapshot);
            timer.lap("layout");
            write(json, out, StaticPaths.GRAPH, ExplorerData.graph(snapshot, whole, settings.generated()));
            write(json, out, StaticPaths.SEARCH, ExplorerData.search(snapshot));
            write(json, out, StaticPaths.REPORT, KnowledgeBaseReport.of(snapshot));
            timer.lap("graph, search, report");
            int nodes = NodeFiles.write(graph, snapshot, out, json, settings.threads());
            timer.lap("nodes");
            int copied = copyPages(graph, pages, out);
            RdfFiles.write(graph, out);
            timer.lap("rdf");
            PageLinks links = new PageLinks(settings.baseUrl(), settings.sourceUrl());
            RelatedPages.of(graph, links, settings.generated())
                    .forEach((path, related) -> write(json, out, StaticPaths.related(path), related));
            timer.lap("related");
            if (history.isPresent()) {
                HistoryFiles.write(history.get(), out, json, settings.threads());
                timer.lap("history");
            }
            // last: its presence says the folder holds a whole site
            write(json, out, StaticPaths.SITE, new SiteFile(settings.generated(), "genai-kg kg publish", settings.baseUrl(),
                    settings.sourceUrl(), history.isPresent(), stats(graph)));
            return written(out, nodes, copied, timer.laps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graph for a site that draws its own ({@link SiteGraph}), as JSON into {@code file}. */
    public static SiteGraphSummary writeSiteGraph(KnowledgeGraph graph, Set<NodeKind> kinds, int limit, String generated,
            Path file) {
        SiteGraph site = SiteGraph.of(graph, kinds, limit, generated);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteGraphSummary(site.nodes().size(), site.edges().size());
    }

    /** What the site graph holds. */
    public record SiteGraphSummary(int nodes, int edges) {}

    /** The classes of the site graph's nodes when none are chosen. */
    public static final Set<NodeKind> SITE_GRAPH_KINDS = SiteGraph.DEFAULT_KINDS;

    /** The most nodes of the site graph when no cap is given. */
    public static final int SITE_GRAPH_LIMIT = SiteGraph.DEFAULT_LIMIT;

    private static Stats stats(KnowledgeGraph graph) {
        Map<String, Long> classes = new LinkedHashMap<>();
        Map<NodeKind, Long> perKind = graph.nodesPerKind();
        for (NodeKind kind : NodeKind.values()) {
            classes.put(kind.localName(), perKind.getOrDefault(kind, 0L));
        }
        Map<String, Long> relations = new LinkedHashMap<>();
        Map<Relation, Long> perRelation = graph.edgesPerRelation();
        for (Relation relation : Relation.values()) {
            relations.put(relation.localName(), perRelation.getOrDefault(relation, 0L));
        }
        return new Stats(classes.get(NodeKind.DOCUMENT.localName()), classes, relations, null);
    }

    /** Writes each extracted page under data/pages/, as the source gives it, for the panel's source lines. */
    private static int copyPages(KnowledgeGraph graph, PageSource pages, Path out) throws IOException {
        int copied = 0;
        for (Node node : graph.nodes()) {
            String path = node.kind() == NodeKind.DOCUMENT ? node.attribute(Attribute.SOURCE_PATH) : null;
            if (path != null) {
                Path target = out.resolve(StaticPaths.page(path));
                Files.createDirectories(target.getParent());
                Files.writeString(target, pages.read(path, ExtractionOptions.DEFAULT_MAX_FILE_BYTES).text());
                copied++;
            }
        }
        return copied;
    }

    static void write(ObjectWriter json, Path out, String relative, Object value) {
        try {
            Path file = out.resolve(relative);
            Files.createDirectories(file.getParent());
            json.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds between laps, by what was done. */
    private static final class Timer {
        final Map<String, Long> laps = new LinkedHashMap<>();
        long last = System.nanoTime();

        void lap(String what) {
            long now = System.nanoTime();
            laps.put(what, (now - last) / 1_000_000);
            last = now;
        }
    }

    private static Written written(Path out, int nodes, int pages, Map<String, Long> millis) throws IOException {
        long[] all = new long[2];
        long[] data = new long[1];
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                long size = file.toFile().length();
                all[0]++;
                all[1] += size;
                if (out.relativize(file).startsWith("data") || out.relativize(file).startsWith("related")) {
                    data[0] += size;
                }
            });
        }
        return new Written(all[0], all[1], nodes, pages, all[1] - data[0], data[0], millis);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
