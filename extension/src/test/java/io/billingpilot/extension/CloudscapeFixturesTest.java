package io.billingpilot.extension;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.billingpilot.extension.support.ConsoleBrowser;
import io.billingpilot.extension.support.ConsoleTab;
import io.billingpilot.extension.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Cloudscape-rendered fixture pages themselves, without the extension: each scenario the
 * extension's tests rely on really happens on the page (so a test of the extension that passes
 * cannot pass because the scenario silently did not play).
 */
class CloudscapeFixturesTest {
    private static ConsoleBrowser browser;
    private ConsoleTab tab;

    @BeforeAll
    static void startBrowser() {
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void close() {
        List<String> problems = tab.problems();
        tab.close();
        assertEquals(List.of(), problems);
    }

    private Page open(String url) {
        tab = browser.open("http://127.0.0.1:1", false);
        return tab.fixtureOption("renderDelayMs", 200).open(url).page();
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    @Test
    void the_list_shows_a_healthy_and_an_unhealthy_export() {
        Page page = open(Fixtures.DATA_EXPORTS_URL);
        assertThat(page.getByText("Exports and dashboards")).isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("metricly-cur2"))).containsText("Healthy");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("focus-monthly"))).containsText("Unhealthy");
        button(page, "Create").click();
        assertThat(page.getByText("Data export storage settings")).isVisible();
    }

    @Test
    void a_value_set_through_the_native_setter_reaches_the_pages_react_handler_and_a_plain_assignment_does_not() {
        Page page = open(Fixtures.DATA_EXPORTS_CREATE_URL);
        Locator name = page.getByLabel("Export name");
        name.waitFor();
        name.evaluate("input => { input.value = 'assigned'; input.dispatchEvent(new Event('input', {bubbles: true})); }");
        assertEquals(List.of(), page.evaluate("window.fixture.seen.filter(s => s.field === 'exportName')"));
        name.evaluate("input => { Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'metricly-cur2');"
                + " input.dispatchEvent(new Event('input', {bubbles: true})); }");
        page.waitForFunction("() => window.fixture.state.fields.exportName === 'metricly-cur2'");
    }

    @Test
    void the_dialogs_primary_button_changes_its_text_on_the_same_node() {
        Page page = open(Fixtures.DATA_EXPORTS_CREATE_URL);
        button(page, "Configure").click();
        Locator next = button(page, "Next");
        ElementHandle node = next.elementHandle();
        next.click();
        assertThat(button(page, "Save policy to S3 bucket")).isVisible();
        assertEquals(true, page.evaluate("n => n.isConnected && n.textContent === 'Save policy to S3 bucket'", node));
    }

    @Test
    void with_in_place_text_off_each_text_gets_a_node_of_its_own() {
        tab = browser.open("http://127.0.0.1:1", false);
        Page page = tab.fixtureOption("renderDelayMs", 200).fixtureOption("inPlaceText", false).openCurCreate().page();
        ElementHandle node = button(page, "Next").elementHandle();
        button(page, "Next").click();
        button(page, "Next").click();
        assertThat(button(page, "Review and Complete")).isVisible();
        assertEquals(false, page.evaluate("n => n.isConnected", node));
    }

    @Test
    void the_hidden_dialog_scenario_keeps_the_dialog_mounted_and_not_displayed() {
        tab = browser.open("http://127.0.0.1:1", false);
        Page page = tab.fixtureOption("renderDelayMs", 200).fixtureOption("hiddenDialog", true).openBilling("C").page();
        button(page, "Activate").waitFor();
        Locator field = page.locator("[role=dialog] input[type=text]");
        assertThat(field).hasCount(1);
        assertThat(field).isHidden();
        assertEquals("none", page.evaluate("getComputedStyle(document.querySelector('[role=dialog]')).display"));
    }

    @Test
    void late_rendering_and_a_re_render_that_replaces_every_node() {
        tab = browser.open("http://127.0.0.1:1", false);
        Page page = tab.fixtureOption("renderDelayMs", 1500).openCurCreate().page();
        assertEquals(false, page.evaluate("window.fixture.mounted()"));
        Locator name = page.getByLabel("Report name");
        name.fill("hourly-cur");
        ElementHandle before = name.elementHandle();
        page.evaluate("window.fixture.rerender()");
        page.waitForFunction("n => !n.isConnected", before);
        assertThat(page.getByLabel("Report name")).hasValue("hourly-cur");
    }
}
