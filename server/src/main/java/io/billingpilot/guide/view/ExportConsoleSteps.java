package io.billingpilot.guide.view;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import j2html.tags.DomContent;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.code;
import static j2html.TagCreator.each;
import static j2html.TagCreator.text;

import static io.billingpilot.guide.model.ConsoleLabels.CUR_CREATE;
import static io.billingpilot.guide.model.ConsoleLabels.DATA_EXPORTS_CREATE;
import static io.billingpilot.guide.model.ConsoleLabels.DATA_EXPORTS_LIST;

/**
 * What to do on the Data Exports create page, for a standard export (CUR 2.0 or FOCUS) or a
 * legacy CUR, and on the older Cost &amp; Usage Reports page. Every control is named by its
 * label from {@link ConsoleLabels}; where the table has no label the step says what to do in
 * plain words instead of quoting one.
 */
public final class ExportConsoleSteps {
    private ExportConsoleSteps() {
    }

    /** The names the steps fill in: the session's, or a placeholder saying which field gives them. */
    public record Names(DomContent exportName, DomContent bucket, DomContent prefix) {
        public static Names of(String exportName, String bucket, String prefix) {
            return new Names(exportName == null ? text("the export name saved above") : code(exportName),
                    code(bucket), prefix == null ? text("the prefix saved above") : code(prefix));
        }
    }

    /** A standard data export: CUR 2.0 by default, FOCUS for FOCUS-based tools. */
    public static List<DomContent> dataExport(Names names, ConsoleLabels labels) {
        String page = DATA_EXPORTS_CREATE;
        List<DomContent> steps = new ArrayList<>(open(labels));
        steps.add(each(text("Under "), Partials.ui(labels.exportField(page, "export-type")), text(" (the first block), choose "),
                choice(labels, page, "export-type", ReportType.DATA_EXPORTS.id()), text(".")));
        steps.add(each(text("In "), ui(labels, page, "export-name"), text(", enter "), names.exportName(), text(".")));
        steps.add(each(text("In "), Partials.ui(labels.exportSection(page, "table")), text(", choose "),
                choice(labels, page, "export-table", "cur2"), text(" (or "), choice(labels, page, "export-table", "focus"),
                text(" for a FOCUS-based tool). For CUR 2.0 tick "), ui(labels, page, "include-resource-ids"),
                text(" and set "), Partials.ui(labels.exportField(page, "time-granularity")), text(" to "),
                choice(labels, page, "time-granularity", "HOURLY"), text(". Leave "),
                Partials.ui(labels.exportField(page, "columns")), text(" with every column ticked.")));
        steps.add(each(text("In "), Partials.ui(labels.exportSection(page, "delivery")), text(", set "),
                Partials.ui(labels.exportField(page, "file-format")), text(" to "),
                choice(labels, page, "file-format", "TEXT_OR_CSV"), text(" (or "),
                choice(labels, page, "file-format", "PARQUET"), text(" if your tool reads Parquet) and "),
                Partials.ui(labels.exportField(page, "file-versioning")), text(" to "),
                choice(labels, page, "file-versioning", "OVERWRITE_REPORT"), text(". "),
                Partials.ui(labels.exportField(page, "refresh")), text(" is fixed to daily.")));
        steps.addAll(bucketAndPrefix(names, labels, page));
        steps.add(each(text("Choose "), ui(labels, page, "create-export"), text(". The list of exports then shows it; its "), Partials.ui(labels.exportColumn("status")),
                text(" becomes "), Partials.ui(labels.exportStatusText("healthy")), text(" after its first delivery.")));
        return steps;
    }

    /** The legacy Cost and Usage Report, created on the Data Exports page as a "Legacy CUR export". */
    public static List<DomContent> legacyCur(Names names, ConsoleLabels labels) {
        String page = DATA_EXPORTS_CREATE;
        List<DomContent> steps = new ArrayList<>(open(labels));
        steps.add(each(text("Under "), Partials.ui(labels.exportField(page, "export-type")), text(", choose "),
                choice(labels, page, "export-type", ReportType.CUR.id()), text(".")));
        steps.add(each(text("In "), ui(labels, page, "export-name"), text(", enter "), names.exportName(), text(".")));
        steps.add(each(text("Under "), Partials.ui(labels.legacyExport("content")), text(", tick "),
                ui(labels, page, "include-resource-ids"), text(". Set "),
                Partials.ui(labels.exportField(CUR_CREATE, "time-granularity")), text(" to "),
                choice(labels, CUR_CREATE, "time-granularity", "HOURLY"), text(".")));
        steps.add(each(text("Set "), Partials.ui(labels.legacyExport("file-versioning")), text(" to "),
                choice(labels, CUR_CREATE, "file-versioning", "OVERWRITE_REPORT"), text(", leave "),
                Partials.ui(labels.legacyExport("integration")), text(" unticked (Amazon Athena would force Parquet), "
                        + "and set "), Partials.ui(labels.exportField(page, "file-format")), text(" to "),
                choice(labels, CUR_CREATE, "file-format", "GZIP"), text(".")));
        steps.addAll(bucketAndPrefix(names, labels, page));
        steps.add(each(text("Choose "), Partials.ui(labels.legacyExport("create")), text(".")));
        return steps;
    }

