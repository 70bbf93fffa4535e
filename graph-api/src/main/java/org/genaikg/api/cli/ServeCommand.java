package org.genaikg.api.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.genaikg.api.startup.StartPhases;
import org.genaikg.api.serve.GraphServer;
import org.genaikg.api.serve.LocalPorts;
import org.genaikg.api.serve.ServeSettings;
import org.genaikg.history.HistoryBuild;
import org.genaikg.history.git.GitRepositoryException;
import org.genaikg.history.model.RevisionRange;
import org.genaikg.stores.neo4j.EmbeddedNeo4jOptions;
import org.genaikg.stores.sync.StoreSettings;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kg serve}: builds the graph into the stores and serves it (graph API, SPARQL, Cypher, the
 * explorer) until Ctrl-C. The first line on stdout is the address to open.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the graph of a knowledge base into TDB2 and Neo4j and serves it: the explorer, the REST API, "
                    + "/sparql and /api/cypher. Without --docs it serves the bundled example knowledge base.",
            "With --repo it serves a git repository's history instead: walked into the data folder as kg history walks it "
                    + "(not again when the folder holds it up to the same commit), with the explorer's time slider and "
                    + "growth chart; never rebuilt nor watched.",
            "Prints the address to open as its first line, then runs until Ctrl-C."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start", "2:bad arguments"})
