package io.billingpilot.guide.view;

import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleSummary;
import j2html.tags.specialized.SectionTag;
import j2html.tags.specialized.TrTag;

import java.util.List;

import static j2html.TagCreator.caption;
import static j2html.TagCreator.code;
import static j2html.TagCreator.each;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

/**
 * The start page's help in choosing a path: which ones the account can still use, what each
 * delivers and where in the bucket, and which fits the monitoring tool.
 */
public final class StartPathsView {
    private StartPathsView() {
    }

    /** @param paths what the console shows about the account's paths, or null to leave it out */
    public static SectionTag panel(ConsoleSummary.Observation paths) {
        return Partials.panel("paths", "Which reports your account can use",
                paths == null ? null : Partials.observations(List.of(paths)),
                table(caption("What each path delivers, and where"),
                        thead(tr(th("Path").attr("scope", "col"), th("Delivers").attr("scope", "col"),
                                th("In the bucket").attr("scope", "col"))),
                        tbody(
                                row("Detailed Billing Reports (closed to new customers since 8 July 2019)",
                                        "every line item, with resources and tags in one variant",
                                        "ACCOUNT-aws-billing-detailed-line-items-YYYY-MM.csv.zip at the top level"),
                                row(ReportType.DBR.title() + ": monthly and cost allocation",
                                        "a monthly summary, and one by cost allocation tag",
                                        "ACCOUNT-aws-billing-csv-YYYY-MM.csv at the top level"),
                                row(ReportType.CUR.title(), "every line item, hourly or daily, with resource IDs",
                                        "PREFIX/NAME/yyyymmdd-yyyymmdd/NAME-1.csv.gz and NAME-Manifest.json"),
                                row(ReportType.DATA_EXPORTS.title(), "CUR 2.0 (the newer line items) or FOCUS, "
                                        + "CSV or Parquet", "PREFIX/EXPORT/data/BILLING_PERIOD=YYYY-MM/… and "
                                        + "PREFIX/EXPORT/metadata/…/EXPORT-Manifest.json")))
                        .withClass("paths"),
                p("Which fits your monitoring tool:"),
                ul(li(text("Virtana (formerly Metricly) asks for a "), text(ReportType.CUR.title()),
                                text(": hourly, with resource IDs, gzip CSV. It no longer reads Detailed Billing "
                                        + "Reports, and its documentation does not mention Data Exports (unverified).")),
                        li(text("A FOCUS-based tool: "), text(ReportType.DATA_EXPORTS.title()), text(" with the FOCUS table.")),
                        li(text("Anything else: "), text(ReportType.DATA_EXPORTS.title()),
                                text(" with CUR 2.0, what AWS recommends today."))));
    }

    private static TrTag row(String path, String delivers, String where) {
        return tr(th(path).attr("scope", "row"), td(delivers), td(each(code(where))));
    }
}
