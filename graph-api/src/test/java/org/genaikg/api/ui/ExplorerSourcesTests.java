package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules the explorer's static files keep (STYLE.md, practice 7), checked on the sources. */
class ExplorerSourcesTests {
    static final Path STATIC = Path.of("..", "ui", "src", "main", "resources", "META-INF", "resources");

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC.resolve("js"))) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    private static List<String> offending(Pattern pattern) throws IOException {
        return scripts().stream()
                .filter(p -> {
                    try {
                        return pattern.matcher(Files.readString(p)).find();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(p -> p.getFileName().toString())
                .toList();
    }

    @Test
    void scriptsNeverParseTextAsHtml() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\.html\\(")));
    }

    @Test
    void scriptsAreModulesWithoutGlobals() throws IOException {
        assertEquals(List.of(), offending(Pattern.compile("window\\.[a-zA-Z_$]+\\s*=|globalThis|^var ", Pattern.MULTILINE)));
        assertTrue(Files.readString(STATIC.resolve("index.html")).contains("<script type=\"module\" src=\"js/main.js\">"));
    }

    @Test
    void cytoscapeComesFromTheWebjarNeverFromACdn() throws IOException {
        String page = Files.readString(STATIC.resolve("index.html"));
        assertTrue(Files.readString(STATIC.resolve("js/graph-view.js")).contains("from '../webjars/cytoscape/dist/"),
                "the graph view imports Cytoscape.js from the webjar, by a relative path");
        assertEquals(List.of(), page.lines().filter(l -> l.contains("src=\"http") || l.contains("href=\"http")).toList());
    }

    @Test
    void everyAddressOfThePageIsRelativeSoItWorksUnderAnyPath() throws IOException {
        String page = Files.readString(STATIC.resolve("index.html"));
        assertEquals(List.of(), page.lines().filter(l -> l.matches(".*(src|href)=\"/.*") || l.contains("\": \"/")).toList());
        assertEquals(List.of(), offending(Pattern.compile("fetch\\('/|[\"'`]/(api|sparql|css|js|webjars)\\b")));
    }

    @Test
    void onlyTheDataSourcesAskForTheGraph() throws IOException {
        List<String> outside = scripts().stream()
                .filter(p -> !p.getParent().getFileName().toString().equals("data"))
                .filter(p -> {
                    try {
                        String text = Files.readString(p);
                        return text.contains("fetch(") || text.contains("XMLHttpRequest") || text.contains("EventSource")
                                || Pattern.compile("[\"'`](/?api/|/sparql)").matcher(text).find();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(p -> p.getFileName().toString())
                .toList();
        assertEquals(List.of(), outside, "scripts outside js/data/ that fetch by themselves");
    }

    @Test
    void cytoscapeStyleIsData() throws IOException {
        assertTrue(Files.isRegularFile(STATIC.resolve("cy-style.json")));
        assertEquals(List.of(), offending(Pattern.compile("\\.style\\(\\)\\s*\\.selector")));
    }
}
