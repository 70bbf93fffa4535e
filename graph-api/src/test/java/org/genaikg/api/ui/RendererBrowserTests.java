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
import org.genaikg.api.ApiServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Both renderers: WebGL where the browser has WebGL2 (software, through SwiftShader), the canvas
 * renderer when asked for or when WebGL2 is missing; and the time to the drawn graph in each.
 */
@ApiServerTest
class RendererBrowserTests {
    static final List<String> ALL_BUT_SECTIONS = List.of("Document", "Paper", "Article", "Repository", "Model", "Modality", "Concept");

    /** The Chromium GPU process's own notes about software GL, not messages of the page. */
    static final String GL_DRIVER_NOTE = "GL Driver Message";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void dataset(DynamicPropertyRegistry registry) {
        CorpusKnowledgeBase.register(registry, dir);
    }

    @LocalServerPort
    int port;

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

    /** Time from navigation to the graph laid out and drawn, written to target/ui-timings.txt. */
    @Test
    void timeToTheWholeGraphAndToAFocusedNeighbourhoodIsMeasured() throws IOException {
        JsonNode hit = ApiClient.json(new ApiClient(port).get("/api/search?q=llama&limit=1")).get(0);
        String focus = hit.get("id").asString();
        List<String> lines = new ArrayList<>();
        for (String renderer : List.of("canvas", "webgl")) {
            try (Browser browser = Browser.open(port, Browser.SOFTWARE_WEBGL)) {
                browser.load("/?renderer=" + renderer); // warm-up: caches, JIT
                List<Integer> whole = new ArrayList<>();
                List<Integer> layout = new ArrayList<>();
                List<Integer> neighbourhood = new ArrayList<>();
                String wholeSize = "";
                for (int run = 0; run < 3; run++) {
                    browser.load("/?renderer=" + renderer);
                    whole.add(browser.bodyInt("readyMs"));
                    layout.add(browser.bodyInt("layoutMs"));
                    wholeSize = browser.body("nodes") + " nodes, " + browser.body("edges") + " edges";
                    browser.load("/?renderer=" + renderer + "&focus=" + focus);
                    neighbourhood.add(browser.bodyInt("readyMs"));
                }
                String line = String.format("%s renderer: whole graph (%s) ready at %s ms after navigation"
                                + " (layout+draw %s ms); neighbourhood of %s (%s nodes) ready at %s ms",
                        renderer, wholeSize, whole, layout, focus, browser.body("nodes"), neighbourhood);
                lines.add(line);
                System.out.println("[ui-timing] " + line);
                whole.forEach(ms -> assertTrue(ms > 0 && ms < 120_000, "whole graph in " + ms + " ms"));
                neighbourhood.forEach(ms -> assertTrue(ms > 0 && ms < 30_000, "neighbourhood in " + ms + " ms"));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "ui-timings.txt"), lines);
    }
}
