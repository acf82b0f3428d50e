package io.billingpilot.guide.view;

import io.billingpilot.core.ExportFields;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.Step;
import j2html.tags.specialized.SectionTag;

import static j2html.TagCreator.a;
import static j2html.TagCreator.code;
import static j2html.TagCreator.each;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/**
 * Where an export's files will land in the bucket and when: the Data Exports layout
 * ({@code PREFIX/EXPORT/data/BILLING_PERIOD=YYYY-MM/...}, a manifest under {@code metadata/})
 * or the legacy CUR one ({@code PREFIX/NAME/yyyymmdd-yyyymmdd/...}), written with the session's
 * names.
 */
public final class ExportFilesView {
    private ExportFilesView() {
    }

    /** @param linkToDelivery whether to point at the delivery step (not on that step itself) */
    public static SectionTag panel(ReportType report, String bucket, String prefix, String exportName,
                                   boolean linkToDelivery) {
        String name = exportName == null ? "EXPORT" : exportName;
        String root = ExportFields.folder(prefix == null ? "PREFIX" : prefix, name);
        var files = report == ReportType.CUR
                ? ul(li(code(root + "yyyymmdd-yyyymmdd/" + name + "-Manifest.json"), text(": one folder per month "
                        + "(e.g. 20261201-20270101), the manifest lists the month's files.")),
                li(code(root + "yyyymmdd-yyyymmdd/" + name + "-1.csv.gz"), text(" and further numbered parts; when new "
                        + "report versions are kept, each version sits in its own sub-folder (an assembly id) as well.")))
                : ul(li(code(root + "data/BILLING_PERIOD=YYYY-MM/" + name + "-00001.csv.gz"),
                        text(" (or .snappy.parquet): the month's data in numbered parts.")),
                li(code(root + "metadata/BILLING_PERIOD=YYYY-MM/" + name + "-Manifest.json"),
                        text(": written after the data; it lists the current files.")),
                li(text("When new export files are created instead of overwritten, each refresh goes to "), code("data/BILLING_PERIOD=YYYY-MM/<timestamp>-<execution id>/"),
                        text(" and the old folders stay: read the latest manifest, not the whole folder.")));
        return Partials.panel("files", "Where the files arrive, and when",
                p(each(text("In "), code(bucket), text(", under "), code(root), text(":"))),
                files,
                p(text("The first files arrive within 24 hours of creating it; after that AWS refreshes the current "
                        + "month at least once a day. "),
                        linkToDelivery ? a("Step " + Step.DELIVERY.number()).withHref(Step.DELIVERY.path()) : null,
                        linkToDelivery ? text(" watches for them.") : null));
    }
}
