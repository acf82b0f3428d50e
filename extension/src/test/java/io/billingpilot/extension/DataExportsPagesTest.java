package io.billingpilot.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.extension.support.ConsoleTab;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.extension.support.Fixtures;
import io.billingpilot.extension.support.LocalServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension on the Data Exports list and create pages (Cloudscape-rendered fixtures at the console URLs). */
class DataExportsPagesTest extends ConsoleTestCase {
    static final String EXPORT = "metricly-cur2";
    static final String PREFIX = "billing";
    /** The guide's answers for a Data Exports path: bucket, report, account. */
    static final String BUCKET_SESSION = "{\"bucket\":\"" + BUCKET + "\",\"report\":\"data-exports\",\"account\":\"123456789012\"}";
    /** The same with the export name and prefix the extension fills in. */
    static final String EXPORT_SESSION = "{\"exportName\":\"" + EXPORT + "\",\"prefix\":\"" + PREFIX + "\"}";

    /** A server whose session has the bucket; withExport adds the export name and prefix. */
    private ConsoleTab openWithSession(boolean withExport) {
        LocalServer started = LocalServer.start();
        started.putSession(BUCKET_SESSION);
        if (withExport) {
            started.putSession(EXPORT_SESSION);
        }
        return openWith(started);
    }

    /** Types the name and prefix as the admin would (the session here has none to fill in). */
    private void typeNameAndPrefix() {
        tab.awaitTarget("export-name").fill(EXPORT);
        tab.awaitTarget("s3-prefix").fill(PREFIX);
    }

    private static final List<String> PAGE_TARGETS = List.of("export-type", "export-name", "export-table", "include-resource-ids",
            "split-cost-allocation", "time-granularity", "file-format", "file-versioning", "configure-bucket", "s3-prefix", "create-export");

