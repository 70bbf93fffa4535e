package org.genaikg.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.genaikg.api.publish.StaticSite;
import org.genaikg.api.publish.StaticSite.SiteGraphSummary;
import org.genaikg.api.publish.StaticSite.Written;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.GraphHistory;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.extractor.source.PageSource;
import org.genaikg.history.HistoryBuild;
import org.genaikg.history.git.GitRepositoryException;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.history.walk.WalkListener;
import org.genaikg.ontology.NodeKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code kg publish}: extracts a knowledge base (no stores) and writes its explorer as a static
 * site, and or the graph in the shape a site draws its own graph from.
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts DIR (no stores, no server) and writes a static site into --out: the explorer of kg serve reading "
                    + "prebuilt files (the whole graph at the server's positions, a search index, one JSON per node, the report), "
                    + "the RDF dumps in every format with the ontology and the SHACL shapes, the pages, and related/PAGE.json per page. "
                    + "Serve the folder from any static host, under any path.",
            "--site-graph FILE writes {generated, nodes: [{id, name, type, weight}], edges: [{source, target, type}]} for a site "
                    + "that draws its own graph."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was written", "1:nothing could be built", "2:bad arguments"})
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", converter = CliArguments.ExistingFolder.class,
            description = "The knowledge-base folder to publish (below DIR/docs when DIR holds an mkdocs.yml).")
    Path docs;

    @Option(names = "--repo", paramLabel = "DIR|BUNDLE",
            description = "Instead of --docs, a git repository of the knowledge base (a work tree, a bare repository, or a bundle file): "
                    + "its commits are walked as kg history walks them, and the last one is published with its history (the time "
                    + "slider, when each node appeared, growth per month).")
    Path repo;

    @Mixin
    RevisionRangeOptions revisions = new RevisionRangeOptions();

    @Mixin
    PageSelection selection = new PageSelection();

    @Option(names = "--out", paramLabel = "DIR",
            description = "The site's folder: new, empty, or a site kg publish wrote before (its data is replaced).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the site will be served (https://example.org/kb/graph/): the related files link each node to "
                    + "its view in the explorer there.")
    String baseUrl;

    @Option(names = "--source-url", paramLabel = "URL",
            description = "Where provenance links lead: a prefix to which PATH#LLINE is added "
                    + "(https://github.com/ORG/REPO/blob/main/docs/), or a template with {path}, {page} (the path without .md) "
                    + "and {line} (https://example.org/kb/{page}/). Without it, to the page's copy in the site.")
    String sourceUrl;

    @Option(names = "--site-graph", paramLabel = "FILE",
            description = "Also (or only) write the graph for a site that draws its own, as JSON.")
    Path siteGraph;

    @Option(names = "--site-graph-types", paramLabel = "CLASSES", split = ",", converter = NodeKindName.class,
            description = "The classes of --site-graph's nodes (default: Model,Paper,Concept,Modality).")
    List<NodeKind> siteGraphTypes;

    @Option(names = "--site-graph-limit", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "At most N nodes in --site-graph, the most related kept (default: ${DEFAULT-VALUE}).")
    int siteGraphLimit = StaticSite.SITE_GRAPH_LIMIT;

    @Option(names = "--threads", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Files extracted and written in parallel (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** A class by its local name, any case: {@code Model}, {@code concept}. */
    static final class NodeKindName implements ITypeConverter<NodeKind> {
        @Override
        public NodeKind convert(String value) {
            return Arrays.stream(NodeKind.values())
                    .filter(k -> k.localName().equalsIgnoreCase(value.strip()))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown class '" + value + "'; use one of "
                            + Arrays.stream(NodeKind.values()).map(NodeKind::localName).toList()));
        }
    }

    @Override
    public Integer call() {
        if ((docs == null) == (repo == null)) {
            throw new ParameterException(spec.commandLine(), "give the pages to publish: --docs DIR, or --repo DIR|BUNDLE with its history");
        }
        if (out == null && siteGraph == null) {
            throw new ParameterException(spec.commandLine(), "give --out DIR (the site), --site-graph FILE, or both");
        }
        if (out != null) {
            try {
                StaticSite.checkOutput(out);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
            }
        }
        return repo != null ? publishHistory() : publishFolder();
    }

    private int publishFolder() {
        long start = System.nanoTime();
        ProgressListener progress = quiet ? ProgressListener.NONE : ConsoleProgress.onTerminal(spec.commandLine().getErr());
        FolderPages pages = selection.pages(docs);
        if (!quiet) {
            spec.commandLine().getOut().print(BuildSummary.layout(pages));
        }
        KnowledgeGraph graph = new Extractor(selection.options(threads)).extract(pages, progress, PageCache.NONE);
        return publish(graph, Optional.empty(), pages, start);
    }

    /** Walks the repository in a throwaway data folder (its page cache and patches), then publishes its last commit with the history. */
    private int publishHistory() {
        long start = System.nanoTime();
        RevisionRange range = revisions.range(spec);
        PrintWriter err = spec.commandLine().getErr();
        WalkListener progress = quiet ? WalkListener.NONE : new HistoryCommand.HistoryProgress(err);
        Path walkData;
        try {
            walkData = Files.createTempDirectory("kg-publish-walk-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new HistoryBuild(walkData, selection.options(threads)).walk(repo, range, progress,
                    (walked, pages) -> publish(walked.last(), Optional.of(walked.history()), pages, start));
        } catch (GitRepositoryException | HistoryBuild.NothingToWalk e) {
            err.println("kg publish: " + e.getMessage());
            return KgCommand.NOTHING_BUILT;
        } finally {
            try {
                CorpusCopy.delete(walkData);
            } catch (IOException e) {
                err.println("kg publish: could not delete the walk's scratch folder " + walkData + ": " + e.getMessage());
            }
        }
    }

    private int publish(KnowledgeGraph graph, Optional<GraphHistory> history, PageSource pages, long start) {
        double extracted = (System.nanoTime() - start) / 1e9;
        String what = docs != null ? "no Markdown page under " + docs : "no Markdown page in the last commit of " + repo;
        if (graph.documents() == 0) {
            spec.commandLine().getErr().println("kg publish: nothing to publish: " + what + " could be extracted");
            return KgCommand.NOTHING_BUILT;
        }
        String generated = generated();
        StringBuilder summary = new StringBuilder();
        if (out != null) {
            Written site = StaticSite.write(graph, history, pages, out, new StaticSite.Settings(baseUrl, sourceUrl, generated, threads));
            summary.append(String.format(Locale.ROOT, "site: %s%n", out.resolve("index.html").toAbsolutePath().normalize()));
            history.ifPresent(h -> summary.append(String.format(Locale.ROOT, "  with the history of %d commits%n", h.revisions().size())));
            summary.append(String.format(Locale.ROOT, "  extracted %d pages in %.1f s%n", graph.documents(), extracted));
            summary.append(String.format(Locale.ROOT, "  %d pages, %d nodes; %d files, %.1f MB (explorer %.2f MB, data %.1f MB)%n",
                    site.pages(), site.nodes(), site.files(), site.bytes() / 1e6, site.explorerBytes() / 1e6, site.dataBytes() / 1e6));
            summary.append("  seconds: ").append(site.millis().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1e3))
                    .collect(java.util.stream.Collectors.joining(", "))).append(System.lineSeparator());
        }
        if (siteGraph != null) {
            Set<NodeKind> kinds = siteGraphTypes == null || siteGraphTypes.isEmpty()
                    ? StaticSite.SITE_GRAPH_KINDS : EnumSet.copyOf(siteGraphTypes);
            SiteGraphSummary written = StaticSite.writeSiteGraph(graph, kinds, siteGraphLimit, generated, siteGraph);
            summary.append(String.format(Locale.ROOT, "site graph: %s (%d nodes, %d edges)%n", siteGraph, written.nodes(), written.edges()));
        }
        if (!quiet) {
            String report = docs != null ? "kg report --docs " + docs + " lists them" : "kg report on a checkout lists them";
            summary.append(String.format(Locale.ROOT, "%d problems (%s); %.1f s%n",
                    graph.problems().size(), report, (System.nanoTime() - start) / 1e9));
            spec.commandLine().getOut().print(summary);
        }
        return 0;
    }

    /** Now, or {@code SOURCE_DATE_EPOCH} (seconds) when set, so that a build can be reproduced byte for byte. */
    static String generated() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant when = epoch != null && epoch.strip().matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch.strip())) : Instant.now();
        return when.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
