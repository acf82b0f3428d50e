package io.billingpilot.guide.view;

import io.billingpilot.core.Finding;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.DeliveryCheck;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.MonthRow;
import io.billingpilot.s3.status.ReportFile;
import io.billingpilot.s3.status.SourceStatus;
import io.billingpilot.s3.verify.ReachItems;
import io.billingpilot.state.SessionState;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.LiTag;
import j2html.tags.specialized.SectionTag;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/**
 * The delivery step: which report files of which months have arrived, what is still missing,
 * and how long to wait. Until the first files are there, the status region asks the server
 * again every few minutes; once they are, the region it gets back no longer asks.
 */
public final class DeliveryView {
    static final String STATUS_ID = "delivery-status";
    /** How often the page looks again while nothing has arrived: often enough to notice, gentle on S3. */
    static final String POLL = "every 180s";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DeliveryView() {
    }

    public static HtmlTag render(SessionState state, DeliveryCheck check) {
        String heading = "Step " + Step.DELIVERY.number() + ": the first report files";
        if (state.bucket() == null) {
            return GuideLayout.page(Step.DELIVERY, state, heading, ReportsView.noBucket());
        }
        ReportType report = state.reportOrDefault();
        return GuideLayout.page(Step.DELIVERY, state, heading,
                expect(state.bucket()),
                report == ReportType.DBR ? null
                        : ExportFilesView.panel(report, state.bucket(), state.prefix(), state.exportName(), false),
                Partials.panel("delivery", "What has arrived in " + state.bucket(),
                        form(button("Check now").withType("submit"),
                                span("Looking at the bucket…").withId("delivery-busy").withClass("busy").attr("role", "status"))
                                .withMethod("get").withAction(Step.DELIVERY.path())
                                .attr("hx-get", GuidePaths.DELIVERY_STATUS)
                                .attr("hx-target", "#" + STATUS_ID)
                                .attr("hx-swap", "outerHTML")
                                .attr("hx-indicator", "#delivery-busy")
                                .attr("hx-disabled-elt", "find button")
                                .withClass("actions"),
                        status(check)),
                next(check.arrived()));
    }

    static SectionTag expect(String bucket) {
        return Partials.panel("expect", "How long it takes",
                p("AWS writes the first files within 24 hours of the settings being saved, usually sooner, and rewrites "
                        + "the current month's files several times a day. Files of earlier months do not come back: "
                        + "reports start with the month they were turned on."),
                p(text("If nothing has arrived after a day, "),
                        a("check the bucket in step " + Step.REPORTS.number()).withHref(Step.REPORTS.path() + "#panel-verify"),
                        text(": a policy that stops AWS is the usual cause.")).withClass("hint"));
    }

    /** The status region: polls while nothing has arrived, and is replaced whole by each answer. */
    public static DivTag status(DeliveryCheck check) {
        DivTag region = div().withId(STATUS_ID).withClass("live-results").attr("aria-live", "polite");
        // Asking again helps while files may still come; a missing bucket or account will not fix itself.
        if (!check.arrived() && check.problem() == null) {
            region.attr("hx-get", GuidePaths.DELIVERY_STATUS).attr("hx-trigger", POLL).attr("hx-swap", "outerHTML");
        }
        if (check.problem() != null) {
            return region.with(p(check.problem()).withClass("note problem"));
        }
        DeliveryStatus status = check.status();
        List<Finding> findings = status.findings().stream()
                .filter(finding -> !finding.code().equals("no-reports-yet")).toList();
        boolean looked = status.outcome() != Outcome.COULD_NOT_CHECK;
        return region.with(
                check.arrived() ? p("Report files are arriving.").withClass("check good")
                        : looked ? p("Nothing has arrived yet. This page looks again every 3 minutes.").withClass("check waiting")
                        : p("The bucket could not be looked at:").withClass("check bad"),
                each(status.sources().stream().filter(SourceStatus::hasFiles).toList(), DeliveryView::source),
                findings.isEmpty() ? null : Findings.list(findings),
                findings.stream().anyMatch(finding -> finding.code().equals(ReachItems.CREDENTIALS))
                        ? VerifyView.credentialsHelp() : null,
                ExportHealthView.of(check.aws()),
                p("Last looked at " + TIME.format(check.checkedAt()) + " UTC.").withClass("hint"));
    }

    static DivTag source(SourceStatus source) {
        return div(h3(source.name()), ul(each(source.months(), DeliveryView::month)).withClass("months"))
                .withClass("source");
    }

    static LiTag month(MonthRow row) {
        return li(strong(row.month()),
                row.files().isEmpty() ? p("Nothing arrived.") : ul(each(row.files(), DeliveryView::file)).withClass("files"),
                row.missing().isEmpty() ? null : p("Still missing: " + String.join(", ",
                        row.missing().stream().map(DeliveryView::title).toList()) + ".").withClass("missing"))
                .withData("month", row.month());
    }

    static LiTag file(ReportFile file) {
        return li(code(file.key()), text(" " + size(file.size())
                + (file.lastModified() == null ? "" : ", " + TIME.format(file.lastModified()) + " UTC")));
    }

    static SectionTag next(boolean arrived) {
        String metricly = "step " + Step.MONITORING.number();
        return Partials.panel("next", arrived ? "Next" : "Meanwhile",
                arrived ? Partials.postForm(Step.DELIVERY.path(), Partials.submit("Done, on to the monitoring tool"))
                        : p(text("The monitoring tool can be set up before the first files arrive: "),
                        a("go on to " + metricly).withHref(Step.MONITORING.path()), text(".")));
    }

    static String title(String kind) {
        LegacyReport legacy = LegacyReport.byKey(kind);
        return legacy != null ? legacy.title() : kind;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
