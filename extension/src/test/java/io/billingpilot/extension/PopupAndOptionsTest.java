package io.billingpilot.extension;

import com.microsoft.playwright.Page;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.extension.support.ExtensionFiles;
import io.billingpilot.extension.support.LocalServer;
import org.junit.jupiter.api.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The toolbar popup and the options page. */
class PopupAndOptionsTest extends ConsoleTestCase {
    @Test
    void the_popup_shows_the_server_the_bucket_the_current_step_and_links_to_the_guide() {
        openWithBucket().openBilling("A");
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
        openWithoutServer(LocalServer.unusedPort());
        Page popup = tab.context().newPage();
        popup.navigate(ExtensionFiles.url("popup/popup.html"));
        assertThat(popup.locator("#server")).containsText("not reachable");
        assertThat(popup.locator("#server")).containsText("scripts/run");
    }

    @Test
    void the_options_page_takes_only_a_loopback_server_url() {
        openWith(LocalServer.start());
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
