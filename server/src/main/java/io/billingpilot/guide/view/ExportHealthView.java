package io.billingpilot.guide.view;

import io.billingpilot.exports.aws.DataExportsClient;
import io.billingpilot.exports.watch.AwsView;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.ul;

/**
 * The delivery step's "what AWS says": the export's health and reason and its last runs, or the
 * legacy report's lastStatus and last delivery, then each problem as a finding with its fix (the
 * merged policy's diff when AWS lacks permissions).
 */
public final class ExportHealthView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ExportHealthView() {
    }

    /** Nothing when no export is named. */
    public static DivTag of(AwsView view) {
        if (view == null) {
            return null;
        }
        String what = (view.request().dataExport() ? "the export " : "the report ") + view.request().name();
        return div(h3("What AWS says about " + what),
                summary(view),
                view.runs().isEmpty() ? null : ul(each(view.runs(), run -> li(time(run.completedAt() != null
                        ? run.completedAt() : run.createdAt()) + ": " + run.statusCode()
                        + (run.statusReason() == null ? "" : " (" + run.statusReason() + ")"))
                        .withClass(run.succeeded() ? "run good" : run.failed() ? "run bad" : "run"))).withClass("runs"),
                view.findings().isEmpty() ? null : Findings.list(view.findings()),
                view.policyFix() == null || !view.policyFix().changes() ? null
                        : each(p("The merged policy, as a diff against the bucket's policy:"),
                        PolicyDiffView.diff(view.policyFix().diff())))
                .withClass("aws-view").withData("checked", Boolean.toString(view.checked()));
    }

    private static DomContent summary(AwsView view) {
        if (view.export() != null) {
            DataExportsClient.Status status = view.export().status();
            return status == null ? null : p("Status: " + status.statusCode() + (status.statusReason() == null ? ""
                    : " (" + status.statusReason() + ")") + (status.lastRefreshedAt() == null ? "; not refreshed yet."
                    : "; last refreshed " + time(status.lastRefreshedAt()) + "."))
                    .withClass(status.healthy() ? "check good" : "check bad");
        }
        if (view.report() != null) {
            return p("Last status: " + (view.report().lastStatus() == null ? "none yet" : view.report().lastStatus())
                    + "; last delivery: " + (view.report().lastDelivery() == null ? "none yet"
                    : view.report().lastDelivery()) + ".")
                    .withClass("SUCCESS".equals(view.report().lastStatus()) ? "check good" : "check waiting");
        }
        return null;
    }

    private static String time(Instant at) {
        return at == null ? "?" : TIME.format(at);
    }
}
