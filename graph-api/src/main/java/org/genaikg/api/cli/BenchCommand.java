package org.genaikg.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg bench}: flexmark parse-only against the full extraction, on the same corpus, in one run. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Times flexmark parse-only against the full extraction of the same Markdown files.",
            "Both phases use the same threads; prints files, MB, seconds, MB/s, the full/parse ratio and the peak heap of each.",
            "The .md files of DIR are first copied into a temporary folder (copy-1/, copy-2/, ... for --copies N),",
            "so both phases read exactly the same files; the folder is deleted afterwards."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:no Markdown file, or the extraction failed", "2:bad arguments"})
final class BenchCommand implements Callable<Integer> {
    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "DIR", converter = CliArguments.ExistingFolder.class,
            description = "The knowledge-base folder to measure on.")
    Path docs;

    @Option(names = "--copies", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Measure on an N-fold copy of the corpus (default: ${DEFAULT-VALUE}).")
    int copies = 1;

    @Option(names = "--rounds", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Measured rounds of each phase after one warm-up round; times are their mean (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--threads", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Threads for both phases (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        Path corpus = Files.createTempDirectory("kg-bench-");
        try {
            CorpusCopy.copy(docs, corpus, copies);
            List<Path> files = CorpusCopy.markdownFiles(corpus);
            if (files.isEmpty()) {
                spec.commandLine().getErr().println("kg bench: nothing to measure: no .md file under " + docs);
                return KgCommand.NOTHING_BUILT;
            }
            print(new Benchmark(corpus, files, threads).run(rounds));
            return 0;
        } finally {
            CorpusCopy.delete(corpus);
        }
    }

    private void print(Benchmark.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        double mb = result.bytes() / MB;
        out.printf(Locale.ROOT, "corpus      %d files, %.2f MB (%d %s of %s), %d threads%n", result.files(), mb,
                copies, copies == 1 ? "copy" : "copies", docs, result.threads());
        out.printf(Locale.ROOT, "rounds      1 warm-up + %d measured, mean seconds%n", result.rounds());
        phase(out, "parse-only", result.parseOnly(), mb);
        phase(out, "full", result.full(), mb);
        out.printf(Locale.ROOT, "ratio       %.2f (full / parse-only)%n", result.ratio());
        out.flush();
    }

    private static void phase(PrintWriter out, String name, Benchmark.Phase phase, double mb) {
        out.printf(Locale.ROOT, "%-11s %8.3f s %8.2f MB/s   peak heap %.0f MB%n",
                name, phase.seconds(), mb / phase.seconds(), phase.peakHeapBytes() / MB);
    }
}
