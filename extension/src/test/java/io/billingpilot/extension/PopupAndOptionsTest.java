package io.billingpilot.extension;

import com.microsoft.playwright.Page;
import io.billingpilot.extension.support.ConsoleBrowser;
import io.billingpilot.extension.support.ConsoleTab;
import io.billingpilot.extension.support.ExtensionFiles;
import io.billingpilot.extension.support.LocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The toolbar popup and the options page. */
class PopupAndOptionsTest {
    private static ConsoleBrowser browser;
    private LocalServer server;
    private ConsoleTab tab;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void stop() {
        List<String> problems = tab.problems();
        tab.close();
        if (server != null) {
            server.close();
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_popup_shows_the_server_the_bucket_the_current_step_and_links_to_the_guide() {
        server = LocalServer.withBucket("metricly-example");
        tab = browser.open(server);
        tab.openBilling("A");
        tab.awaitTarget("enable-reports");
        Page popup = tab.context().newPage();
        popup.navigate(ExtensionFiles.url("popup/popup.html"));
        assertThat(popup.locator("#server")).containsText("running at " + server.url());
        assertThat(popup.locator("#bucket")).hasText("metricly-example");
        assertThat(popup.locator("#step")).containsText("step 1 of 8");
        assertThat(popup.locator("#guide")).hasAttribute("href", server.url() + "/");
    }

    @Test
    void the_popup_says_when_the_server_is_not_running_and_how_to_start_it() {
        tab = browser.open("http://127.0.0.1:" + LocalServer.unusedPort(), true);
        Page popup = tab.context().newPage();
        popup.navigate(ExtensionFiles.url("popup/popup.html"));
        assertThat(popup.locator("#server")).containsText("not reachable");
        assertThat(popup.locator("#server")).containsText("scripts/run");
    }

    @Test
    void the_options_page_takes_only_a_loopback_server_url() {
        server = LocalServer.start();
        tab = browser.open(server);
        Page options = tab.context().newPage();
        options.navigate(ExtensionFiles.url("options/options.html"));
        assertThat(options.locator("#server-url")).hasValue(server.url());

        options.locator("#server-url").fill("http://example.com:7070");
        options.locator("button[type=submit]").click();
        assertThat(options.locator("#message")).containsText("Not saved");
        assertThat(options.locator("#server-url")).hasAttribute("aria-invalid", "true");
        options.reload();
        assertThat(options.locator("#server-url")).hasValue(server.url());

        options.locator("#server-url").fill(" http://LOCALHOST:8080/ ");
        options.locator("button[type=submit]").click();
        assertThat(options.locator("#message")).containsText("Saved: the extension talks to http://localhost:8080");
        options.reload();
        assertThat(options.locator("#server-url")).hasValue("http://localhost:8080");
    }
}
