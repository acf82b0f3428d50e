package io.billingpilot.extension;

import io.billingpilot.extension.support.ConsoleTestCase;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Labels tied to their control by 'for', aria-label and aria-labelledby, in any case and spacing. */
class LabelTiesTest extends ConsoleTestCase {
    @Test
    void labels_tied_by_for_aria_label_and_aria_labelledby_find_their_controls_whatever_the_case_and_spacing() {
        openWithBucket().openBillingFixture("label-ties.html");
        assertThat(tab.target("enable-reports")).hasAttribute("data-fixture", "enable");
        assertThat(tab.target("report-monthly")).hasAttribute("data-fixture", "monthly");
        assertThat(tab.target("bucket-name")).hasAttribute("data-fixture", "bucket");
        assertThat(tab.target("report-cost-allocation")).hasAttribute("data-fixture", "cost");
        assertThat(tab.target("save")).hasAttribute("data-fixture", "save");
        assertNull(tab.page().locator("[data-fixture=decoy]").getAttribute("data-billing-pilot-target"),
                "a checkbox sharing the wrapper of labelled ones is not taken for them");
        assertThat(tab.target("bucket-name")).hasValue(BUCKET);
    }
}
