package io.billingpilot.guide;

import io.billingpilot.core.Layout;
import io.billingpilot.core.ProgramVersion;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console overlay as the guide shows it over HTTP: header status, start panel, console steps. */
class OverlayPagesTest {
    private static final String HEADER_POLL =
            "hx-get=\"/guide/overlay-status?shown=not-connected\" hx-trigger=\"every 2s\" hx-swap=\"outerHTML\"";
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();

    @TempDir
    Path temp;
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path builtExtension() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("billing-pilot-extension"));
        Files.writeString(folder.resolve("manifest.json"), "{\"version\":\"" + ProgramVersion.current() + "\"}");
        return folder;
    }

    private void hello(String version) {
        HttpResponse<String> answer = server.postJson("/api/v1/console/hello",
                "{\"version\":\"" + version + "\",\"browser\":\"chromium\",\"page\":null}");
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void the_start_page_shows_how_to_load_the_extension_from_its_absolute_folder() throws IOException {
        Path folder = builtExtension();
        server = TestServer.startWithExtensionFolder(folder);
        String page = server.get("/").body();
        assertTrue(page.contains("id=\"panel-overlay\""), page);
        assertTrue(page.contains("Console overlay"), page);
        assertTrue(page.contains("<code>chrome://extensions</code>") && page.contains("Developer mode")
                && page.contains("Load unpacked"), page);
        assertTrue(page.contains("<code id=\"extension-folder\">" + folder.toAbsolutePath() + "</code>"), page);
        assertTrue(page.contains("data-copy-target=\"extension-folder\""), "a copy button for the folder");
        assertTrue(page.contains("<code>about:debugging#/runtime/this-firefox</code>") && page.contains("Load Temporary Add-on"), page);
        assertTrue(page.contains(folder.resolve("manifest.json").toAbsolutePath().toString()), page);
        assertFalse(page.contains("not built yet"), page);
        // The panel comes before the first step's form, so the overlay is met before any console step.
        assertTrue(page.indexOf("id=\"panel-overlay\"") < page.indexOf("id=\"panel-start\""));
    }

    @Test
    void a_folder_not_staged_yet_comes_with_how_to_build_it() {
        Path missing = temp.resolve("not-there");
        server = TestServer.startWithExtensionFolder(missing);
        String page = server.get("/").body();
        assertTrue(page.contains("not built yet"), page);
        assertTrue(page.contains("<code>scripts/run</code>") && page.contains(ExtensionFolder.STAGE_COMMAND), page);
        assertTrue(page.contains(missing.toAbsolutePath().toString()), page);
    }

    @Test
    void every_page_s_header_polls_while_not_connected_and_stops_once_connected() throws IOException {
        server = TestServer.startWithExtensionFolder(builtExtension());
        for (Step step : Step.values()) {
            String page = server.get(step.path()).body();
            assertTrue(page.contains("not connected yet"), step + ": " + page);
            assertTrue(page.contains(HEADER_POLL), step + ": " + page);
        }
        hello(ProgramVersion.current());
        for (Step step : Step.values()) {
            String page = server.get(step.path()).body();
            assertTrue(page.contains("<strong>connected</strong>"), step + ": " + page);
            assertFalse(page.contains("hx-trigger=\"every 2s\""), step + ": a connected status stops polling");
        }
    }

    @Test
    void the_status_fragments_answer_htmx_and_send_a_person_to_the_start_page() throws IOException {
        server = TestServer.startWithExtensionFolder(builtExtension());
        HttpResponse<String> header = htmx("/guide/overlay-status");
        assertEquals(200, header.statusCode());
        assertTrue(header.body().startsWith("<div id=\"overlay-status\""), header.body());
        assertTrue(header.body().contains(HEADER_POLL), header.body());
        HttpResponse<String> panel = htmx("/guide/overlay-status/panel");
        assertTrue(panel.body().startsWith("<div id=\"overlay-panel-status\""), panel.body());
        assertTrue(panel.body().contains("hx-trigger=\"every 2s\""), panel.body());
        // Unchanged since the page showed it: nothing to swap, so screen readers hear nothing new.
        assertEquals(204, htmx("/guide/overlay-status?shown=not-connected").statusCode());
        assertEquals(204, htmx("/guide/overlay-status/panel?shown=not-connected").statusCode());

        hello(ProgramVersion.current());
        HttpResponse<String> changed = htmx("/guide/overlay-status?shown=not-connected");
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("<strong>connected</strong>"), changed.body());
        assertFalse(changed.body().contains("hx-trigger"), "connected: the polling stops");
        HttpResponse<String> panelChanged = htmx("/guide/overlay-status/panel?shown=not-connected");
        assertTrue(panelChanged.body().contains("Connected"), panelChanged.body());
        assertFalse(panelChanged.body().contains("hx-trigger"));

        HttpResponse<String> direct = server.get("/guide/overlay-status");
        assertEquals(303, direct.statusCode());
        assertEquals("/", direct.headers().firstValue("Location").orElse(""));
    }

    @Test
    void an_older_build_is_flagged_on_the_start_panel_with_the_reload_step() throws IOException {
        server = TestServer.startWithExtensionFolder(builtExtension());
        hello("0.0.1");
        String page = server.get("/").body();
        assertTrue(page.contains("Connected, but an older build"), page);
        assertTrue(page.contains("Reload the extension at <code>chrome://extensions</code>"), page);
    }

    @Test
    void the_billing_preferences_step_says_what_the_overlay_points_at_and_opens_the_console_in_a_new_tab()
            throws IOException {
        server = TestServer.startWithExtensionFolder(builtExtension());
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\",\"report\":\"dbr\"}");
        server.postForm("/step/reports/layout", Map.of("layout", "C"), Map.of());
        String page = server.get("/step/reports").body();
        String hint = overlayHint(page);
        for (String label : LABELS.overlayTargets(Layout.C)) {
            assertTrue(hint.contains(">" + label + "<"), label + " in " + hint);
        }
        assertConsoleLinksOpenInANewTab(page);
    }

    @Test
    void the_s3_and_data_exports_steps_say_what_the_overlay_points_at() throws IOException {
        server = TestServer.startWithExtensionFolder(builtExtension());
        server.postForm("/", Map.of("situation", "new-bucket", "report", "data-exports"), Map.of());
        String bucketPage = server.get("/step/bucket").body();
        for (String label : LABELS.s3CreateBucketTargets()) {
            assertTrue(overlayHint(bucketPage).contains(">" + label + "<"), label);
        }
        assertConsoleLinksOpenInANewTab(bucketPage);

        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        String reports = server.get("/step/reports").body();
        for (String label : LABELS.exportTargets("dataExportsCreate")) {
            assertTrue(overlayHint(reports).contains(">" + label + "<"), label);
        }
        assertConsoleLinksOpenInANewTab(reports);
    }

    private static String overlayHint(String page) {
        Matcher hint = Pattern.compile("<p class=\"hint overlay-hint\">(.*?)</p>").matcher(page);
        assertTrue(hint.find(), "the step says what the overlay points at: " + page);
        return hint.group(1);
    }

    private static void assertConsoleLinksOpenInANewTab(String page) {
        Matcher links = Pattern.compile("<a [^>]*href=\"https://[^\"]*console\\.aws\\.amazon\\.com[^\"]*\"[^>]*>").matcher(page);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(links.group().contains("target=\"_blank\""), links.group());
            assertTrue(links.group().matches(".*rel=\"[^\"]*noopener[^\"]*\".*"), links.group());
        }
        assertTrue(count > 0, "the page links to the console");
    }

    private HttpResponse<String> htmx(String path) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("HX-Request", "true").GET());
    }
}
