package io.billingpilot.guide.view;

import io.billingpilot.core.Layout;
import io.billingpilot.guide.model.ConsoleLabels;
import j2html.tags.DomContent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleStepsTest {
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();

    @Test
    void every_layout_names_each_of_its_controls_by_the_table_s_label() {
        for (Layout layout : LABELS.layouts()) {
            String steps = render(ConsoleSteps.legacyReports(layout, "metricly-example", LABELS));
            for (String target : List.of("enable-reports", "bucket-name", "verify", "report-monthly", "report-detailed",
                    "report-cost-allocation", "report-detailed-tags", "manage-tags", "save")) {
                assertTrue(steps.contains(">" + LABELS.target(layout, target) + "<"), layout + " " + target + ": " + steps);
            }
            assertTrue(steps.contains("<code>metricly-example</code>"), layout.key());
            assertTrue(steps.contains(LABELS.preferencesUrl(layout)), layout.key());
        }
    }

    @Test
    void layout_a_has_the_admin_paste_the_policy_and_the_later_layouts_use_the_console_dialog() {
        String a = render(ConsoleSteps.legacyReports(Layout.A, "metricly-example", LABELS));
        assertTrue(a.contains("Put the bucket policy below on the bucket"), a);
        assertFalse(a.contains(LABELS.dialog(Layout.B, "next")), a);

        String c = render(ConsoleSteps.legacyReports(Layout.C, "metricly-example", LABELS));
        assertTrue(c.contains(">" + LABELS.target(Layout.C, "configure-bucket") + "<"), c);
        assertTrue(c.contains(">" + LABELS.dialog(Layout.C, "existingBucket") + "<"), c);
        assertTrue(c.contains(">" + LABELS.target(Layout.C, "policy-confirm") + "<"), c);
        assertTrue(c.contains(">" + LABELS.section(Layout.C) + "<") && c.contains(">" + LABELS.editButton(Layout.C) + "<"), c);
        assertTrue(c.contains(">Report delivery: Activated<"), c);
        assertFalse(c.contains("Put the bucket policy below on the bucket"), c);
    }

    @Test
    void only_today_s_layout_says_new_accounts_see_two_reports() {
        assertTrue(ConsoleSteps.reportChecklist(Layout.C, LABELS).render().contains("see only"));
        assertFalse(ConsoleSteps.reportChecklist(Layout.A, LABELS).render().contains("see only"));
    }

    private static String render(List<DomContent> steps) {
        return steps.stream().map(DomContent::render).collect(Collectors.joining("\n"));
    }
}