    /** The same report on the older "Cost & Usage Reports" page, which some consoles still show. */
    public static List<DomContent> olderCurPage(Names names, ConsoleLabels labels) {
        String page = CUR_CREATE;
        return List.of(
                each(text("Open "), Partials.outsideLink(labels.exportUrl(page), labels.exportNavigation(page, "page")),
                        text(" and choose "), Partials.ui(labels.exportNavigation(page, "create")), text("."),
                        OverlayViews.pointsAt(labels.exportTargets(page))),
                each(text("In "), ui(labels, page, "export-name"), text(", enter "), names.exportName(), text("; under "),
                        Partials.ui(labels.exportField(page, "details")), text(" tick "),
                        ui(labels, page, "include-resource-ids"), text(", then choose "),
                        Partials.ui(labels.exportNavigation(page, "next")), text(".")),
                each(text("Choose "), ui(labels, page, "configure-bucket"), text(", choose "), names.bucket(),
                        text(" in "), Partials.ui(labels.exportDialog(page, "title")), text(", choose "),
                        Partials.ui(labels.exportDialog(page, "next")), text(", tick "), ui(labels, page, "policy-confirm"),
                        text(" and choose "), Partials.ui(labels.exportDialog(page, "save")),
                        text(" (this replaces the bucket's policy, see the warning above).")),
                each(text("In "), ui(labels, page, "s3-prefix"), text(", enter "), names.prefix(), text("; set "),
                        Partials.ui(labels.exportField(page, "time-granularity")), text(" to "),
                        choice(labels, page, "time-granularity", "HOURLY"), text(", "),
                        Partials.ui(labels.exportField(page, "file-versioning")), text(" to "),
                        choice(labels, page, "file-versioning", "OVERWRITE_REPORT"), text(", leave "),
                        Partials.ui(labels.exportField(page, "integration")), text(" unticked; choose "),
                        Partials.ui(labels.exportNavigation(page, "next")), text(".")),
                each(text("Choose "), ui(labels, page, "create-export"), text(".")));
    }

    private static List<DomContent> open(ConsoleLabels labels) {
        return List.of(each(text("In the "), Partials.outsideLink(labels.exportUrl(DATA_EXPORTS_LIST),
                        labels.exportNavigation(DATA_EXPORTS_CREATE, "console")), text(" console, open "),
                Partials.ui(labels.exportNavigation(DATA_EXPORTS_CREATE, "page")), text(" and choose "),
                Partials.ui(labels.exportTarget(DATA_EXPORTS_LIST, "create-export")), text("."),
                OverlayViews.pointsAt(labels.exportTargets(DATA_EXPORTS_CREATE))));
    }

    private static List<DomContent> bucketAndPrefix(Names names, ConsoleLabels labels, String page) {
        return List.of(
                each(text("In "), Partials.ui(labels.exportSection(page, "storage")), text(", next to "),
                        Partials.ui(labels.exportField(page, "bucket")), text(" choose "), ui(labels, page, "configure-bucket"),
                        text(". In "), Partials.ui(labels.exportDialog(page, "title")), text(", pick your existing bucket "),
                        names.bucket(), text(" (not "), Partials.ui(labels.exportDialog(page, "newBucket")),
                        text("), read the "), Partials.ui(labels.exportDialog(page, "policy")),
                        text(" it shows and confirm ("), Partials.ui(labels.exportDialog(page, "confirm")),
                        text(" in one guide; the wording is unverified). This replaces the bucket's policy: see the warning above.")),
                each(text("In "), ui(labels, page, "s3-prefix"), text(", enter "), names.prefix(), text(".")));
    }

    private static DomContent ui(ConsoleLabels labels, String page, String target) {
        return Partials.ui(labels.exportTarget(page, target));
    }

    private static DomContent choice(ConsoleLabels labels, String page, String target, String key) {
        return Partials.ui(labels.exportChoice(page, target, key));
    }
}
