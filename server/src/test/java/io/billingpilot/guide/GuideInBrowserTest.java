package io.billingpilot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
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
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person going through the guide in Chromium: with htmx enhancing the pages, and with
 * JavaScript off. Each test has its own server (a new port, so a new origin) and page; the
 * browser contexts are shared because creating them is slow on a busy machine.
 */
class GuideInBrowserTest {
    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext withScripts;
    private static BrowserContext withoutScripts;

    private TestServer server;
    private Page page;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        withScripts = browser.newContext(new Browser.NewContextOptions()
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
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
        page = withScripts.newPage();
    }

    @AfterEach
    void close() {
        page.close();
        server.close();
    }

    @Test
    void an_invalid_name_is_explained_as_it_is_typed_and_a_valid_one_moves_on() {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        page.navigate(server.url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page).hasURL(server.url("/step/bucket"));

        page.getByLabel("Bucket name").pressSequentially("Metricly_Example");
        Locator check = page.locator("#name-check");
        assertThat(check.locator("[data-rule=uppercase]")).containsText("Uppercase");
        assertThat(check.locator("[data-rule=characters]")).containsText("'_'");
        assertThat(page).hasURL(server.url("/step/bucket"));

        page.getByLabel("Bucket name").fill("metricly-example");
        assertThat(check).containsText("“metricly-example” is a valid bucket name.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();

        assertThat(page).hasURL(server.url("/step/reports"));
        assertThat(page.locator("h1")).containsText("Step 2");
        assertEquals(List.of(), errors, "no script errors and no Content-Security-Policy violations");
    }

    @Test
    void a_refused_submit_shows_the_reasons_on_the_page_and_stores_nothing() {
        page.navigate(server.url("/step/bucket"));
        page.getByLabel("Bucket name").fill("192.168.5.4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();

        assertThat(page.locator("#name-check [data-rule=ip-address]")).isVisible();
        assertThat(page.getByLabel("Bucket name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("header.site-header")).hasCount(1);
        assertTrue(Json.parse(server.get("/api/v1/session").body()).get("bucket").isNull());
    }

    @Test
    void the_policy_shown_is_for_the_typed_bucket_and_copy_puts_it_on_the_clipboard() {
        enterBucket(page, "billing-files-2024");
        assertThat(page).hasURL(server.url("/step/reports"));

        String shown = page.locator("#policy-json").textContent();
        assertEquals(List.of("arn:aws:s3:::billing-files-2024", "arn:aws:s3:::billing-files-2024/*"), resources(shown));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy policy")).click();
        assertThat(page.locator("#policy-json-copy-status")).hasText("Copied.");
        assertEquals(shown, page.evaluate("() => navigator.clipboard.readText()"));
    }

    @Test
    void without_javascript_every_form_still_works_and_lands_on_the_next_step() {
        Page plain = withoutScripts.newPage();
        try {
            plain.navigate(server.url("/"));
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(plain).hasURL(server.url("/step/bucket"));

            plain.getByLabel("Bucket name").fill("Metricly_Example");
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
            assertThat(plain.locator("#name-check [data-rule=uppercase]")).isVisible();
            assertThat(plain.locator("#name-check [data-rule=characters]")).isVisible();

            plain.getByLabel("Bucket name").fill("metricly-example");
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
            assertThat(plain).hasURL(server.url("/step/reports"));
            assertThat(plain.locator("#policy-json")).containsText("arn:aws:s3:::metricly-example/*");
            assertThat(plain.locator("[data-copy-target]")).isHidden();

            plain.getByLabel("B: Billing Preferences (2019-2022)").check();
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show its steps")).click();
            assertThat(plain.locator("#panel-overwrite")).isVisible();

            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done, watch for the files")).click();
            assertThat(plain).hasURL(server.url("/step/delivery"));
            assertThat(plain.locator("#delivery-status")).containsText("No AWS credentials");
            plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("go on to step 4")).click();
            assertThat(plain).hasURL(server.url("/step/monitoring"));
            assertThat(plain.locator("#bucket-name-value")).hasText("metricly-example");
        } finally {
            plain.close();
        }
    }

    @Test
    void reload_back_and_forward_keep_the_place_and_always_show_whole_pages() {
        enterBucket(page, "metricly-example");
        assertThat(page).hasURL(server.url("/step/reports"));

        // htmx moved here within one document: going back is htmx's history restore.
        page.goBack();
        assertWholePage("/step/bucket", "Step 1");
        assertThat(page.getByLabel("Bucket name")).hasValue("metricly-example");
        page.goForward();
        assertWholePage("/step/reports", "Step 2");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done, watch for the files")).click();
        assertThat(page).hasURL(server.url("/step/delivery"));
        page.reload();
        assertWholePage("/step/delivery", "Step 3");
        page.goBack();
        assertWholePage("/step/reports", "Step 2");
        page.reload();
        assertWholePage("/step/reports", "Step 2");
        assertThat(page.locator("#policy-json")).containsText("arn:aws:s3:::metricly-example/*");
    }

    @Test
    void a_server_restart_keeps_the_session() {
        enterBucket(page, "metricly-example");
        assertThat(page).hasURL(server.url("/step/reports"));

        server.restart();
        page.navigate(server.url("/step/reports"));
        assertThat(page.locator("#policy-json")).containsText("arn:aws:s3:::metricly-example");
        assertThat(page.locator("nav.progress li.done a")).hasAttribute("href", "/step/bucket");
    }

    @Test
    void the_keyboard_reaches_the_name_field_and_the_submit_button_with_a_visible_focus() {
        page.navigate(server.url("/step/bucket"));
        assertEquals("bucket", tabUntil("el => el.id === 'bucket'"));
        assertVisibleFocus();
        assertEquals("Save and continue", tabUntil("el => el.type === 'submit'"));
        assertVisibleFocus();
    }

    @Test
    void after_a_page_swap_focus_goes_to_the_step_unless_the_admin_is_already_typing_in_it() {
        page.navigate(server.url("/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page).hasURL(server.url("/step/bucket"));
        assertThat(page.locator("main h1")).isFocused();

        // htmx settles a swapped page 20 ms after the swap; hold that moment open so that the admin's
        // click and typing surely fall inside it, as they sometimes do at full speed.
        page.navigate(server.url("/"));
        page.evaluate("() => { htmx.config.defaultSettleDelay = 1500; }");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        Locator name = page.getByLabel("Bucket name");
        name.pressSequentially("metricly");
        page.waitForFunction("() => document.querySelector('.htmx-settling') === null");
        // The keyboard, not the field: the rest of the typing goes wherever focus now is.
        page.keyboard().type("-example");
        assertThat(name).hasValue("metricly-example");
        assertThat(name).isFocused();

        // A refused submit starts at the refused field.
        page.evaluate("() => { htmx.config.defaultSettleDelay = 20; }");
        name.fill("Metricly-Example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
        assertThat(page.locator("#name-check [data-rule=uppercase]")).isVisible();
        assertThat(page.getByLabel("Bucket name")).isFocused();
    }

    @Test
    void the_pages_fit_a_narrow_window() {
        page.setViewportSize(360, 740);
        server.putJson("/api/v1/session", "{\"bucket\":\"a-rather-long-bucket-name-for-billing-reports-of-acme-2024\"}");
        for (String path : List.of("/", "/step/bucket", "/step/reports", "/step/delivery", "/step/monitoring")) {
            page.navigate(server.url(path));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertEquals(0, ((Number) overflow).intValue(), path + " scrolls sideways at 360 px");
        }
    }

    @Test
    void the_shortcut_for_a_bucket_that_already_receives_files_goes_straight_to_the_monitoring_tool() {
        page.navigate(server.url("/"));
        page.getByLabel("My bucket already receives billing files.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page).hasURL(server.url("/step/monitoring"));

        page.getByLabel("Bucket name").fill("Acme-Billing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the name")).click();
        assertThat(page.locator("#name-check [data-rule=uppercase]")).isVisible();
        page.getByLabel("Bucket name").fill("acme-billing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the name")).click();

        assertThat(page.locator("#bucket-name-value")).hasText("acme-billing");
        JsonNode reader = Json.parse(page.locator("#permissions-policy-json").textContent());
        assertEquals(List.of("arn:aws:s3:::acme-billing", "arn:aws:s3:::acme-billing/*"), resources(reader.toString()));
    }

    /** The bucket step with the start page's defaults (the walk-through above covers the start page). */
    private void enterBucket(Page on, String bucket) {
        on.navigate(server.url("/step/bucket"));
        on.getByLabel("Bucket name").fill(bucket);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
    }

    private void assertWholePage(String path, String heading) {
        assertThat(page).hasURL(server.url(path));
        assertThat(page.locator("header.site-header")).hasCount(1);
        assertThat(page.locator("nav.progress")).hasCount(1);
        assertThat(page.locator("main h1")).containsText(heading);
        assertThat(page.locator("nav.progress [aria-current=step]")).hasAttribute("href", path);
        assertThat(page).hasTitle(Pattern.compile("billing-pilot$"));
    }

    /** Presses Tab until the focused element matches; returns its id, or its text for a button. */
    private String tabUntil(String predicate) {
        for (int i = 0; i < 25; i++) {
            page.keyboard().press("Tab");
            Object hit = page.evaluate("() => { const el = document.activeElement; return (" + predicate
                    + ")(el) ? (el.id || el.textContent.trim()) : null; }");
            if (hit != null) {
                return hit.toString();
            }
        }
        throw new AssertionError("Tab never reached the element " + predicate);
    }

    private void assertVisibleFocus() {
        Object outline = page.evaluate("() => { const s = getComputedStyle(document.activeElement); "
                + "return s.outlineStyle + ' ' + s.outlineWidth; }");
        assertNotEquals("none", outline.toString().split(" ")[0], "focus outline: " + outline);
        assertNotEquals("0px", outline.toString().split(" ")[1], "focus outline: " + outline);
    }

    static List<String> resources(String policyJson) {
        List<String> resources = new ArrayList<>();
        for (JsonNode statement : Json.parse(policyJson).get("Statement")) {
            resources.add(statement.get("Resource").asText());
        }
        return resources;
    }
}