final class ServeCommand implements Callable<Integer> {
    static final String ADMIN_TOKEN_VARIABLE = "KG_ADMIN_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "DIR", converter = CliArguments.ExistingFolder.class,
            description = "The knowledge-base folder to serve (default: the bundled example, copied into DATA/example-kb).")
    Path docs;

    @Option(names = "--repo", paramLabel = "DIR|BUNDLE",
            description = "Serve the history of this git repository (a work tree, a bare repository, or a bundle file) "
                    + "with the pages of its last commit; not with --docs or --watch.")
    Path repo;

    @Mixin
    RevisionRangeOptions revisions = new RevisionRangeOptions();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./kg-data",
            description = "Where the stores keep their files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = CliArguments.Port.class,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--watch", description = "Rebuild when pages change.")
    boolean watch;

    @Option(names = {"--host", "--bind"}, paramLabel = "ADDRESS", defaultValue = ServeSettings.LOOPBACK,
            converter = CliArguments.ListenAddress.class,
            description = "The address the HTTP server listens on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "0.0.0.0 opens it to the network: put it behind a proxy with authentication and TLS first (SECURITY.md).")
    String host;

    @Option(names = "--admin-token-file", paramLabel = "FILE", converter = CliArguments.SecretFile.class,
            description = "Turns on the writing endpoints (/api/admin/*) with the token on the file's first line, which they "
                    + "need as a bearer token (default: the environment variable " + ADMIN_TOKEN_VARIABLE
                    + "; neither: no writing endpoints).")
    CliArguments.Secret adminTokenFile;

    /** Refused: a token on the command line can be read by every local user (ps, /proc/PID/cmdline). */
    @Option(names = "--admin-token", paramLabel = "T", hidden = true)
    String adminTokenOnTheCommandLine;

    @Mixin
    StoreOptions stores = new StoreOptions();

    @Option(names = "--threads", paramLabel = "N", converter = CliArguments.PositiveInt.class,
            description = "Files extracted in parallel (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--query-timeout", paramLabel = "S", defaultValue = "30", converter = CliArguments.PositiveInt.class,
            description = "Seconds one SPARQL or Cypher query may run before it is stopped (default: ${DEFAULT-VALUE}).")
    int queryTimeoutSeconds;

    private ParameterException portTaken() {
        return new ParameterException(spec.commandLine(), "--port: " + port
                + " is in use by another program; choose another port with --port N (0 picks a free one)");
    }

    private static boolean causedByPortInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Integer call() {
        StartPhases phases = new StartPhases().jvmStarted();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (adminTokenOnTheCommandLine != null) {
            throw new ParameterException(spec.commandLine(), "--admin-token: the token is not taken on the command line, where "
                    + "every local user can read it; set " + ADMIN_TOKEN_VARIABLE + " or use --admin-token-file FILE");
        }
        if (adminTokenFile != null && adminTokenFile.readableByOthers()) {
            err.printf("kg serve: %s can be read by other users of this machine; chmod 600 it%n", adminTokenFile.file());
        }
        Optional<String> adminToken = Optional.ofNullable(adminTokenFile).map(CliArguments.Secret::value)
                .or(() -> Optional.ofNullable(System.getenv(ADMIN_TOKEN_VARIABLE)))
                .map(String::strip)
                .filter(t -> !t.isEmpty());
        if (repo != null && (docs != null || watch)) {
            throw new ParameterException(spec.commandLine(), (docs != null ? "--repo and --docs" : "--repo and --watch")
                    + " cannot be used together: --repo serves the pages of the repository's last commit, and is never rebuilt");
        }
        if (repo == null && (revisions.since != null || revisions.until != null || revisions.branch != null)) {
            throw new ParameterException(spec.commandLine(), "--since, --until and --branch choose the commits of --repo; give --repo DIR|BUNDLE");
        }
        RevisionRange range = repo == null ? null : revisions.range(spec);
        StoreSettings storeSettings = stores.settings(EmbeddedNeo4jOptions.DEFAULT_BOLT_PORT);
        // with --repo, the last commit's pages, which the walk writes out
        Optional<Path> served = repo == null ? Optional.ofNullable(docs) : Optional.of(HistoryBuild.checkout(data.toAbsolutePath().normalize()));
        ServeSettings settings;
        try {
            settings = new ServeSettings(served, data, host, port, storeSettings, watch,
                    adminToken, threads, Duration.ofSeconds(queryTimeoutSeconds), repo != null);
        } catch (IllegalArgumentException refused) {
            // the one store ServeSettings refuses is a SPARQL store of the user's: --sparql-endpoint here
            throw new ParameterException(spec.commandLine(), "--sparql-endpoint: " + refused.getMessage());
        }
        if (port != 0 && !LocalPorts.isFree(settings.hostAddress(), port)) {
            throw portTaken();
        }
        if (repo != null) {
            try {
                ServedHistory.prepare(settings.dataDir().toAbsolutePath().normalize(), repo, range,
                        stores.settings(StoreOptions.ANY_FREE_PORT), threads, err);
            } catch (GitRepositoryException | HistoryBuild.NothingToWalk e) {
                err.println("kg serve: " + e.getMessage());
                return KgCommand.NOTHING_BUILT;
            }
        }
        GraphServer server;
        try {
            server = GraphServer.start(settings, phases);
        } catch (RuntimeException e) {
            if (causedByPortInUse(e)) {
                throw portTaken(); // taken between the check and the start
            }
            throw e;
        }
        Thread stopOnExit = new Thread(server::close, "kg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        boolean interrupted = false;
        try {
            out.println(server.url());
            out.flush();
            err.printf(Locale.ROOT, "kg serve: %s served from %s, Neo4j at %s%s, ready in %.1f s since the JVM started (%s)%s; "
                            + "Ctrl-C stops%n",
                    server.docs(), data.toAbsolutePath().normalize(), server.boltUri(),
                    server.boltLogin().map(l -> " (user " + l.user() + ", password in " + l.file() + ")").orElse(""),
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                    server.startTimes(), repo != null ? ", the history of " + repo + ", never rebuilt" : watch ? ", watching for changes" : "");
            if (!settings.hostAddress().isLoopbackAddress()) {
                err.printf("kg serve: listening on %s, not only on this machine: anyone who reaches it can read the graph "
                        + "and run queries; put it behind a proxy with authentication and TLS (SECURITY.md)%n", host);
            }
            err.flush();
            server.awaitStop();
        } catch (InterruptedException e) {
            // stopped from inside the JVM (a test, an embedding program): the same clean stop as Ctrl-C
            interrupted = true;
        } finally {
            // with the interrupt flag clear, or the stores' shutdown waits would give up at once
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (server.failure().isPresent()) {
            throw server.failure().get() instanceof RuntimeException e ? e : new IllegalStateException(server.failure().get());
        }
        return 0;
    }
}
