package io.billingpilot.extension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;
import io.billingpilot.extension.support.ConsoleTestCase;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One action per step, on a control a person can see: the console's dialog in layout C ringed
 * control by control above its backdrop, a dialog kept mounted while hidden, a button whose text
 * changes in place, and the panel kept off the ring and the section's buttons.
 */
class StepByStepTest extends ConsoleTestCase {
    private static final String DIALOG = "[role=dialog]";

    private Locator dialogButton(String text) {
        return tab.page().locator(DIALOG + " button").filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator ring() {
        return tab.overlay("highlight");
    }

    /** Waits until the ring surrounds the element (it follows within a frame or a recheck). */
    private void awaitRingAround(Locator element) {
        assertThat(ring()).isVisible();
        element.waitFor();
        tab.page().waitForFunction("([ring, target]) => { const r = ring.getBoundingClientRect(), t = target.getBoundingClientRect();"
                        + " return r.width > 0 && r.left <= t.left && r.top <= t.top && r.right >= t.right && r.bottom >= t.bottom; }",
                List.of(ring().elementHandle(), element.elementHandle()));
    }

    /**
     * The ring is drawn on top: a strip of the screenshot across its left edge shows its orange
     * border (#ec7211), not the modal or its backdrop. The strip is wide enough for the ring's
     * short slide between two positions.
     */
    private void assertRingPainted() {
        BoundingBox box = ring().boundingBox();
        byte[] png = tab.page().screenshot(new Page.ScreenshotOptions()
                .setClip(new Clip(Math.max(0, box.x - 8), box.y + box.height / 2, 16, 1)));
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            StringBuilder seen = new StringBuilder();
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, 0);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                if (red > 210 && green > 95 && green < 135 && blue < 50) {
                    return;
                }
                seen.append(Integer.toHexString(rgb & 0xffffff)).append(' ');
            }
            throw new AssertionError("no pixel of the ring's border (#ec7211) across its left edge: " + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dialog's Next ringed and painted, clicked, then the confirm box ringed and painted. */
    private void fromTheDialogsNextToItsConfirmBox() {
        assertThat(tab.overlay("instruction")).hasText("Click “Next” in the dialog.");
        awaitRingAround(dialogButton("Next"));
        assertRingPainted();
        dialogButton("Next").click();

        assertThat(tab.overlay("instruction")).containsText("tick “I have confirmed that this policy is correct”");
        awaitRingAround(tab.target("policy-confirm"));
        assertRingPainted();
    }

    @Test
    void in_layout_c_every_step_of_the_consoles_dialog_rings_its_one_control_above_the_backdrop() {
        openWithBucket();
        tab.page().setViewportSize(1400, 1000);
        tab.openBilling("C");
        tab.click("enable-reports");
        assertThat(tab.overlay("instruction")).containsText("Configure an S3 bucket to activate");
        awaitRingAround(tab.target("configure-bucket"));
        tab.click("configure-bucket");

        // The bucket is filled in for the admin, so the next instruction is the dialog's Next.
        assertThat(tab.target("bucket-name")).hasValue(BUCKET);
        fromTheDialogsNextToItsConfirmBox();
        tab.click("policy-confirm");

        assertThat(tab.overlay("instruction")).containsText("Click “Save” in the dialog");
        awaitRingAround(dialogButton("Save"));
        assertRingPainted();
        assertEquals(null, dialogButton("Save").getAttribute("data-billing-pilot-target"), "the contract's markers stay as they are");
        dialogButton("Save").click();
        assertThat(tab.overlay("instruction")).containsText("Monthly report");
    }

    @Test
    void in_layout_c_greyed_out_settings_are_opened_first_with_their_own_sections_edit_button() {
        openWithBucket();
        tab.page().setViewportSize(1400, 1000);
        tab.openBilling("C");
        assertThat(tab.overlay("instruction")).hasText("Tick “Legacy report delivery to S3” so AWS can deliver billing reports.");

        // The same URL again is a same-document navigation: reload for the page to start over.
        tab.fixtureOption("lockedSection", true).page().reload();
        assertThat(tab.overlay("instruction")).hasText(
                "Click “Edit” in “Detailed billing reports (legacy)”: its settings are greyed out until you do.");
        Locator edits = tab.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit").setExact(true));
        assertThat(edits).hasCount(3);
        // The page's third section is the legacy one; the other two have an Edit button as well.
        awaitRingAround(edits.nth(2));
        assertThat(tab.target("enable-reports")).isDisabled();
        edits.nth(2).click();

        assertThat(tab.overlay("instruction")).hasText("Tick “Legacy report delivery to S3” so AWS can deliver billing reports.");
        assertThat(tab.target("enable-reports")).isEnabled();
        awaitRingAround(tab.target("enable-reports"));
    }

    @Test
    void the_ring_is_drawn_above_a_native_modal_dialog_in_the_browsers_top_layer() {
        openWithBucket();
        tab.page().setViewportSize(1400, 1000);
        tab.fixtureOption("nativeDialog", true).openBilling("B");
        tab.click("enable-reports");
        tab.click("configure-bucket");
        assertThat(tab.page().locator("dialog")).hasJSProperty("open", true);
        assertEquals(Boolean.TRUE, tab.eval("document.querySelector('dialog').matches(':modal')"));

        // Its next view is a new modal <dialog>: the ring goes above that one too.
        fromTheDialogsNextToItsConfirmBox();
    }

    @Test
    void a_dialog_kept_mounted_while_hidden_is_neither_marked_nor_filled_until_it_opens() {
        openWithBucket();
        tab.fixtureOption("hiddenDialog", true).openBilling("C");
        tab.awaitTarget("enable-reports");
        assertThat(tab.target("save")).hasCount(1);
        // Once the extension has reported what the page holds, it has had its look at the page.
        server.awaitConsole(seen -> "C".equals(seen.path("layout").asText()), Duration.ofSeconds(10));
        assertEquals("0 marked, value '', 0 seen", tab.eval("`${document.querySelectorAll('" + DIALOG + " [data-billing-pilot-target]').length} marked,"
                + " value '${document.querySelector('" + DIALOG + " input[type=text]').value}', ${window.fixture.seen.length} seen`"));

        tab.click("enable-reports");
        tab.click("configure-bucket");
        assertThat(tab.page().locator(DIALOG + " [data-billing-pilot-target='bucket-name']")).hasValue(BUCKET);
    }

    @Test
    void a_button_whose_text_changes_in_place_is_looked_at_again() {
        openWithBucket();
        tab.page().setViewportSize(1400, 1000);
        tab.fixtureOption("hiddenDialog", true).openBilling("C");
        tab.click("enable-reports");
        tab.click("configure-bucket");
        assertThat(tab.overlay("instruction")).hasText("Click “Next” in the dialog.");
        Locator primary = dialogButton("Next");
        awaitRingAround(primary);
        Object node = primary.elementHandle();
        primary.click();

        tab.click("policy-confirm");
        assertThat(tab.overlay("instruction")).containsText("Click “Save” in the dialog");
        Locator save = dialogButton("Save");
        assertEquals(Boolean.TRUE, tab.page().evaluate("([a, b]) => a === b", List.of(node, save.elementHandle())),
                "the same node, its text changed from Next to Save");
        awaitRingAround(save);
        save.click();
        assertThat(tab.overlay("instruction")).containsText("Monthly report");
    }

    @Test
    void the_panel_moves_off_the_ringed_control_and_the_buttons_of_its_section() {
        openWithBucket();
        tab.page().setViewportSize(1400, 1000);
        tab.openBilling("C");
        Locator activate = tab.awaitTarget("save");
        Locator panel = tab.overlay("panel");
        assertThat(panel).isVisible();
        // The admin docks the panel on the left, where the section's buttons are.
        tab.overlay("dock").click();
        tab.page().waitForFunction("() => document.getElementById('billing-pilot-overlay').shadowRoot"
                + ".querySelector('[data-part=panel]').getBoundingClientRect().x < 100");
        // Bring the section's buttons down to the panel's corner, as a longer page does.
        tab.eval("(() => { const b = document.querySelector(\"[data-billing-pilot-target='save']\").getBoundingClientRect();"
                + " document.body.style.paddingTop = (930 - b.bottom) + 'px'; })()");
        BoundingBox button = activate.boundingBox();
        assertTrue(button.x < 16 + 340 && button.y + button.height > 1000 - 16 - 150,
                "the button sits where the panel is docked: " + button.x + ", " + button.y);
        tab.page().waitForFunction("([panel, button]) => { const p = panel.getBoundingClientRect(), b = button.getBoundingClientRect();"
                + " return p.right < b.left || p.left > b.right || p.bottom < b.top || p.top > b.bottom; }",
                List.of(panel.elementHandle(), activate.elementHandle()));
        BoundingBox moved = panel.boundingBox();
        assertFalse(overlaps(moved, ring().boundingBox()), "the panel stays off the ring");
        assertFalse(overlaps(moved, activate.boundingBox()), "the panel stays off the section's button");
    }

    private static boolean overlaps(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }
}
