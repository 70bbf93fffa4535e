package org.genaikg.api.ui;

import org.genaikg.api.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Browser tests that share one headless Chromium (no WebGL) per test class, opened by the first
 * test, with a screenshot after each test named {@code PREFIX-testMethod}.
 */
abstract class OneBrowserTest extends CorpusApiTest {
    static Browser browser;
    ApiClient api;
    String screenshotName;

    /** The screenshots' name prefix: {@code explorer}, {@code query}. */
    abstract String screenshotPrefix();

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        api = new ApiClient(port);
        if (browser == null) {
            browser = Browser.open(port, Browser.NO_WEBGL);
        }
        screenshotName = screenshotPrefix() + "-" + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshot() {
        browser.screenshot(screenshotName);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
