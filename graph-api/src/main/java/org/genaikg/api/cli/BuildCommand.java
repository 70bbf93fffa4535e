package org.genaikg.api.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.rdf.RdfDumpWriter;
import org.genaikg.extractor.rdf.RdfFormat;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.pipeline.BuildPipeline;
import org.genaikg.pipeline.BuildReport;
import org.genaikg.stores.sync.KnowledgeBaseStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg build}: extracts a folder of Markdown pages and writes the graph as an RDF dump. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts every .md file of the pages folder of DIR (the docs of a kg.yaml, the docs_dir of an mkdocs.yml, a docs/ folder, "
                    + "else DIR itself), but for hidden ones and those --exclude or kg.yaml leave out,",
            "and writes the graph to FILE (--out),",
            "to the stores of a data folder (--data: TDB2 and Neo4j, or the servers given), or both.",
            "The format follows the extension: .ttl Turtle, .nt N-Triples (sorted), .nq N-Quads (sorted, a named graph per document), "
                    + ".trig TriG (a named graph per document), .jsonld JSON-LD, .rdf RDF/XML.",
            "Prints a summary: documents, nodes per class, edges per relation, problems, seconds."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph was written", "1:nothing could be built", "2:bad arguments"})
final class BuildCommand implements Callable<Integer> {
    static final int PROBLEMS_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "DIR", converter = CliArguments.ExistingFolder.class,
            description = "The knowledge-base folder to extract.")
    Path docs;

    @Option(names = "--out", paramLabel = "FILE", converter = CliArguments.RdfOutputFile.class,
            description = "The dump to write; its extension names the format (.ttl, .nt, .nq, .trig, .jsonld, .rdf).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Load the graph into the stores of this data folder (TDB2 in DIR/tdb2, embedded Neo4j in DIR/neo4j), "
                    + "incrementally: only changed pages are extracted again, only changed documents written.")
    Path data;

    @Mixin
    PageSelection selection = new PageSelection();

    @Mixin
    StoreOptions stores = new StoreOptions();

    @Option(names = "--threads", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Files extracted in parallel (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary; errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "List every problem in the summary, not only the first " + PROBLEMS_SHOWN + ".")
    boolean verbose;

    @Override
    public Integer call() {
        if (out == null && data == null) {
            throw new ParameterException(spec.commandLine(), "give --out FILE (a dump), --data DIR (the stores), or both");
        }
        long start = System.nanoTime();
        ProgressListener progress = quiet ? ProgressListener.NONE : ConsoleProgress.onTerminal(spec.commandLine().getErr());
        ExtractionOptions options = selection.options(threads);
        FolderPages pages = selection.pages(docs);
        if (!quiet) {
            spec.commandLine().getOut().print(BuildSummary.layout(pages));
        }
        if (data != null) {
            return buildStores(pages, options, progress, start);
        }
        KnowledgeGraph graph = new Extractor(options).extract(pages, progress, PageCache.NONE);
        BuildSummary summary = new BuildSummary(graph, verbose ? Integer.MAX_VALUE : PROBLEMS_SHOWN);
        if (graph.documents() == 0) {
            spec.commandLine().getErr().print("kg build: nothing to build: no Markdown page under " + docs
                    + " could be extracted\n" + summary.problems());
            return KgCommand.NOTHING_BUILT;
        }
        RdfFormat format = RdfDumpWriter.write(graph, out);
        if (!quiet) {
            spec.commandLine().getOut().print(summary.render(out, format, (System.nanoTime() - start) / 1e9));
        }
        return 0;
    }

    private int buildStores(FolderPages pages, ExtractionOptions options, ProgressListener progress, long start) {
        try (KnowledgeBaseStores kb = KnowledgeBaseStores.open(data, stores.settings(StoreOptions.ANY_FREE_PORT))) {
            BuildReport report = new BuildPipeline(data, options).update(pages, kb, progress);
            BuildSummary summary = new BuildSummary(report.graph(), verbose ? Integer.MAX_VALUE : PROBLEMS_SHOWN);
            if (report.nothingBuilt()) {
                spec.commandLine().getErr().print("kg build: nothing to build: no Markdown page under " + docs
                        + " could be extracted; the stores were left as they were\n" + summary.problems());
                return KgCommand.NOTHING_BUILT;
            }
            RdfFormat format = out == null ? null : RdfDumpWriter.write(report.graph(), out);
            if (!quiet) {
                spec.commandLine().getOut().print(summary.renderStores(report, data, out, format, (System.nanoTime() - start) / 1e9));
            }
            return 0;
        }
    }
}
