package io.billingpilot.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.guide.model.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension on each Billing Preferences layout (A, B, C), served at the real console URL. */
class BillingLayoutsTest extends ConsoleTestCase {
    @BeforeEach
    void start() {
        openWithBucket();
    }

    /** The targets each fixture layout has on the page itself (before any dialog). */
    private static List<String> pageTargets(String layout) {
        return switch (layout) {
            case "A" -> List.of("enable-reports", "bucket-name", "sample-policy", "verify", "report-monthly", "report-detailed",
                    "report-cost-allocation", "report-detailed-tags", "manage-tags", "save");
            case "B" -> List.of("enable-reports", "configure-bucket", "bucket-name", "verify", "report-monthly", "report-detailed",
                    "report-cost-allocation", "report-detailed-tags", "manage-tags", "save");
            default -> List.of("enable-reports", "configure-bucket", "report-monthly", "report-cost-allocation", "manage-tags", "save");
        };
    }

    /** The bucket-name field: on the page in layout A, in the console's dialog (opened here) in B and C. */
    private Locator bucketField(String layout) {
        tab.awaitTarget("enable-reports");
        if (layout.equals("A")) {
            return tab.target("bucket-name");
        }
        tab.click("configure-bucket");
        return tab.page().locator("[role=dialog] input[type=text]");
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void every_target_on_the_page_is_marked_by_its_visible_label(String layout) {
        tab.openBilling(layout);
        for (String target : pageTargets(layout)) {
            assertThat(tab.target(target)).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        }
        assertThat(tab.target("enable-reports")).hasAttribute("type", "checkbox");
        assertThat(tab.target("save")).containsText(layout.equals("C") ? "Activate" : "Save preferences");
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void the_bucket_field_is_filled_so_that_the_page_itself_sees_the_value(String layout) {
        tab.openBilling(layout);
        Locator field = bucketField(layout);
        assertThat(field).hasAttribute("data-billing-pilot-target", "bucket-name");
        assertThat(field).hasValue(BUCKET);
        tab.page().waitForFunction("() => window.fixture.seen.some(s => s.value === '" + BUCKET + "')");
        assertEquals(BUCKET, tab.eval("window.fixture.state.fields.bucket"));
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void the_console_state_reaches_the_server_within_two_seconds(String layout) {
        tab.openBilling(layout);
        tab.click("enable-reports");
        tab.click("report-monthly");
        long ticked = System.nanoTime();
        JsonNode console = server.awaitConsole(seen -> seen.path("enableReports").asBoolean()
                && seen.path("reports").path("monthly").asBoolean(), Duration.ofSeconds(5));
        long millis = (System.nanoTime() - ticked) / 1_000_000;
        assertTrue(millis < 2000, "reported after " + millis + " ms");
        assertEquals(layout, console.get("layout").asText());
        assertFalse(console.path("reports").path("costAllocation").asBoolean());
        if (layout.equals("A")) {
            assertEquals(BUCKET, console.get("bucketField").asText());
        }
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void a_field_holding_another_name_is_flagged_with_the_difference_and_kept(String layout) {
        tab.fixtureOption("bucketValue", "Metricly-Example").openBilling(layout);
        Locator field = bucketField(layout);
        assertThat(field).hasAttribute("data-billing-pilot-target", "bucket-name");
        assertThat(tab.overlay("warning")).containsText(
                "The field holds 'Metricly-Example'; your bucket is 'metricly-example' (letter case differs)");
        assertThat(field).hasValue("Metricly-Example");
        assertEquals(List.of(), tab.eval("window.fixture.seen.filter(s => s.field === 'bucket')"));
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void elements_rendered_seconds_after_load_are_found_and_marked(String layout) {
        // The extension's measurements (off unless <html> asks for them) say when it has looked at the page.
        tab.page().addInitScript("(() => { const ask = () => document.documentElement"
                + " && document.documentElement.setAttribute('data-billing-pilot-debug', '');"
                + " if (!ask()) new MutationObserver((changes, watch) => { if (document.documentElement) { ask(); watch.disconnect(); } })"
                + ".observe(document, {childList: true}); })()");
        tab.fixtureOption("renderDelayMs", 3000).openBilling(layout);
        tab.page().waitForFunction("() => { document.dispatchEvent(new Event('billing-pilot:stats'));"
                + " const stats = document.documentElement.getAttribute('data-billing-pilot-stats');"
                + " return stats !== null && JSON.parse(stats).calls > 0; }");
        // One look at the page, so the late content cannot arrive between the two checks.
        assertEquals(List.of(false, 0), tab.eval(
                "[window.fixture.mounted(), document.querySelectorAll('[data-billing-pilot-target]').length]"));
        assertThat(tab.target("enable-reports")).hasCount(1);
        // Layout C's first step (its section's Edit) is done when the section's settings can be used.
        assertThat(tab.overlay("progress")).hasText("Step " + (layout.equals("C") ? 2 : 1) + " of " + steps(layout));
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void a_re_render_that_replaces_the_marked_nodes_gets_the_new_nodes_marked(String layout) {
        tab.openBilling(layout);
        ElementHandle before = tab.awaitTarget("enable-reports").elementHandle();
        ElementHandle saveBefore = tab.awaitTarget("save").elementHandle();
        tab.eval("window.fixture.rerender()");
        assertFalse((Boolean) before.evaluate("node => node.isConnected"));
        tab.page().waitForFunction("old => old.isConnected === false && document.querySelector(\"[data-billing-pilot-target='enable-reports']\") !== null", before);
        ElementHandle after = tab.awaitTarget("enable-reports").elementHandle();
        assertNotEquals(Boolean.TRUE, tab.page().evaluate("([a, b]) => a === b", List.of(before, after)));
        assertThat(tab.target("save")).hasCount(1);
        assertEquals(Boolean.FALSE, saveBefore.evaluate("node => node.isConnected"));
        for (String target : pageTargets(layout)) {
            assertThat(tab.target(target)).hasCount(1);
        }
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void a_hash_navigation_away_and_back_guides_the_page_again(String layout) {
        tab.openBilling(layout);
        tab.awaitTarget("enable-reports");
        assertThat(tab.page().locator("#billing-pilot-overlay")).hasCount(1);
        tab.eval("location.hash = '#/bills'");
        assertThat(tab.page().locator("#billing-pilot-overlay")).hasCount(0);
        assertThat(tab.page().locator("[data-billing-pilot-target]")).hasCount(0);
        tab.page().goBack();
        assertThat(tab.target("enable-reports")).hasCount(1);
        assertThat(tab.overlay("instruction")).containsText("Tick");
        assertThat(tab.page().locator("#billing-pilot-overlay")).hasCount(1);
    }

    private static int steps(String layout) {
        // C: the section's Edit, the box, the dialog's five, four reports (two optional), Activate.
        return layout.equals("A") ? 8 : 12;
    }
}
