package io.billingpilot.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.extension.support.Fixtures;
import io.billingpilot.extension.support.LocalServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The extension on the old Cost & Usage Reports create flow (a three-step wizard and its bucket dialog). */
class LegacyCurPagesTest extends ConsoleTestCase {
    private static final String REPORT = "hourly-cur";
    private static final String PREFIX = "cur";

    /** A server whose session has the bucket; withReport adds the report name and prefix the extension fills in. */
    private void openWithSession(boolean withReport) {
        LocalServer started = LocalServer.start();
        started.putSession("{\"bucket\":\"" + BUCKET + "\",\"report\":\"cur\",\"account\":\"123456789012\"}");
        if (withReport) {
            started.putSession("{\"exportName\":\"" + REPORT + "\",\"prefix\":\"" + PREFIX + "\"}");
        }
        openWith(started);
        // Tall enough that the overlay panel (docked bottom right) leaves the wizard's buttons free.
        tab.page().setViewportSize(1280, 1300);
    }

    private Locator button(String text) {
        return tab.page().getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName(text).setExact(true));
    }

    @Test
    void the_wizard_is_guided_step_by_step_with_the_bucket_dialog_and_the_in_place_button() {
        openWithSession(false);
        tab.openCurCreate();
        tab.awaitTarget("export-name").fill(REPORT);
        assertThat(tab.overlay("instruction")).containsText("Include resource IDs");
        tab.click("include-resource-ids");
        assertThat(tab.overlay("instruction")).hasText("Click “Next”.");
        ElementHandle next = button("Next").elementHandle();
        button("Next").click();

        assertThat(tab.overlay("instruction")).containsText("“Configure”");
        assertThat(tab.overlay("policy-warning")).containsText("replacing any policy the bucket has");
        tab.click("configure-bucket");
        assertThat(tab.awaitTarget("bucket-name")).hasValue(BUCKET);
        tab.page().locator("[role=dialog]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next")).click();
        tab.click("policy-confirm");
        assertThat(tab.overlay("instruction")).containsText("“Save”");
        button("Save").click();
        tab.awaitTarget("s3-prefix").fill(PREFIX);
        assertThat(tab.target("time-granularity")).hasAttribute("type", "radio");
        assertThat(tab.target("file-versioning")).hasAttribute("type", "radio");

        // The wizard's button keeps its node: "Next" becomes "Review and Complete".
        button("Next").click();
        Locator create = tab.awaitTarget("create-export");
        assertThat(create).hasText("Review and Complete");
        assertEquals(true, tab.page().evaluate("([a, b]) => a === b", List.of(next, create.elementHandle())), "the same node");
        assertThat(tab.overlay("instruction")).containsText("“Review and Complete”");
    }

    @Test
    void the_report_form_reaches_the_server_as_layout_cur() {
        openWithSession(false);
        tab.openCurCreate();
        tab.awaitTarget("export-name").fill(REPORT);
        tab.click("include-resource-ids");
        button("Next").click();
        tab.click("configure-bucket");
        assertThat(tab.awaitTarget("bucket-name")).hasValue(BUCKET);
        tab.awaitTarget("s3-prefix").fill(PREFIX);
        // The report sent when the bucket was filled comes before the prefix: wait for the one after it.
        JsonNode console = server.awaitConsole(seen -> "cur".equals(seen.path("layout").asText())
                && BUCKET.equals(seen.path("export").path("bucket").asText())
                && PREFIX.equals(seen.path("export").path("prefix").asText()), Duration.ofSeconds(5));
        JsonNode export = console.get("export");
        assertEquals(REPORT, export.get("name").asText());
        assertEquals(PREFIX, export.get("prefix").asText());
        assertEquals("hourly", export.get("granularity").asText());
        assertEquals("create-new", export.get("versioning").asText());
        assertEquals(true, export.get("includeResourceIds").asBoolean());
    }

    @Test
    void a_report_name_holding_another_value_is_flagged_and_kept() {
        openWithSession(true);
        tab.fixtureOption("exportNameValue", "hourly_cur").openCurCreate();
        assertThat(tab.overlay("warning")).containsText("The field holds 'hourly_cur'; your export name is 'hourly-cur' (a different name)");
        assertThat(tab.awaitTarget("export-name")).hasValue("hourly_cur");
        assertEquals(List.of(), tab.eval("window.fixture.seen.filter(s => s.field === 'exportName')"));
    }

    @Test
    void late_rendering_and_a_re_render_are_followed() {
        openWithSession(false);
        tab.fixtureOption("renderDelayMs", 3000).openCurCreate();
        // The content script runs (its overlay is there) while the page has rendered nothing yet.
        assertThat(tab.page().locator("#billing-pilot-overlay")).hasCount(1);
        assertEquals(0L, ((Number) tab.eval("document.querySelectorAll('[data-billing-pilot-target]').length")).longValue());
        Locator name = tab.awaitTarget("export-name");
        name.fill(REPORT);
        ElementHandle before = name.elementHandle();
        tab.eval("window.fixture.rerender()");
        tab.page().waitForFunction("old => !old.isConnected && document.querySelector(\"[data-billing-pilot-target='export-name']\") !== null", before);
        assertThat(tab.target("export-name")).hasValue(REPORT);
        assertThat(tab.target("include-resource-ids")).hasCount(1);
    }

    @Test
    void the_hidden_bucket_dialog_is_left_alone() {
        openWithSession(false);
        tab.fixtureOption("hiddenDialog", true).openCurCreate();
        tab.click("include-resource-ids");
        button("Next").click();
        tab.awaitTarget("configure-bucket");
        Locator field = tab.page().locator("[role=dialog] input[type=text]");
        assertThat(field).hasCount(1);
        // Once the extension has reported what the page holds, it has had its look at the page.
        server.awaitConsole(seen -> "cur".equals(seen.path("layout").asText()), Duration.ofSeconds(10));
        assertThat(field).hasValue("");
        assertEquals(0L, ((Number) tab.eval("document.querySelectorAll(\"[role=dialog] [data-billing-pilot-target]\").length")).longValue());
        tab.click("configure-bucket");
        assertThat(field).hasValue(BUCKET, new LocatorAssertions.HasValueOptions().setTimeout(10_000));
    }

    @Test
    void a_page_on_these_routes_that_the_extension_does_not_recognise_is_left_alone_and_the_panel_says_so() {
        openWithSession(false);
        tab.openBillingFixture(Fixtures.CUR_CREATE, Fixtures.CUR_CREATE_URL.replace("#/reports/create", "#/reports"));
        // The Cost & Usage Reports list: on the route, but none of the create page's texts.
        tab.page().getByText("No reports.").waitFor();
        assertThat(tab.overlay("instruction")).containsText("billing-pilot does not recognise this page",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(tab.overlay("instruction")).containsText("It leaves the page alone.");
        assertEquals(0L, ((Number) tab.eval("document.querySelectorAll('[data-billing-pilot-target]').length")).longValue());
    }
}
