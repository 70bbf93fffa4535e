package org.genaikg.api.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.genaikg.api.cli.StartBenchmark.KnowledgeBase;
import org.genaikg.api.cli.StartBenchmark.Launcher;
import org.genaikg.api.cli.StartBenchmark.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code kg bench-start}: how long {@code kg serve} takes to answer with the graph, cold and on a
 * restart, for one or more ways of launching it side by side in one run.
 */
@Command(
        name = "bench-start",
        mixinStandardHelpOptions = true,
        description = {
            "Times kg serve from the launch of its process to the first /api/stats with the graph in: a cold start on an "
                    + "empty data folder, then a restart with nothing changed; also the first HTTP answer, the finished "
                    + "build, the first Cypher answer, the address line and the stop.",
            "Each launcher (--launcher NAME=COMMAND, e.g. before='java -jar old.jar') is run on each knowledge base in "
                    + "turn, round after round, so that they are compared side by side under the same load.",
            "Prints one line per start, the server's own phases when it reports them, and the means with their ratios to "
                    + "the first launcher."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:a start failed or timed out", "2:bad arguments"})
final class StartBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", converter = CliArguments.ExistingFolder.class,
            description = "A knowledge base to serve (repeatable), beside the bundled example.")
    List<Path> docs = new ArrayList<>();

    @Option(names = "--example", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Serve the bundled example too (default: ${DEFAULT-VALUE}).")
    boolean example;

    @Option(names = "--launcher", paramLabel = "NAME=COMMAND", converter = LauncherArgument.class,
            description = "How to start kg (repeatable), the command before 'serve' split on spaces "
                    + "(default: this kg: $KG_LAUNCHER, which ./kg sets, else java -jar this jar).")
    List<Launcher> launchers = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Cold start and restart this many times per launcher and knowledge base (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    @Option(names = "--timeout", paramLabel = "S", converter = CliArguments.PositiveInt.class,
            description = "Seconds one start may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 900;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<KnowledgeBase> kbs = knowledgeBases();
        List<Launcher> chosen = launchers.isEmpty() ? List.of(thisKg()) : launchers;
        Path scratch = Files.createTempDirectory("kg-bench-start-");
        StartBenchmark benchmark = new StartBenchmark(Path.of("").toAbsolutePath(), environment -> {},
                Duration.ofSeconds(timeoutSeconds));
        out.printf(Locale.ROOT, "kg bench-start: %d knowledge base(s) x %d launcher(s) x %d round(s), %d processors, Java %s%n",
                kbs.size(), chosen.size(), rounds, Runtime.getRuntime().availableProcessors(), Runtime.version());
        chosen.forEach(l -> out.printf("launcher %s: %s%n", l.name(), String.join(" ", l.command())));
        out.printf("%-14s %-10s %-8s %6s %7s %7s %7s %7s %6s %-7s %5s%n",
                "kb", "launcher", "start", "http", "graph", "built", "cypher", "address", "stop", "correct", "load");
        out.flush();
        List<Run> runs = new ArrayList<>();
        try {
            int folder = 0;
            for (int round = 1; round <= rounds; round++) {
                for (KnowledgeBase kb : kbs) {
                    for (Launcher launcher : chosen) {
                        for (Run run : benchmark.coldThenRestart(kb, launcher, scratch.resolve("data-" + ++folder))) {
                            runs.add(run);
                            print(out, run);
                        }
                    }
                }
            }
        } catch (IllegalStateException failed) {
            spec.commandLine().getErr().println("kg bench-start: " + failed.getMessage());
            return KgCommand.NOTHING_BUILT;
        } finally {
            CorpusCopy.delete(scratch);
        }
        printMeans(out, runs, chosen);
        return 0;
    }

    private List<KnowledgeBase> knowledgeBases() {
        List<KnowledgeBase> kbs = new ArrayList<>();
        if (example) {
            kbs.add(new KnowledgeBase("example", Optional.empty()));
        }
        docs.forEach(dir -> kbs.add(new KnowledgeBase(dir.toAbsolutePath().normalize().getFileName().toString(),
                Optional.of(dir.toAbsolutePath()))));
        return kbs;
    }

    private static void print(PrintWriter out, Run run) {
        out.printf(Locale.ROOT, "%-14s %-10s %-8s %6s %7s %7s %7s %7s %6.1f %-7s %5.1f%n", run.kb().name(), run.launcher().name(),
                run.start(), seconds(run.http()), seconds(run.graph()), seconds(run.built()), seconds(run.cypher()),
                seconds(run.address()), run.stop(), run.correct() ? "yes" : "NO", run.loadBefore());
        if (!run.readyLine().isEmpty()) {
            out.println("    " + run.readyLine());
        }
        if (run.phases() != null) {
            out.println("    phases: " + run.phases());
        }
        out.flush();
    }

    private static void printMeans(PrintWriter out, List<Run> runs, List<Launcher> launchers) {
        out.println("means, seconds from launch to the first /api/stats with the graph (ratio to " + launchers.get(0).name() + "):");
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        runs.forEach(run -> groups.computeIfAbsent(run.kb().name() + " " + run.start(), k -> new ArrayList<>()).add(run));
        groups.forEach((group, inGroup) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", group));
            OptionalDouble base = mean(inGroup, launchers.get(0), Run::graph);
            for (Launcher launcher : launchers) {
                OptionalDouble mean = mean(inGroup, launcher, Run::graph);
                line.append(String.format(Locale.ROOT, "  %s %.1f", launcher.name(), mean.orElse(Double.NaN)));
                if (launcher != launchers.get(0) && base.isPresent() && mean.isPresent()) {
                    line.append(String.format(Locale.ROOT, " (%.2f)", mean.getAsDouble() / base.getAsDouble()));
                }
            }
            out.println(line);
        });
        out.flush();
    }

    private static OptionalDouble mean(List<Run> runs, Launcher launcher, ToDoubleFunction<Run> value) {
        return runs.stream().filter(run -> run.launcher().equals(launcher)).mapToDouble(value).average();
    }

    private static String seconds(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code NAME=COMMAND}, or a bare command named after its last word. */
    static final class LauncherArgument implements ITypeConverter<Launcher> {
        @Override
        public Launcher convert(String value) {
            int equals = value.indexOf('=');
            String command = equals < 0 ? value : value.substring(equals + 1);
            List<String> words = Arrays.stream(command.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                throw new TypeConversionException("no command in '" + value + "'");
            }
            String name = equals < 0 ? Path.of(words.get(words.size() - 1)).getFileName().toString() : value.substring(0, equals);
            return new Launcher(name, words);
        }
    }

    /** The kg running this command: the {@code ./kg} script that started it, else its own jar or class path. */
    private static Launcher thisKg() {
        String script = System.getenv("KG_LAUNCHER");
        if (script != null && !script.isBlank()) {
            return new Launcher("kg", List.of(script));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Objects.requireNonNull(System.getProperty("java.class.path"));
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                ? new Launcher("kg", List.of(java, "-jar", classPath))
                : new Launcher("kg", List.of(java, "-cp", classPath, KgCommand.class.getName()));
    }
}
