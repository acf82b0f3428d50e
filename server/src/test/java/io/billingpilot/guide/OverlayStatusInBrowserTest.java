package io.billingpilot.guide;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.billingpilot.core.ProgramVersion;
import io.billingpilot.support.Chromium;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overlay's status in Chromium: it turns "connected" without a reload, and is right without JavaScript. */
class OverlayStatusInBrowserTest {
    private static Playwright playwright;
    private static Browser browser;
    private TestServer server;
    private BrowserContext context;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void shutDown() {
        browser.close();
        playwright.close();
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    private void hello(String version) {
        assertEquals(200, server.postJson("/api/v1/console/hello",
                "{\"version\":\"" + version + "\",\"browser\":\"chromium\",\"page\":\"billing\"}").statusCode());
    }

    @Test
    void the_header_and_the_start_panel_turn_connected_without_a_reload_and_stop_asking() {
        server = TestServer.start();
        context = browser.newContext();
        Page page = context.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        AtomicInteger polls = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("/guide/overlay-status")) {
                polls.incrementAndGet();
            }
        });
        page.navigate(server.url("/"));
        assertThat(page.locator("#overlay-status")).containsText("not connected yet");
        assertThat(page.locator("#overlay-panel-status")).containsText("Not connected yet");

        hello(ProgramVersion.current());
        LocatorAssertions.ContainsTextOptions soon = new LocatorAssertions.ContainsTextOptions().setTimeout(6000);
        assertThat(page.locator("#overlay-status")).containsText("connected · version " + ProgramVersion.current(), soon);
        assertThat(page.locator("#overlay-panel-status")).containsText("Connected: version " + ProgramVersion.current(), soon);
        assertThat(page.locator("#overlay-status")).not().hasAttribute("hx-trigger", "every 2s");
        assertThat(page.locator("#overlay-panel-status")).not().hasAttribute("hx-trigger", "every 2s");
        assertTrue(polls.get() >= 2, "htmx asked while not connected");
        assertEquals(List.of(), errors);
    }

    @Test
    void without_javascript_each_page_load_shows_the_current_status() {
        server = TestServer.start();
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page page = context.newPage();
        page.navigate(server.url("/step/bucket"));
        assertThat(page.locator("#overlay-status")).containsText("not connected yet");
        hello("0.0.1");
        page.reload();
        assertThat(page.locator("#overlay-status")).containsText("connected, but an older build");
        assertThat(page.locator("#overlay-status")).containsText("chrome://extensions");
    }
}
