package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.genaikg.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import tools.jackson.databind.JsonNode;

/**
 * Both renderers: WebGL where the browser has WebGL2 (software, through SwiftShader), the canvas
 * renderer when asked for or when WebGL2 is missing; and the time to the drawn graph in each.
 */
class RendererBrowserTests extends CorpusApiTest {
    static final List<String> ALL_BUT_SECTIONS = List.of("Document", "Paper", "Article", "Repository", "Model", "Modality", "Concept");

    /** The Chromium GPU process's own notes about software GL, not messages of the page. */
    static final String GL_DRIVER_NOTE = "GL Driver Message";

    private long wholeGraphNodes() {
        JsonNode stats = ApiClient.json(new ApiClient(port).get("/api/stats"));
        return ALL_BUT_SECTIONS.stream().mapToLong(c -> stats.get("classes").get(c).asLong()).sum();
    }

    /** The share of the graph area's pixels that are not background. */
    private static double inkedShare(Browser browser) {
        try {
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(browser.driver.getScreenshotAs(OutputType.BYTES)));
            Rectangle area = browser.find("#cy").getRect();
            long inked = 0;
            long all = 0;
            for (int y = area.getY() + 40; y < Math.min(page.getHeight(), area.getY() + area.getHeight() - 40); y += 2) {
                for (int x = area.getX(); x < Math.min(page.getWidth(), area.getX() + area.getWidth()); x += 2) {
                    int rgb = page.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    all++;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40 || r + g + b < 500) {
                        inked++;
                    }
                }
            }
            return (double) inked / all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pageProblems(Browser browser) {
        return browser.consoleMessages().stream()
                .filter(m -> m.startsWith("SEVERE") || m.startsWith("WARNING"))
                .filter(m -> !m.contains(GL_DRIVER_NOTE))
                .toList();
    }

    @Test
    void webglRendererDrawsTheWholeGraphWhereWebgl2Exists() {
        try (Browser browser = Browser.open(port, Browser.SOFTWARE_WEBGL)) {
            browser.load("/?renderer=webgl");

            assertEquals("webgl", browser.body("renderer"));
            assertEquals(wholeGraphNodes(), browser.bodyInt("nodes"));
            assertTrue(inkedShare(browser) > 0.02, "the graph is drawn");
            assertEquals(List.of(), pageProblems(browser));
            browser.screenshot("renderer-webgl");
        }
    }

    @Test
    void largeGraphChoosesWebglByItselfWhereWebgl2Exists() {
        try (Browser browser = Browser.open(port, Browser.SOFTWARE_WEBGL)) {
            browser.load("/");

            assertEquals("webgl", browser.body("renderer"));
            assertEquals("auto-large-graph", browser.body("rendererReason"));
        }
    }

    @Test
    void canvasRendererDrawsTheWholeGraphWhenAskedFor() {
        try (Browser browser = Browser.open(port, Browser.SOFTWARE_WEBGL)) {
            browser.load("/?renderer=canvas");

            assertEquals("canvas", browser.body("renderer"));
            assertEquals(wholeGraphNodes(), browser.bodyInt("nodes"));
            assertTrue(inkedShare(browser) > 0.02, "the graph is drawn");
            assertEquals(List.of(), pageProblems(browser));
            browser.screenshot("renderer-canvas");
        }
    }

    @Test
    void webglRequestFallsBackToCanvasWithoutWebgl2() {
        try (Browser browser = Browser.open(port, Browser.NO_WEBGL)) {
            browser.load("/?renderer=webgl");

            assertEquals("canvas", browser.body("renderer"));
            assertEquals("no-webgl2", browser.body("rendererReason"));
            assertEquals(wholeGraphNodes(), browser.bodyInt("nodes"));
            assertTrue(inkedShare(browser) > 0.02, "the graph is drawn");
            assertEquals(List.of(), pageProblems(browser));
            browser.screenshot("renderer-fallback");
        }
    }

