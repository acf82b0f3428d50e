package io.billingpilot.guide;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.json.Json;
import io.billingpilot.support.Chromium;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitoring step in Chromium: each tool, the role's policies to copy, the setup as code to download. */
class MonitoringStepInBrowserTest {
    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext withScripts;
    private static BrowserContext withoutScripts;

    private TestServer server;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        withScripts = browser.newContext(new Browser.NewContextOptions()
                .setPermissions(List.of("clipboard-read", "clipboard-write")).setAcceptDownloads(true));
        withoutScripts = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    }

    @AfterAll
    static void shutDown() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"billing-reports\",\"report\":\"data-exports\","
                + "\"account\":\"123456789012\",\"prefix\":\"exports\",\"exportName\":\"billing-export\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void save(Page page, String tool, String account, String externalId) {
        page.getByLabel(tool, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("The tool's AWS account id").fill(account);
        page.getByLabel("External ID").fill(externalId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
    }

    @Test
    void virtana_s_role_is_shown_copied_and_downloaded_as_code() throws Exception {
        Page page = withScripts.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(server.url("/step/monitoring"));
        assertThat(page.locator("h1")).containsText("Virtana");
        assertThat(page.locator("#trust-policy-missing")).isVisible();

        save(page, "Virtana", "123456789013", "vt-ext-42");
        assertThat(page.locator("#trust-policy-json")).containsText("arn:aws:iam::123456789013:root");
        String trust = page.locator("#trust-policy-json").textContent();
        assertEquals("vt-ext-42", Json.parse(trust).at("/Statement/0/Condition/StringEquals/sts:ExternalId").asText());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy trust policy")).click();
        assertThat(page.locator("#trust-policy-json-copy-status")).hasText("Copied.");
        assertEquals(trust, page.evaluate("() => navigator.clipboard.readText()"));

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download CloudFormation template")).click());
        assertEquals("billing-setup.template.json", download.suggestedFilename());
        String template = Files.readString(download.path());
        assertEquals("AWS::BCMDataExports::Export", Json.parse(template).at("/Resources/BillingExport/Type").asText());
        assertEquals("billing-export", Json.parse(template).at("/Parameters/ExportName/Default").asText());
        assertEquals(List.of(), errors);
        page.close();
    }

    @Test
    void switching_to_another_tool_without_javascript_drops_cost_explorer() {
        Page page = withoutScripts.newPage();
        page.navigate(server.url("/step/monitoring"));
        assertThat(page.locator("#permissions-policy-json")).containsText("ce:Get*");
        save(page, "Another tool", "123456789013", "abc-123");
        assertThat(page.locator("h1")).containsText("Another tool");
        assertThat(page.locator("#permissions-policy-json")).not().containsText("ce:Get*");
        assertThat(page.locator("#trust-policy-json")).containsText("abc-123");
        assertTrue(page.locator("a[download]").count() == 2);
        page.close();
    }

    @Test
    void a_wrong_account_is_named_next_to_the_form() {
        Page page = withScripts.newPage();
        page.navigate(server.url("/step/monitoring"));
        save(page, "Metricly (Detailed Billing, legacy)", "12345", "ok-id");
        assertThat(page.locator("#tool-problems")).containsText("'12345'");
        assertThat(page.getByLabel("The tool's AWS account id")).hasValue("12345");
        page.close();
    }
}
