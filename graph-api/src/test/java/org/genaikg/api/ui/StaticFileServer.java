package org.genaikg.api.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A plain static file server, as a static host is (the JDK's {@code com.sun.net.httpserver}; its
 * SimpleFileServer needs Java 18): one folder under a path, files by extension, 404 for anything
 * else, and every request kept in a log. It knows nothing of genai-kg.
 */
final class StaticFileServer implements AutoCloseable {
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("gz", "application/gzip"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("ttl", "text/turtle; charset=utf-8"));

    private final HttpServer server;
    private final Path root;
    private final String path;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private StaticFileServer(Path root, String path) throws IOException {
        this.root = root.toRealPath();
        this.path = path;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} at {@code http://127.0.0.1:PORT/path} ({@code path} starts and ends with a slash). */
    static StaticFileServer serve(Path root, String path) {
        try {
            return new StaticFileServer(root, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The site's address: {@code http://127.0.0.1:PORT/path}. */
    String url() {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Every request so far, as "METHOD /path?query", in order. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        Path file = null;
        if (raw.startsWith(path)) {
            String relative = URLDecoder.decode(raw.substring(path.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            if (relative.isEmpty() || relative.endsWith("/")) {
                relative += "index.html";
            }
            Path candidate = root.resolve(relative).normalize();
            file = candidate.startsWith(root) && Files.isRegularFile(candidate) ? candidate : null;
        }
        try (exchange) {
            if (file == null || !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            long size = Files.size(file);
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