    private Locator dialogButton(String text) {
        return tab.page().locator("[role=dialog]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text).setExact(true));
    }

    @Test
    void every_target_of_the_create_page_is_marked_by_its_visible_label() {
        openWithSession(false);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        for (String target : PAGE_TARGETS) {
            assertThat(tab.target(target)).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        }
        assertThat(tab.target("export-type")).hasAttribute("type", "radio");
        assertThat(tab.target("time-granularity")).hasAttribute("type", "radio");
        assertThat(tab.target("include-resource-ids")).hasAttribute("type", "checkbox");
        assertThat(tab.target("create-export")).hasText("Create");
        assertThat(tab.overlay("layout")).hasText("Data Exports: Create export");
    }

    @Test
    void the_export_name_prefix_and_bucket_are_filled_so_that_the_pages_react_handlers_see_them() {
        openWithSession(true);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        assertThat(tab.awaitTarget("export-name")).hasValue(EXPORT);
        assertThat(tab.awaitTarget("s3-prefix")).hasValue(PREFIX);
        tab.page().waitForFunction("() => window.fixture.state.fields.exportName === '" + EXPORT + "'"
                + " && window.fixture.state.fields.prefix === '" + PREFIX + "'");
        tab.click("configure-bucket");
        assertThat(tab.awaitTarget("bucket-name")).hasValue(BUCKET);
        tab.page().waitForFunction("() => window.fixture.seen.some(s => s.field === 'bucket' && s.value === '" + BUCKET + "')");
    }

    @Test
    void a_name_holding_another_value_is_flagged_and_kept() {
        openWithSession(true);
        tab.fixtureOption("exportNameValue", "Metricly-CUR2").open(Fixtures.DATA_EXPORTS_CREATE_URL);
        assertThat(tab.overlay("warning")).containsText(
                "The field holds 'Metricly-CUR2'; your export name is 'metricly-cur2' (letter case differs)");
        assertThat(tab.target("export-name")).hasValue("Metricly-CUR2");
        assertThat(tab.target("s3-prefix")).hasValue(PREFIX);
        assertEquals(List.of(), tab.eval("window.fixture.seen.filter(s => s.field === 'exportName')"));
    }

    @Test
    void before_the_bucket_dialog_the_panel_warns_that_it_replaces_the_policy_and_offers_the_merged_one() {
        openWithSession(false);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        typeNameAndPrefix();
        tab.click("include-resource-ids");
        assertThat(tab.overlay("instruction")).containsText("Configure");
        assertThat(tab.overlay("policy-warning")).containsText("replacing any policy the bucket has");
        tab.overlay("existing-policy").fill("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"KeepMe\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::metricly-example/*\"}]}");
        tab.overlay("merge").click();
        assertThat(tab.overlay("policy-note")).containsText("Merged into the bucket's current policy");
        assertThat(tab.overlay("policy")).containsText("KeepMe");
        assertThat(tab.overlay("policy")).containsText("bcm-data-exports.amazonaws.com");
        tab.click("configure-bucket");
        assertThat(tab.overlay("policy-warning")).containsText("replacing any policy");
    }

    @Test
    void the_forms_choices_reach_the_server() {
        openWithSession(false);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        typeNameAndPrefix();
        tab.click("include-resource-ids");
        tab.page().getByLabel("Daily", new Page.GetByLabelOptions().setExact(true)).check();
        tab.page().getByLabel("gzip – text/csv").check();
        // The server keeps the choices as its own ids (the label table's keys are what the extension sends).
        JsonNode console = server.awaitConsole(seen -> "daily".equals(seen.path("export").path("granularity").asText())
                && "csv-gzip".equals(seen.path("export").path("format").asText()), Duration.ofSeconds(5));
        assertEquals("data-exports", console.get("layout").asText());
        JsonNode export = console.get("export");
        assertEquals(EXPORT, export.get("name").asText());
        assertEquals(PREFIX, export.get("prefix").asText());
        assertEquals("cur2", export.get("table").asText());
        assertEquals("overwrite", export.get("versioning").asText());
        assertTrue(export.get("includeResourceIds").asBoolean());
    }

    @Test
    void the_legacy_cur_export_types_report_versioning_reaches_the_server() {
        openWithSession(false);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        tab.awaitTarget("export-name");
        // The "Legacy CUR export" type words the versioning choice its own way (reference section 9 A).
        tab.page().getByLabel("Legacy CUR export").check();
        tab.page().getByLabel("Create new report version").check();
        assertThat(tab.target("file-versioning")).hasCount(1);
        JsonNode console = server.awaitConsole(seen -> "create-new".equals(seen.path("export").path("versioning").asText()),
                Duration.ofSeconds(5));
        // The legacy type makes the console's export a CUR: the extension reports it as such.
        assertEquals("cur", console.get("layout").asText());
    }

    @Test
    void elements_rendered_seconds_after_load_are_found_and_marked() {
        openWithSession(false);
        tab.fixtureOption("renderDelayMs", 3000).open(Fixtures.DATA_EXPORTS_CREATE_URL);
        // The content script runs (its overlay is there) while the page has rendered nothing yet.
        assertThat(tab.page().locator("#billing-pilot-overlay")).hasCount(1);
        assertEquals(List.of(false, 0), tab.eval(
                "[window.fixture.mounted(), document.querySelectorAll('[data-billing-pilot-target]').length]"));
        assertThat(tab.target("export-name")).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        assertThat(tab.target("create-export")).hasCount(1);
    }

    @Test
    void a_re_render_that_replaces_every_node_gets_the_new_nodes_marked() {
        openWithSession(false);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        typeNameAndPrefix();
        ElementHandle before = tab.awaitTarget("file-format").elementHandle();
        tab.awaitTarget("create-export");
        tab.eval("window.fixture.rerender()");
        tab.page().waitForFunction("old => !old.isConnected && document.querySelector(\"[data-billing-pilot-target='file-format']\") !== null", before);
        for (String target : PAGE_TARGETS) {
            assertThat(tab.target(target)).hasCount(1);
        }
        assertThat(tab.target("export-name")).hasValue(EXPORT);
    }

    @Test
    void the_dialogs_button_whose_text_changes_in_place_is_ringed_as_the_save_button() {
        openWithSession(false);
        tab.open(Fixtures.DATA_EXPORTS_CREATE_URL);
        typeNameAndPrefix();
        tab.click("include-resource-ids");
        tab.click("configure-bucket");
        assertThat(tab.awaitTarget("bucket-name")).hasValue(BUCKET);
        assertThat(tab.overlay("instruction")).containsText("“Next” in the dialog");
        Locator next = dialogButton("Next");
        ElementHandle node = next.elementHandle();
        next.click();
        Locator save = dialogButton("Save policy to S3 bucket");
        assertThat(save).isVisible();
        assertEquals(true, tab.page().evaluate("([a, b]) => a === b", List.of(node, save.elementHandle())), "the same node");
        assertThat(tab.overlay("instruction")).containsText("“Save policy to S3 bucket”");
        assertThat(tab.overlay("highlight")).isVisible();
        // The ring follows its element after the next layout: wait until it surrounds the button.
        tab.page().waitForFunction("button => { const ring = document.getElementById('billing-pilot-overlay').shadowRoot"
                + ".querySelector('[data-part=highlight]').getBoundingClientRect(); const box = button.getBoundingClientRect();"
                + " return ring.left <= box.left && ring.top <= box.top && ring.right >= box.right && ring.bottom >= box.bottom; }",
                save.elementHandle());
    }

    @Test
    void a_dialog_kept_mounted_while_hidden_is_left_alone_until_it_opens() {
        openWithSession(false);
        tab.fixtureOption("hiddenDialog", true).open(Fixtures.DATA_EXPORTS_CREATE_URL);
        tab.awaitTarget("create-export");
        Locator field = tab.page().locator("[role=dialog] input[type=text]");
        assertThat(field).hasCount(1);
        // Once the extension has reported what the page holds, it has had its look at the page.
        server.awaitConsole(seen -> "data-exports".equals(seen.path("layout").asText()), Duration.ofSeconds(10));
        assertThat(field).hasValue("");
        assertThat(field).not().hasAttribute("data-billing-pilot-target", "bucket-name");
        assertEquals(List.of(), tab.eval("window.fixture.seen.filter(s => s.field === 'bucket')"));
        tab.click("configure-bucket");
        assertThat(field).hasAttribute("data-billing-pilot-target", "bucket-name");
        assertThat(field).hasValue(BUCKET);
    }

    @Test
    void the_list_page_reads_each_exports_status_and_reports_it() {
        openWithSession(true);
        tab.open(Fixtures.DATA_EXPORTS_URL);
        assertThat(tab.awaitTarget("create-export")).hasText("Create");
        assertThat(tab.overlay("warning")).containsText("Your export 'metricly-cur2' is Healthy");
        JsonNode console = server.awaitConsole(seen -> seen.path("export").path("exports").size() == 2, Duration.ofSeconds(5));
        assertEquals("data-exports", console.get("layout").asText());
        JsonNode rows = console.get("export").get("exports");
        assertEquals(EXPORT, rows.get(0).get("name").asText());
        assertEquals("healthy", rows.get(0).get("status").asText());
        assertEquals("focus-monthly", rows.get(1).get("name").asText());
        assertEquals("unhealthy", rows.get(1).get("status").asText());

        tab.eval("window.fixture.state.exports[0].status = 'Unhealthy'; window.fixture.rerender()");
        assertThat(tab.overlay("warning")).containsText("Your export 'metricly-cur2' is Unhealthy: its last delivery failed");
        server.awaitConsole(seen -> "unhealthy".equals(seen.path("export").path("exports").path(0).path("status").asText()),
                Duration.ofSeconds(5));
    }
}
