package io.billingpilot.guide.view;

import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.guide.model.ConsoleLabels;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/**
 * What to do on the console, step by step, for each Billing preferences layout (A, B, C); the
 * Data Exports and legacy CUR pages are in {@link ExportConsoleSteps}. Every control is named by its label from {@link ConsoleLabels}.
 */
public final class ConsoleSteps {
    private ConsoleSteps() {
    }

    /** The legacy reports (Detailed Billing and the CSVs) on Billing preferences, in the given layout. */
    public static List<DomContent> legacyReports(Layout layout, String bucket, ConsoleLabels labels) {
        List<DomContent> steps = new ArrayList<>();
        String section = labels.section(layout);
        String edit = labels.editButton(layout);
        steps.add(each(text("Open "), Partials.outsideLink(labels.preferencesUrl(layout), "Billing preferences"),
                section == null ? text(".") : each(text(" and find "), Partials.ui(section),
                        edit == null ? text(".") : each(text("; choose "), Partials.ui(edit), text("."))),
                OverlayViews.pointsAt(labels.overlayTargets(layout))));
        steps.add(each(text("Tick "), ui(labels, layout, "enable-reports"), text(".")));
        if (labels.hasTarget(layout, "configure-bucket")) {
            steps.add(each(text("Choose "), ui(labels, layout, "configure-bucket"), text(". In the dialog, choose "),
                    Partials.ui(labels.dialog(layout, "existingBucket")), text(" and enter "), code(bucket),
                    text(" in "), ui(labels, layout, "bucket-name"), text(".")));
            steps.add(each(text("Choose "), Partials.ui(labels.dialog(layout, "next")),
                    text(". The console shows the policy it is about to put on the bucket; it should match the one "
                            + "below. Tick "), ui(labels, layout, "policy-confirm"), text(" and save the dialog.")));
        } else {
            steps.add(each(text("In "), ui(labels, layout, "bucket-name"), text(", enter "), code(bucket), text(".")));
            steps.add(each(text("Put the bucket policy below on the bucket: in the S3 console, open "), code(bucket),
                    text(", then "), policyPlace(labels), text("; paste it and save.")));
        }
        steps.add(each(text("Choose "), ui(labels, layout, "verify"),
                text(". AWS checks the policy by writing a test object into the bucket.")));
        steps.add(each(text("Tick the reports:"), reportChecklist(layout, labels)));
        steps.add(each(text("Optional: "), ui(labels, layout, "manage-tags"),
                text(" picks the cost allocation tags that become columns in the reports.")));
        steps.add(each(text("Choose "), ui(labels, layout, "save"), text("."), statusTexts(layout, labels)));
        return steps;
    }

    /** The report checkboxes of a layout, and which of them it shows accounts that never had Detailed Billing. */
    public static DivTag reportChecklist(Layout layout, ConsoleLabels labels) {
        List<LegacyReport> newAccount = List.copyOf(labels.newAccountReports(layout));
        List<DomContent> named = new ArrayList<>();
        for (int i = 0; i < newAccount.size(); i++) {
            named.add(text(i == 0 ? "" : i == newAccount.size() - 1 ? " and " : ", "));
            named.add(ui(labels, layout, newAccount.get(i).target()));
        }
        return div(
                ul(each(List.of(LegacyReport.values()), report -> li(ui(labels, layout, report.target()))))
                        .withClass("checklist"),
                newAccount.isEmpty() ? null : p(text("Accounts that never had Detailed Billing see only "),
                        each(named.toArray(DomContent[]::new)),
                        text(": tick " + (newAccount.size() == 2 ? "those two." : "those."))).withClass("hint"));
    }

    /** Where a bucket's policy is on the S3 console: its Permissions tab, then Bucket policy. */
    public static DomContent policyPlace(ConsoleLabels labels) {
        return each(Partials.ui(labels.s3PolicyNavigation("tab")), text(" › "),
                Partials.ui(labels.s3PolicyNavigation("section")));
    }

    private static DomContent statusTexts(Layout layout, ConsoleLabels labels) {
        List<String> texts = labels.statusTexts(layout);
        if (texts.isEmpty()) {
            return null;
        }
        List<DomContent> shown = new ArrayList<>();
        for (String status : texts) {
            shown.add(each(text(shown.isEmpty() ? " The section then shows " : " and "), Partials.ui(status)));
        }
        shown.add(text("."));
        return each(shown.toArray(DomContent[]::new));
    }

    private static DomContent ui(ConsoleLabels labels, Layout layout, String target) {
        return Partials.ui(labels.target(layout, target));
    }
}
