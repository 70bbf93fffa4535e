package org.genaikg.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.genaikg.api.ApiClient;
import org.genaikg.stores.neo4j.BoltCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code kg serve} run in-process on free ports with the bundled example knowledge base, an admin
 * token and {@code --watch}: its first line is the URL, which answers; the admin endpoints need the
 * token; a changed page is picked up; it stops cleanly.
 */
class ServeEndToEndTest {
    static final String TOKEN = "s3cret-admin-token";
    static final Duration STARTUP = Duration.ofMinutes(4);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static Thread command;
    static final CompletableFuture<Integer> EXIT = new CompletableFuture<>();
    static final StringWriter ERR = new StringWriter();
    static String firstLine;
    static double startSeconds;
    static ApiClient client;
    static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

    @BeforeAll
    static void serve() throws Exception {
        Path tokenFile = Files.writeString(dir.resolve("admin-token"), TOKEN + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        LOGS.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
        PipedWriter out = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(out));
        long start = System.nanoTime();
        command = new Thread(() -> {
            CommandLine commandLine = KgCommand.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(ERR, true));
            EXIT.complete(commandLine.execute("serve", "--data", dir.resolve("data").toString(), "--port", "0",
                    "--bolt-port", "0", "--watch", "--admin-token-file", tokenFile.toString(), "--threads", "2"));
        }, "kg-serve-under-test");
        command.start();
        firstLine = CompletableFuture.supplyAsync(() -> readLine(lines)).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        client = new ApiClient(URI.create(firstLine).getPort());
        assertThat(client.get("/api/stats").statusCode()).isEqualTo(200);
        startSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("kg serve: start to first answer %.1f s%n", startSeconds);
    }

    @AfterAll
    static void stop() throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
        command.interrupt();
        assertThat(EXIT.get(60, TimeUnit.SECONDS)).as(ERR.toString()).isZero();
        assertThat(ERR.toString()).doesNotContain("failed");
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(firstLine)).build(),
                HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(IOException.class);
        // what serve's rebuilds wrote left the two stores in step, as kg build would have
        CommandRun verify = CommandRun.of("verify", "--data", dir.resolve("data").toString(), "--bolt-port", "0");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("the stores agree");
    }

    @Test
    void theFirstLineIsTheUrlToOpenAndItAnswers() throws Exception {
        assertThat(firstLine).matches("http://localhost:\\d+/");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(firstLine)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @Test
    void theServerAnswersThisMachineOnly() throws IOException {
        InetAddress network = networkAddress();
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(network, URI.create(firstLine).getPort()), 2000))
                    .as("connecting to " + network).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void theBoltLoginIsNamedByItsFileAndNeitherSecretIsPrintedOrLogged() {
        BoltCredentials login = BoltCredentials.loadOrCreate(dir.resolve("data"));

        assertThat(ERR.toString()).contains("(user neo4j, password in " + login.file() + ")");
        List<String> printedAndLogged = new ArrayList<>(List.of(ERR.toString(), firstLine));
        LOGS.list.forEach(event -> printedAndLogged.add(event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()))));
        assertThat(printedAndLogged).isNotEmpty().noneMatch(text -> text.contains(TOKEN) || text.contains(login.password()));
    }

    @Test
    void statsReportTheLastBuildAndItsProblems() {
        JsonNode stats = ApiClient.json(client.get("/api/stats"));
        JsonNode build = stats.path("lastBuild");
        // the example's five pages, and any page another test of this class uploaded before this one ran
        assertThat(build.path("documents").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(build.path("finishedAt").asString()).isNotEmpty();
        assertThat(build.path("problems").isArray()).isTrue();
    }

    @Test
    void adminEndpointsRefuseRequestsWithoutTheToken() {
        HttpResponse<String> none = admin("/api/admin/rebuild", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(ApiClient.json(none).path("type").asString()).endsWith("/unauthorized");
        assertThat(admin("/api/admin/rebuild", "Bearer wrong-token").statusCode()).isEqualTo(401);
        assertThat(admin("/api/admin/rebuild", "Basic " + TOKEN).statusCode()).isEqualTo(403);
    }

    @Test
    void rebuildWithTheTokenRebuildsAndReports() {
        HttpResponse<String> response = admin("/api/admin/rebuild", "Bearer " + TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiClient.json(response).path("build").path("documents").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRebuildWithNoPageChangedReadsNoPageAndWritesNothing() {
        admin("/api/admin/rebuild", "Bearer " + TOKEN);

        JsonNode again = ApiClient.json(admin("/api/admin/rebuild", "Bearer " + TOKEN)).path("build");

        assertThat(again.path("documents").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(again.path("pagesExtracted").asInt()).isZero();
        assertThat(again.path("documentsWritten").asInt()).isZero();
        assertThat(again.path("documentsRemoved").asInt()).isZero();
        assertThat(again.path("neo4jChanges").asLong()).isZero();
    }

    @Test
    void anUploadedPageIsWrittenIntoTheDocsAndBuiltIntoTheGraph() throws IOException {
        String boundary = "kgtestboundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"uploaded.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n"
                + page("2401.00001", "Uploadformer") + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(client.url("/api/admin/pages?path=models/uploaded.md")))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Path uploaded = dir.resolve("data/example-kb/docs/models/uploaded.md");
        assertThat(uploaded).exists();
        // the mode any new file of the folder gets, not a temporary file's owner-only one
        Path plain = Files.createFile(dir.resolve("data/example-kb/plain-new-file.txt"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploaded)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
        Files.delete(plain);
        assertThat(client.get("/api/nodes/paper/arxiv-2401.00001").statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(client.get("/api/search?q=uploadformer")).path(0).path("label").asString()).isEqualTo("Uploadformer");
    }

    @Test
    void anUploadOutsideTheDocsIsRejected() {
        String boundary = "kgtestboundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.md\"\r\n\r\n# X\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(client.url("/api/admin/pages?path=../escape.md")))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).path("type").asString()).endsWith("/page-rejected");
    }

    @Test
    void aPageWrittenIntoTheWatchedFolderIsBuiltWithoutARequest() throws IOException {
        Path watched = dir.resolve("data/example-kb/docs/concepts/watched.md");
        Files.writeString(watched, page("2402.00002", "Watchformer"), StandardCharsets.UTF_8);

        awaitTrue(Duration.ofMinutes(2), () -> client.get("/api/nodes/paper/arxiv-2402.00002").statusCode() == 200);
        awaitTrue(Duration.ofSeconds(30), () -> ApiClient.json(client.get("/api/search?q=watchformer")).size() > 0);

        // an edit that teaches no new name: only that page is read again, only its document written
        Files.writeString(watched, "    It was trained on watched pages.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        awaitTrue(Duration.ofMinutes(2), () -> {
            JsonNode build = lastBuild();
            return build.path("pagesExtracted").asInt() == 1 && build.path("documentsWritten").asInt() == 1
                    && build.path("neo4jChanges").asLong() > 0;
        });
        assertThat(lastBuild().path("documents").asInt()).isGreaterThanOrEqualTo(6);
    }

    /** An address of this machine other than loopback, where a server listening on every interface would answer. */
    private static InetAddress networkAddress() throws IOException {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (face.isUp() && !face.isLoopback()) {
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address;
                    }
                }
            }
        }
        throw new AssertionError("this machine has no network address besides loopback to check against");
    }

    private static JsonNode lastBuild() {
        return ApiClient.json(client.get("/api/stats")).path("lastBuild");
    }

    private static String page(String arxivId, String name) {
        return """
                # More models

                !!! note "[%2$s: A Test Model](https://arxiv.org/abs/%1$s)"
                    %2$s is a language model. Code: [test/%2$s](https://github.com/test/%2$s)
                """.formatted(arxivId, name);
    }

    private static HttpResponse<String> admin(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.url(path))).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
