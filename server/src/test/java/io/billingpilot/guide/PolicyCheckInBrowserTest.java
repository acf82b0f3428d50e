package io.billingpilot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.json.Json;
import io.billingpilot.support.Chromium;
import io.billingpilot.support.Fixtures;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checking the bucket's current policy on step 2, in Chromium: pasting with htmx, and the plain form. */
class PolicyCheckInBrowserTest {
    private static Playwright playwright;
    private static Browser browser;
    private static TestServer server;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
    }

    @AfterAll
    static void shutDown() {
        server.close();
        browser.close();
        playwright.close();
    }

    @Test
    void pasting_shows_the_findings_and_the_merged_policy_with_its_diff_without_submitting() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setPermissions(List.of("clipboard-read", "clipboard-write")))) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.navigate(server.url("/step/reports"));
            page.evaluate("() => { window.sameDocument = true; }");
            Locator field = page.getByLabel("The policy on the bucket now");

            paste(page, field, Fixtures.policy("prefix-only"));
            Locator finding = page.locator("#policy-findings [data-code=put-object-prefix-only]");
            assertThat(finding).containsText("Problem");
            assertThat(finding.locator(".fix")).containsText("Fix:");

            paste(page, field, Fixtures.policy("other-statement"));
            assertThat(page.locator("#policy-findings [data-code=put-object-prefix-only]")).hasCount(0);
            Locator added = page.locator("#policy-merged .diff-line.added");
            assertThat(added.filter(new Locator.FilterOptions().setHasText("\"Sid\": \"Stmt1335892150622\""))).hasCount(1);
            assertThat(added.filter(new Locator.FilterOptions().setHasText("\"Sid\": \"Stmt1335892526596\""))).hasCount(1);
            assertThat(page.locator("#policy-merged .diff-line.removed")).hasCount(0);
            assertThat(added.first().locator(".visually-hidden")).hasText("Added: ");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy merged policy")).click();
            assertThat(page.locator("#merged-policy-json-copy-status")).hasText("Copied.");
            JsonNode merged = Json.parse((String) page.evaluate("() => navigator.clipboard.readText()"));
            List<String> sids = new ArrayList<>();
            merged.get("Statement").forEach(statement -> sids.add(statement.get("Sid").asText()));
            assertEquals(List.of("MetriclyReads", "Stmt1335892150622", "Stmt1335892526596"), sids);
            assertEquals(Json.parse(Fixtures.policy("other-statement")).get("Statement").get(0), merged.get("Statement").get(0),
                    "the other statement is kept exactly");

            assertEquals(Boolean.TRUE, page.evaluate("() => window.sameDocument"), "no page load: nothing was submitted");
            assertThat(page).hasURL(server.url("/step/reports"));
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void without_javascript_the_form_posts_and_the_page_comes_back_with_the_results() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(server.url("/step/reports"));
            page.getByLabel("The policy on the bucket now").fill(Fixtures.policy("prefix-only"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check this policy")).click();

            assertThat(page).hasURL(server.url(GuidePaths.POLICY_CHECK + "#panel-policy-check"));
            assertThat(page.locator("main h1")).containsText("Step 2");
            assertThat(page.locator("#policy-findings [data-code=put-object-prefix-only]")).isVisible();
            assertThat(page.locator("#policy-merged .diff-line.removed")).containsText("metricly-example/billing/*");
            assertTrue(page.getByLabel("The policy on the bucket now").inputValue().contains("metricly-example/billing/*"),
                    "the pasted text is still in the box");
        }
    }

    /** Puts the text on the clipboard and pastes it over the field's content, as a person would. */
    private static void paste(Page page, Locator field, String text) {
        page.evaluate("text => navigator.clipboard.writeText(text)", text);
        field.focus();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("ControlOrMeta+V");
        assertThat(field).hasValue(text);
    }
}
