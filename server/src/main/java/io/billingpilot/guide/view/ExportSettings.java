package io.billingpilot.guide.view;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import j2html.tags.DomContent;
import j2html.tags.specialized.SectionTag;

import static io.billingpilot.guide.model.ConsoleLabels.CUR_CREATE;
import static io.billingpilot.guide.model.ConsoleLabels.DATA_EXPORTS_CREATE;
import static j2html.TagCreator.code;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.dt;
import static j2html.TagCreator.each;
import static j2html.TagCreator.text;

/**
 * Every setting of the export (or legacy report) to pick, with the choice and the reason, for
 * the tool that reads the bucket. Option labels come from {@link ConsoleLabels}.
 */
public final class ExportSettings {
    private ExportSettings() {
    }

    public static SectionTag panel(ReportType report, ConsoleLabels labels) {
        return Partials.panel("settings", "Which settings, and why",
                report == ReportType.CUR ? legacyCur(labels) : dataExport(labels));
    }

    static DomContent dataExport(ConsoleLabels labels) {
        String page = DATA_EXPORTS_CREATE;
        return dl(
                dt(Partials.ui(labels.exportSection(page, "table"))),
                dd(choice(labels, page, "export-table", "cur2"), text(" unless your tool reads FOCUS: then "),
                        choice(labels, page, "export-table", "focus"), text(". The table cannot be changed after "
                                + "the export is created; a second export is needed for the other one.")),
                dt(Partials.ui(labels.exportTarget(page, "include-resource-ids"))),
                dd(text("Ticked. Without it every line is summed per service and usage type, and no tool can show "
                        + "what a single instance or bucket costs. The files grow, but stay small next to the bill.")),
                dt(Partials.ui(labels.exportField(page, "time-granularity"))),
                dd(choice(labels, page, "time-granularity", "HOURLY"), text(". Hourly lines can always be summed to "
                        + "days or months; coarser files cannot be split again.")),
                dt(Partials.ui(labels.exportField(page, "file-format"))),
                dd(choice(labels, page, "file-format", "TEXT_OR_CSV"), text(" for tools that read CSV files; "),
                        choice(labels, page, "file-format", "PARQUET"), text(" for tools that query the bucket with "
                                + "Athena or Spark. Whether Virtana reads a Data Export at all is unverified: its "
                                + "documentation asks for a legacy Cost and Usage Report.")),
                dt(Partials.ui(labels.exportField(page, "file-versioning"))),
                dd(choice(labels, page, "file-versioning", "OVERWRITE_REPORT"), text(". "),
                        choice(labels, page, "file-versioning", "CREATE_NEW_REPORT"), text(" writes every refresh "
                                + "(up to three a day) into a new folder and keeps the old ones: a tool that reads every "
                                + "file of the month counts the same costs again and again. Only its latest manifest "
                                + "lists the current files.")),
                dt(Partials.ui(labels.exportTarget(page, "s3-prefix"))),
                dd(text("A short folder such as "), code("billing"), text(", without a '/' at "
                        + "either end. The files land under it, in a folder named after the export.")));
    }

    static DomContent legacyCur(ConsoleLabels labels) {
        String page = CUR_CREATE;
        return dl(
                dt(Partials.ui(labels.exportTarget(page, "include-resource-ids"))),
                dd(text("Ticked: Virtana's documentation asks for it (its report name example is "),
                        code("HourlyCSVWithResourceIDs"), text("), and without it no tool can show "
                                + "what a single resource costs.")),
                dt(Partials.ui(labels.exportField(page, "time-granularity"))),
                dd(choice(labels, page, "time-granularity", "HOURLY"), text(", as Virtana asks; hourly lines can "
                        + "always be summed, coarser files cannot be split.")),
                dt(Partials.ui(labels.exportField(page, "file-versioning"))),
                dd(choice(labels, page, "file-versioning", "OVERWRITE_REPORT"), text(". "),
                        choice(labels, page, "file-versioning", "CREATE_NEW_REPORT"), text(" keeps each version of a "
                                + "month in its own folder next to the older ones: a tool that reads the whole month "
                                + "counts costs twice.")),
                dt(Partials.ui(labels.exportField(page, "integration"))),
                dd(text("None. Amazon Athena forces Parquet and another folder layout; Virtana asks for no data "
                        + "integration.")),
                dt(Partials.ui(labels.exportField(DATA_EXPORTS_CREATE, "file-format"))),
                dd(choice(labels, page, "file-format", "GZIP"), text(", as Virtana asks (GZIP).")),
                dt(Partials.ui(labels.exportTarget(page, "s3-prefix"))),
                dd(text("A short folder such as "), code("billing"), text(", without a '/' at either "
                        + "end: the console refuses them, and Virtana takes the prefix without slashes too.")));
    }

    private static DomContent choice(ConsoleLabels labels, String page, String target, String key) {
        return each(Partials.ui(labels.exportChoice(page, target, key)));
    }
}
