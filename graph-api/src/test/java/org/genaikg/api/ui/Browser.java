package org.genaikg.api.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.genaikg.api.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.CapabilityType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) on the explorer,
 * at 1280x720, with its console log kept. Missing binaries fail the test with the command that
 * installs them; nothing is skipped.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(90);

    /** Chromium's own switches that work in this container (no GPU, no sandbox, no network chatter). */
    static final List<String> HEADLESS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,720");

    /** Software WebGL2 through SwiftShader, for the WebGL renderer path. */
    static final List<String> SOFTWARE_WEBGL = List.of("--enable-unsafe-swiftshader", "--use-angle=swiftshader");

    /** No WebGL at all, for the fallback path. */
    static final List<String> NO_WEBGL = List.of("--disable-3d-apis", "--disable-webgl");

    final ChromeDriver driver;
    final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port, List<String> extraSwitches) {
        return open("http://localhost:" + port, extraSwitches);
    }

    /** A browser whose {@link #load} paths are relative to {@code base} (an origin, or a file: folder). */
    static Browser open(String base, List<String> extraSwitches) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + "; install them with: " + INSTALL);
        Path profile;
        try {
            profile = Files.createTempDirectory("genai-kg-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(HEADLESS);
        options.addArguments(extraSwitches);
        options.addArguments("--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setCapability(CapabilityType.UNHANDLED_PROMPT_BEHAVIOUR, UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        Number chrome = (Number) driver.executeScript("return window.outerHeight - window.innerHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 720 + chrome.intValue()));
        return new Browser(driver, base, profile);
    }

    /** Opens a page of the explorer and waits until its view is drawn. */
    void load(String pathAndQuery) {
        driver.get(base + pathAndQuery);
        waitUntil("the first view is drawn", () -> "ready".equals(body("state")) && body("views") != null);
    }

    /** Runs {@code expression} on the page's own static data source ({@code source}), answers its JSON. */
    JsonNode onStaticSource(String expression) {
        Object json = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import(new URL('js/data/static-source.js', document.baseURI).href)
                  .then((m) => { const source = m.createStaticSource(); return %s; })
                  .then((value) => done(JSON.stringify(value)), (error) => done(JSON.stringify({ error: String(error) })));
                """.formatted(expression));
        return ApiClient.json((String) json);
    }

    /** A {@code data-*} attribute of the page's body, null when absent. */
    String body(String name) {
        return (String) js("return document.body.dataset[arguments[0]] ?? null;", name);
    }

    int bodyInt(String name) {
        String value = body(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    int views() {
        return bodyInt("views");
    }

    /** Waits for the view drawn after {@code before} views (a reload of the graph) to be ready. */
    void waitForViewAfter(int before) {
        waitUntil("a new view is drawn", () -> bodyInt("views") > before && "ready".equals(body("state")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The view as the explorer exports it (Export, JSON): elements with their drawn positions. */
    String exportedView() {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const original = URL.createObjectURL;
                URL.createObjectURL = (blob) => {
                  URL.createObjectURL = original;
                  blob.text().then(done);
                  return original.call(URL, blob);
                };
                document.querySelector('#export-json').click();
                """);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, PATIENCE).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** Clicks the canvas at the centre of the graph area (where a focused node is drawn). */
    void clickGraphCentre() {
        WebElement cy = find("#cy");
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(cy).click().perform();
    }

    /** The console messages logged since the last call, as "LEVEL message". */
    List<String> consoleMessages() {
        List<String> messages = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            messages.add(entry.getLevel() + " " + entry.getMessage());
        }
        return messages;
    }

    /** Every resource the page loaded, with its HTTP status (0 when it failed without one). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> resources() {
        return (List<Map<String, Object>>) js("""
                return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
                  .map(e => ({ name: e.name, status: e.responseStatus ?? -1 }));
                """);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
