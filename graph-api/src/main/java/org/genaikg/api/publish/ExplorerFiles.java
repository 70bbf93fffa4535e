package org.genaikg.api.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The explorer as {@code kg serve} serves it (the ui module's page, style and modules) and
 * Cytoscape.js from its webjar, copied into a site. The only change is the page's
 * {@code genai-kg-data} meta tag, which sends the explorer to the static files instead of the API:
 * one set of modules, two data sources, no copy of the UI in the repository.
 */
final class ExplorerFiles {
    static final String UI = "META-INF/resources/";
    static final String ENTRY = "js/main.js";
    static final String PAGE = "index.html";
    static final String API_SOURCE = "<meta name=\"genai-kg-data\" content=\"api\">";
    static final String STATIC_SOURCE = "<meta name=\"genai-kg-data\" content=\"static\">";
    /**
     * The webjars the explorer imports (Cytoscape.js for the graph, uPlot for the growth chart), by name, with the files
     * copied from each; the page reaches them at {@code webjars/NAME/FILE}, as the server's version-less paths do.
     */
    static final Map<String, List<String>> WEBJARS = Map.of(
            "cytoscape", List.of("dist/cytoscape.esm.min.mjs", "LICENSE"),
            "uplot", List.of("dist/uPlot.esm.js", "dist/uPlot.min.css", "LICENSE"));

    private ExplorerFiles() {}

    /** Writes the explorer's files under {@code out}; answers their paths relative to it. */
    static List<String> copy(Path out) {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ExplorerFiles.class.getClassLoader());
            Map<String, Resource> files = new TreeMap<>();
            String root = resolver.getResource("classpath:" + UI + ENTRY).getURL().toString();
            root = root.substring(0, root.length() - ENTRY.length());
            for (Resource resource : resolver.getResources("classpath*:" + UI + "**")) {
                String url = resource.getURL().toString();
                if (url.startsWith(root) && !url.endsWith("/") && resource.isReadable()) {
                    files.put(url.substring(root.length()), resource);
                }
            }
            for (Map.Entry<String, List<String>> webjar : WEBJARS.entrySet()) {
                for (String file : webjar.getValue()) {
                    Resource[] found = resolver.getResources("classpath*:" + UI + "webjars/" + webjar.getKey() + "/*/" + file);
                    if (found.length != 1) {
                        throw new IllegalStateException("The webjar " + webjar.getKey() + " is not on the class path once: " + file);
                    }
                    files.put("webjars/" + webjar.getKey() + "/" + file, found[0]);
                }
            }
            if (!files.containsKey(PAGE)) {
                throw new IllegalStateException("The explorer's page is not on the class path: " + UI + PAGE);
            }
            List<String> written = new ArrayList<>();
            for (Map.Entry<String, Resource> file : files.entrySet()) {
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getValue().getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    Files.write(target, file.getKey().equals(PAGE) ? staticPage(new String(bytes, StandardCharsets.UTF_8)) : bytes);
                }
                written.add(file.getKey());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] staticPage(String page) {
        if (!page.contains(API_SOURCE)) {
            throw new IllegalStateException("The explorer's page has no " + API_SOURCE + " to switch to its static files.");
        }
        return page.replace(API_SOURCE, STATIC_SOURCE).getBytes(StandardCharsets.UTF_8);
    }
}
