package io.billingpilot.extension.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every browser test of the extension shares: one Chromium per test class, a fresh profile
 * and a real server per test, and the check that no error reached the page.
 */
public abstract class ConsoleTestCase {
    protected static final String BUCKET = "metricly-example";
    private static ConsoleBrowser browser;
    protected LocalServer server;
    protected ConsoleTab tab;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A server whose session names BUCKET, and a browser profile pointed at it. */
    protected ConsoleTab openWithBucket() {
        return openWith(LocalServer.withBucket(BUCKET));
    }

    protected ConsoleTab openWith(LocalServer started) {
        server = started;
        tab = browser.open(server);
        return tab;
    }

    /** A browser profile with another build of the extension (a copy in this folder). */
    protected ConsoleTab openWithExtension(LocalServer started, java.nio.file.Path extension) {
        server = started;
        tab = browser.open(server.url(), extension);
        return tab;
    }

    /** A browser profile without the extension. */
    protected ConsoleTab openWithoutExtension(LocalServer started) {
        server = started;
        tab = browser.open(server.url(), false);
        return tab;
    }

    /** A browser profile pointed at a port where no server runs (yet). */
    protected ConsoleTab openWithoutServer(int port) {
        tab = browser.open("http://127.0.0.1:" + port, true);
        return tab;
    }

    @AfterEach
    void closeAndCheckThatNoErrorReachedThePage() {
        List<String> problems = tab == null ? List.of() : tab.problems();
        if (tab != null) {
            tab.close();
        }
        if (server != null) {
            server.close();
        }
        assertEquals(List.of(), problems, "errors thrown into the page, console errors, or messages logged by the extension");
    }
}
