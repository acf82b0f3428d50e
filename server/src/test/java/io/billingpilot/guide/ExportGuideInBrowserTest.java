package io.billingpilot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.json.Json;
import io.billingpilot.support.Chromium;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person choosing Data Exports or the legacy CUR on the start page and going through step 2
 * in Chromium, with htmx and with JavaScript off.
 */
class ExportGuideInBrowserTest {
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();

    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext withScripts;
    private static BrowserContext withoutScripts;

    private TestServer server;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        withScripts = browser.newContext();
        withoutScripts = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    }

    @AfterAll
    static void shutDown() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void open() {
        server = TestServer.start();
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void a_data_export_is_picked_on_the_start_page_and_its_name_and_prefix_are_checked_as_typed() {
        Page page = withScripts.newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        try {
            page.navigate(server.url("/"));
            assertThat(page.locator("#panel-paths table")).containsText("BILLING_PERIOD=YYYY-MM");
            page.getByLabel("Data Exports (CUR 2.0 / FOCUS)").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.getByLabel("Bucket name").fill("metricly-example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
            assertThat(page).hasURL(server.url("/step/reports"));
            assertThat(page.locator("h1")).hasText("Step 2: a Data Export into the bucket");

            Locator name = page.getByLabel(LABELS.exportTarget(ConsoleLabels.DATA_EXPORTS_CREATE, "export-name"),
                    new Page.GetByLabelOptions().setExact(true));
            Locator prefix = page.getByLabel(LABELS.exportTarget(ConsoleLabels.DATA_EXPORTS_CREATE, "s3-prefix"),
                    new Page.GetByLabelOptions().setExact(true));
            name.pressSequentially("cur2 hourly");
            Locator check = page.locator("#export-check");
            assertThat(check.locator("[data-rule=spaces]")).containsText("cannot contain spaces");
            prefix.pressSequentially("/billing");
            assertThat(check.locator("[data-field=prefix] [data-rule=edge-slash]")).isVisible();
            assertThat(page).hasURL(server.url("/step/reports"));

            name.fill("cur2-hourly");
            prefix.fill("billing");
            assertThat(check).containsText("AWS accepts both");
            // Saving while a check is still under way would cancel it (htmx reports the abort): a person
            // saves after the answer shows, so the test does too.
            page.waitForFunction("() => document.querySelector('.htmx-request') === null");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name and prefix")).click();
            assertThat(page.locator("#panel-files")).containsText(
                    "billing/cur2-hourly/data/BILLING_PERIOD=YYYY-MM/cur2-hourly-00001.csv.gz");
            assertThat(page.locator("#panel-steps")).containsText("enter cur2-hourly");
            assertThat(page.locator("#panel-overwrite .warning")).isVisible();
            JsonNode session = Json.parse(server.get("/api/v1/session").body());
            assertEquals("cur2-hourly", session.get("exportName").asText());
            assertEquals("billing", session.get("prefix").asText());
            assertEquals(List.of(), errors, "no script errors and no Content-Security-Policy violations");
        } finally {
            page.close();
        }
    }

    @Test
    void without_javascript_a_legacy_cur_is_named_refused_with_the_rule_and_then_watched_for() {
        Page plain = withoutScripts.newPage();
        try {
            plain.navigate(server.url("/"));
            plain.getByLabel("Cost and Usage Report (legacy)").check();
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            plain.getByLabel("Bucket name").fill("metricly-example");
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
            assertThat(plain.locator("h1")).hasText("Step 2: a Cost and Usage Report into the bucket");

            Locator name = plain.getByLabel(LABELS.exportTarget(ConsoleLabels.CUR_CREATE, "export-name"),
                    new Page.GetByLabelOptions().setExact(true));
            Locator prefix = plain.getByLabel(LABELS.exportTarget(ConsoleLabels.CUR_CREATE, "s3-prefix"),
                    new Page.GetByLabelOptions().setExact(true));
            name.fill("metricly#hourly");
            prefix.fill("billing/");
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name and prefix")).click();
            assertThat(plain.locator("#export-check [data-rule=characters]")).containsText("found '#'");
            assertThat(plain.locator("#export-check [data-rule=edge-slash]")).isVisible();
            assertThat(name).hasValue("metricly#hourly");
            assertTrue(Json.parse(server.get("/api/v1/session").body()).get("exportName").isNull());

            name.fill("metricly-hourly");
            prefix.fill("billing");
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name and prefix")).click();
            assertThat(plain).hasURL(server.url("/step/reports#panel-naming"));
            assertThat(plain.locator("#panel-files")).containsText("billing/metricly-hourly/yyyymmdd-yyyymmdd/");
            plain.locator("#panel-steps summary").click();
            assertThat(plain.locator("#panel-steps details ol")).containsText(
                    LABELS.exportTarget(ConsoleLabels.CUR_CREATE, "policy-confirm"));

            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done, watch for the files")).click();
            assertThat(plain).hasURL(server.url("/step/delivery"));
            assertThat(plain.locator("#panel-files")).containsText("billing/metricly-hourly/yyyymmdd-yyyymmdd/");
        } finally {
            plain.close();
        }
    }
}