    /**
     * Labels are cut to the style's text-max-width once, in the page (Cytoscape.js's own ellipsis
     * measured them a character at a time at every sizing and drawing): a long label ends with an
     * ellipsis and fits at its node's font size, a short one is kept whole.
     */
    @Test
    void longLabelsAreCutToTheStylesWidthAtTheirFontSize() {
        try (Browser browser = Browser.open(port, Browser.NO_WEBGL)) {
            browser.load("/?renderer=canvas");
            String longLabel = "Denoising Diffusion Probabilistic Models for High-Resolution Image Synthesis at Scale";
            Object json = browser.driver.executeAsyncScript("""
                    const [text, done] = arguments;
                    Promise.all([import(new URL('js/short-labels.js', document.baseURI).href),
                                 fetch(new URL('cy-style.json', document.baseURI)).then((r) => r.json())])
                      .then(([m, style]) => {
                        const node = style.find((r) => r.selector === 'node').style;
                        const label = m.shortLabels(style);
                        const context = document.createElement('canvas').getContext('2d');
                        const width = (text, degree) => {
                          context.font = m.fontSizeOf(node['font-size'], { degree }) + 'px ' + node['font-family'];
                          return context.measureText(text).width;
                        };
                        const result = (degree, text) => {
                          const shortLabel = label({ id: 'x', label: text, degree }).shortLabel;
                          return { shortLabel, width: width(shortLabel, degree) };
                        };
                        done(JSON.stringify({ max: parseFloat(node['text-max-width']), small: result(0, text),
                          big: result(40, text), short: result(0, 'CLIP') }));
                      }, (error) => done(JSON.stringify({ error: String(error) })));
                    """, longLabel);
            JsonNode result = ApiClient.json((String) json);
            double max = result.get("max").asDouble();
            for (String size : List.of("small", "big")) {
                String cut = result.get(size).get("shortLabel").asString();
                assertTrue(cut.endsWith("\u2026") && longLabel.startsWith(cut.substring(0, cut.length() - 1)), cut);
                assertTrue(result.get(size).get("width").asDouble() <= max, result.toString());
            }
            assertTrue(result.get("small").get("shortLabel").asString().length() > result.get("big").get("shortLabel").asString().length(),
                    "a smaller font keeps more of the label: " + result);
            assertEquals("CLIP", result.get("short").get("shortLabel").asString());
            assertEquals(List.of(), pageProblems(browser));
        }
    }

    /**
     * Time from navigation to the graph laid out and drawn, for the whole graph at the server's
     * positions ({@code preset}) and with the browser's {@code cose}, and for a neighbourhood; with the
     * time the server took to lay the whole graph out. Written to target/ui-timings.txt.
     */
    @Test
    void timeToTheWholeGraphAndToAFocusedNeighbourhoodIsMeasured() throws IOException {
        ApiClient api = new ApiClient(port);
        JsonNode hit = ApiClient.json(api.get("/api/search?q=llama&limit=1")).get(0);
        String focus = hit.get("id").asString();
        List<String> lines = new ArrayList<>();
        JsonNode layoutTimer = ApiClient.json(api.get("/actuator/metrics/kg.graph.layout")).get("measurements");
        String serverLine = String.format("server: whole-graph layout of the snapshot took %.0f ms (%s snapshot laid out)",
                1000 * statistic(layoutTimer, "MAX"), (long) statistic(layoutTimer, "COUNT"));
        lines.add(serverLine);
        System.out.println("[ui-timing] " + serverLine);
        for (String renderer : List.of("canvas", "webgl")) {
            try (Browser browser = Browser.open(port, Browser.SOFTWARE_WEBGL)) {
                browser.load("/?renderer=" + renderer); // warm-up: caches, JIT
                Timings preset = new Timings();
                Timings cose = new Timings();
                List<Integer> neighbourhood = new ArrayList<>();
                for (int run = 0; run < 3; run++) {
                    preset.measure(browser, "/?renderer=" + renderer, "preset");
                    cose.measure(browser, "/?renderer=" + renderer + "&layout=cose", "cose");
                    browser.load("/?renderer=" + renderer + "&focus=" + focus);
                    neighbourhood.add(browser.bodyInt("readyMs"));
                }
                String line = String.format("%s renderer: whole graph (%s) ready at %s ms after navigation"
                                + " (layout+draw %s ms) at the server's positions, at %s ms (layout+draw %s ms) with cose;"
                                + " neighbourhood of %s (%s nodes) ready at %s ms",
                        renderer, preset.size, preset.ready, preset.layout, cose.ready, cose.layout, focus,
                        browser.body("nodes"), neighbourhood);
                lines.add(line);
                System.out.println("[ui-timing] " + line);
                preset.ready.forEach(ms -> assertTrue(ms > 0 && ms < 120_000, "whole graph in " + ms + " ms"));
                cose.ready.forEach(ms -> assertTrue(ms > 0 && ms < 120_000, "whole graph with cose in " + ms + " ms"));
                neighbourhood.forEach(ms -> assertTrue(ms > 0 && ms < 30_000, "neighbourhood in " + ms + " ms"));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "ui-timings.txt"), lines);
    }

    /** Time to the first view and the layout's share of it, over runs of one way to lay out. */
    private static final class Timings {
        final List<Integer> ready = new ArrayList<>();
        final List<Integer> layout = new ArrayList<>();
        String size = "";

        void measure(Browser browser, String url, String expectedLayout) {
            browser.load(url);
            assertEquals(expectedLayout, browser.body("layout"), url);
            ready.add(browser.bodyInt("readyMs"));
            layout.add(browser.bodyInt("layoutMs"));
            size = browser.body("nodes") + " nodes, " + browser.body("edges") + " edges";
        }
    }

    private static double statistic(JsonNode measurements, String name) {
        for (JsonNode measurement : measurements) {
            if (measurement.get("statistic").asString().equals(name)) {
                return measurement.get("value").asDouble();
            }
        }
        throw new AssertionError("no " + name + " in " + measurements);
    }
}
