package io.billingpilot.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.extension.support.ExtensionFiles;
import io.billingpilot.extension.support.Fixtures;
import io.billingpilot.extension.support.LocalServer;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide and the loaded extension finding each other: the hello, the header's status, the links back. */
class OverlayConnectionTest extends ConsoleTestCase {
    private static final LocatorAssertions.ContainsTextOptions FEW_SECONDS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(6000);

    @TempDir
    Path temp;

    private Page openGuide() {
        Page guide = tab.context().newPage();
        guide.navigate(server.url() + "/");
        return guide;
    }

    @Test
    void the_header_turns_connected_with_the_version_once_a_console_page_opens() {
        openWithBucket();
        Page guide = openGuide();
        assertThat(guide.locator("#overlay-status")).containsText("not connected yet");

        tab.openBilling("C");
        String version = ExtensionFiles.manifest().get("version").asText();
        assertThat(guide.locator("#overlay-status")).containsText("connected · version " + version + " in Chromium", FEW_SECONDS);
        assertThat(guide.locator("#overlay-status")).containsText("from a Billing preferences page");
        assertThat(guide.locator("#overlay-panel-status")).containsText("Connected: version " + version);
    }

    @Test
    void an_s3_console_page_is_named_in_the_hello() {
        openWithBucket();
        Page guide = openGuide();
        tab.open(Fixtures.S3_CREATE_BUCKET_URL);
        assertThat(guide.locator("#overlay-status")).containsText("from an S3 console page", FEW_SECONDS);
    }

    @Test
    void the_data_exports_and_legacy_cur_pages_are_named_in_the_hello() {
        openWithBucket();
        Page guide = openGuide();
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        assertThat(guide.locator("#overlay-status")).containsText("from a Data Exports page", FEW_SECONDS);
        tab.openCurCreate();
        // Connected, the header no longer asks: each page load shows the last hello.
        guide.waitForCondition(() -> {
            guide.reload();
            return guide.locator("#overlay-status").textContent().contains("from a Cost and Usage Reports page");
        }, new Page.WaitForConditionOptions().setTimeout(6000));
    }

    @Test
    void a_server_started_after_the_console_page_opened_still_hears_the_hello() {
        int port = LocalServer.unusedPort();
        openWithoutServer(port).openBilling("A");
        server = LocalServer.startOn(port);
        Page guide = openGuide();
        assertThat(guide.locator("#overlay-status")).containsText("connected · version", new LocatorAssertions.ContainsTextOptions().setTimeout(12_000));
    }

    @Test
    void an_extension_of_another_version_than_the_server_is_shown_as_an_older_build() throws IOException {
        Path copy = temp.resolve("old-build");
        copyTree(ExtensionFiles.unpacked(), copy);
        ObjectNode manifest = (ObjectNode) Json.parse(Files.readString(copy.resolve("manifest.json")));
        manifest.put("version", "0.0.1");
        Files.writeString(copy.resolve("manifest.json"), Json.compact(manifest));

        openWithExtension(LocalServer.withBucket(BUCKET), copy);
        Page guide = openGuide();
        tab.openBilling("A");
        assertThat(guide.locator("#overlay-status")).containsText("connected, but an older build", FEW_SECONDS);
        assertThat(guide.locator("#overlay-status")).containsText("version 0.0.1");
        assertThat(guide.locator("#overlay-status")).containsText("Reload the extension at chrome://extensions");
    }

    @Test
    void without_the_extension_the_guide_stays_not_connected_and_shows_the_real_folder_to_load() {
        openWithoutExtension(LocalServer.withBucket(BUCKET));
        Page guide = tab.page();
        AtomicInteger polls = new AtomicInteger();
        guide.onRequestFinished(request -> {
            if (request.url().contains("/guide/overlay-status?")) {
                polls.incrementAndGet();
            }
        });
        guide.navigate(server.url() + "/");
        tab.open("https://us-east-1.console.aws.amazon.com/billing/home#/preferences");
        guide.navigate(server.url() + "/");
        guide.waitForCondition(() -> polls.get() >= 2, new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(guide.locator("#overlay-status")).containsText("not connected yet");
        assertThat(guide.locator("#overlay-status")).hasAttribute("hx-trigger", "every 2s");
        assertThat(guide.locator("#extension-folder")).hasText(ExtensionFiles.unpacked().toString());
        assertTrue(Files.isRegularFile(ExtensionFiles.unpacked().resolve("manifest.json")));
        assertThat(guide.locator("#extension-manifest")).hasText(ExtensionFiles.unpacked().resolve("manifest.json").toString());
        assertThat(guide.locator("#panel-overlay")).containsText("Load unpacked");
    }

    @Test
    void the_popup_and_the_overlay_panel_link_back_to_the_guide_s_current_step() {
        openWithBucket();
        Page guide = openGuide();
        guide.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(guide).hasURL(server.url() + "/step/bucket");

        tab.openBilling("A");
        tab.awaitTarget("enable-reports");
        assertThat(tab.overlay("guide-link")).hasAttribute("href", server.url() + "/step/bucket");
        assertThat(tab.overlay("guide-link")).hasText("Back to the guide: step 1, Bucket");
        assertThat(tab.overlay("guide-link")).hasAttribute("target", "_blank");

        Page popup = tab.context().newPage();
        popup.navigate(ExtensionFiles.url("popup/popup.html"));
        assertThat(popup.locator("#guide")).hasAttribute("href", server.url() + "/step/bucket");
        assertThat(popup.locator("#guide")).hasText("Open the guide at step 1: Bucket");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
