package io.billingpilot.extension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.extension.support.LocalServer;
import io.billingpilot.guide.model.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the overlay guides: steps that follow the admin, the highlight, the panel, the policy warning. */
class GuidanceTest extends ConsoleTestCase {
    @Test
    void ticking_boxes_and_clicking_buttons_moves_the_guide_to_the_next_step() {
        openWithBucket().openBilling("A");
        assertThat(tab.overlay("progress")).hasText("Step 1 of 8");
        assertThat(tab.overlay("instruction")).containsText("Receive Billing Reports");
        tab.click("enable-reports");
        // The bucket field was filled already, so the guide goes straight on to Verify.
        assertThat(tab.overlay("progress")).hasText("Step 3 of 8");
        assertThat(tab.overlay("instruction")).containsText("Verify");
        tab.click("verify");
        assertThat(tab.overlay("instruction")).containsText("Monthly report");
        tab.click("report-monthly");
        assertThat(tab.overlay("progress")).hasText("Step 5 of 8");
        assertThat(tab.overlay("instruction")).containsText("“Detailed billing report”");
        tab.overlay("back").click();
        assertThat(tab.overlay("progress")).hasText("Step 4 of 8");
        tab.overlay("next").click();
        assertThat(tab.overlay("progress")).hasText("Step 5 of 8");
    }

    @Test
    void the_highlight_covers_the_current_target_follows_scrolling_and_leaves_the_page_styles_alone() {
        openWithBucket();
        tab.page().setViewportSize(1000, 300);
        tab.openBilling("A");
        Locator target = tab.awaitTarget("enable-reports");
        Locator ring = tab.overlay("highlight");
        assertThat(ring).isVisible();
        assertCovers(ring.boundingBox(), target.boundingBox());
        tab.eval("window.scrollBy(0, 120)");
        tab.page().waitForFunction("() => window.scrollY > 0");
        awaitCovers(ring, target);
        assertEquals(0L, ((Number) tab.eval("document.querySelectorAll('#app [style]').length")).longValue(),
                "no page element got an inline style");
        assertEquals("auto", tab.eval("getComputedStyle(document.querySelector(\"[data-billing-pilot-target='enable-reports']\")).zIndex"));
    }

    /** The ring follows on the frames after a scroll: look frame by frame, for at most two seconds. */
    private void awaitCovers(Locator ring, Locator target) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        while (!covers(ring.boundingBox(), target.boundingBox()) && System.nanoTime() < deadline) {
            tab.page().waitForFunction("() => new Promise(done => requestAnimationFrame(() => done(true)))");
        }
        assertCovers(ring.boundingBox(), target.boundingBox());
    }

    private static boolean covers(BoundingBox ring, BoundingBox target) {
        return ring != null && target != null && ring.x <= target.x && ring.y <= target.y
                && ring.x + ring.width >= target.x + target.width && ring.y + ring.height >= target.y + target.height;
    }

    private static void assertCovers(BoundingBox ring, BoundingBox target) {
        assertTrue(ring.x <= target.x && ring.y <= target.y
                        && ring.x + ring.width >= target.x + target.width && ring.y + ring.height >= target.y + target.height,
                () -> "ring " + box(ring) + " does not cover target " + box(target));
    }

    private static String box(BoundingBox box) {
        return "(" + box.x + ", " + box.y + ", " + box.width + " x " + box.height + ")";
    }

    @Test
    void the_panel_lives_in_an_open_shadow_root_and_works_from_the_keyboard() {
        openWithBucket().openBilling("A");
        tab.awaitTarget("enable-reports");
        assertEquals("open", tab.eval("document.getElementById('billing-pilot-overlay').shadowRoot.mode"));
        assertThat(tab.overlay("bucket")).hasText(BUCKET);
        assertThat(tab.overlay("instruction")).hasAttribute("aria-live", "polite");

        tab.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        tab.overlay("copy-bucket").focus();
        tab.page().keyboard().press("Enter");
        assertThat(tab.overlay("copied")).hasText("Copied the bucket name.");
        assertEquals(BUCKET, tab.eval("navigator.clipboard.readText()"));

        Locator panel = tab.overlay("panel");
        double rightSideX = panel.boundingBox().x;
        tab.overlay("dock").focus();
        tab.page().keyboard().press("Enter");
        tab.page().waitForFunction("() => document.getElementById('billing-pilot-overlay').shadowRoot"
                + ".querySelector('[data-part=panel]').getBoundingClientRect().x < 100");
        assertTrue(panel.boundingBox().x < rightSideX);

        tab.overlay("collapse").focus();
        tab.page().keyboard().press("Enter");
        assertThat(tab.overlay("collapse")).hasAttribute("aria-expanded", "false");
        assertThat(tab.overlay("instruction")).isHidden();
        tab.page().keyboard().press("Enter");
        assertThat(tab.overlay("instruction")).isVisible();
    }

    @ParameterizedTest(name = "layout {0}")
    @ValueSource(strings = {"B", "C"})
    void before_the_consoles_dialog_writes_its_policy_the_panel_warns_and_offers_billing_pilots_policy(String layout) {
        openWithBucket().openBilling(layout);
        tab.click("enable-reports");
        assertThat(tab.overlay("policy-warning")).containsText("replacing any policy the bucket has");
        assertThat(tab.overlay("policy")).containsText("arn:aws:s3:::metricly-example/*");
        assertThat(tab.overlay("copy-policy")).isVisible();

        tab.overlay("existing-policy").fill("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"KeepMe\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::metricly-example/*\"}]}");
        tab.overlay("merge").click();
        assertThat(tab.overlay("policy-note")).not().hasText("Asking the billing-pilot server for the policy…");
        String note = tab.overlay("policy-note").textContent();
        String policy = tab.overlay("policy").textContent();
        assertTrue(policy.contains("arn:aws:s3:::metricly-example"), policy);
        if (note.startsWith("Merged")) {
            assertTrue(policy.contains("KeepMe"), "a merged policy keeps the bucket's statements: " + policy);
        } else {
            assertTrue(note.contains("cannot merge yet"), note);
        }

        tab.click("configure-bucket");
        assertThat(tab.overlay("policy-warning")).containsText("replacing any policy");
    }

    @Test
    void when_the_server_is_not_running_the_panel_says_how_to_start_it_and_notices_when_it_runs() {
        int port = LocalServer.unusedPort();
        openWithoutServer(port).openBilling("A");
        assertThat(tab.overlay("server")).containsText("not running at http://127.0.0.1:" + port);
        assertThat(tab.overlay("server")).containsText("scripts/run");
        tab.click("enable-reports");

        server = LocalServer.startOn(port);
        server.putSession("{\"bucket\":\"" + BUCKET + "\"}");
        assertThat(tab.overlay("server")).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(10_000));
        assertThat(tab.overlay("bucket")).hasText(BUCKET);
        server.awaitConsole(console -> console.path("enableReports").asBoolean(), Duration.ofSeconds(10));
    }
}
