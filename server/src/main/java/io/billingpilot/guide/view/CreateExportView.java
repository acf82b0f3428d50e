package io.billingpilot.guide.view;

import io.billingpilot.core.ReportType;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.ExportTable;
import io.billingpilot.exports.create.ExportPlan;
import io.billingpilot.guide.model.CreateExportStep;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.SectionTag;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.code;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.dt;
import static j2html.TagCreator.each;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.select;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;

/**
 * Step 2's "create the export from here" (Data Exports, or the legacy CUR report): a form for the
 * name, table, prefix and bucket owner; its answer is the plan with the exact definition and the
 * bucket policy's verdict for the writer; only the confirm form below a plan without problems
 * creates the export. The reports step includes {@link #panel} for the service-principal reports.
 */
public final class CreateExportView {
    static final String RESULTS_ID = "create-export-results";
    private static final String PANEL = "create-export";

    private CreateExportView() {
    }

    /** The panel, or null for the legacy detailed billing reports, which no API can create. */
    public static SectionTag panel(SessionState state, ReportType report, CreateExportStep step) {
        if (report == ReportType.DBR) {
            return null;
        }
        ExportInputs typed = step.inputs() != null ? step.inputs() : new ExportInputs(null, state.exportName(), null,
                null, null, null, null, null, state.prefix(), null, null,
                io.billingpilot.core.AccountId.digitsOf(state.bucketOwner()));
        boolean dataExport = report == ReportType.DATA_EXPORTS;
        return Partials.panel(PANEL, dataExport ? "Or create the export from here" : "Or create the report from here",
                p("billing-pilot can create the " + (dataExport ? "Data Export" : "legacy Cost and Usage Report")
                        + " through AWS's API with your credentials (the payer account's). It first shows exactly what"
                        + " it would create and checks that the bucket's policy lets AWS deliver; nothing is created"
                        + " until you confirm."),
                p("A bucket in another account: give its owner's account id. The bucket's owner puts the policy on"
                        + " the bucket (naming your payer account); the payer account creates the export.").withClass("hint"),
                LiveForms.post(GuidePaths.CREATE_EXPORT, PANEL, RESULTS_ID, "create-export-busy",
                        "Checking the bucket policy and the name…",
                        field("export-name", dataExport ? "Export name" : "Report name", "name",
                                typed == null ? null : typed.name(), "letters, digits, - and _"),
                        dataExport ? tableChoice(typed == null ? null : typed.table()) : null,
                        field("export-prefix", "S3 path prefix (optional)", "prefix",
                                typed == null ? null : typed.prefix(), "e.g. billing, without / at either end"),
                        state.region() == null ? field("export-region", "Bucket region", "region",
                                typed == null ? null : typed.region(), "e.g. eu-west-1") : null,
                        dataExport ? field("export-owner", "Bucket owner's account id (only when another account owns"
                                + " the bucket)", "bucketOwner", typed == null ? null : typed.bucketOwner(), "12 digits")
                                : null,
                        Partials.submit("Show what would be created")),
                div(results(step)).withId(RESULTS_ID).withClass("live-results").attr("aria-live", "polite"));
    }

    public static DomContent results(CreateExportStep step) {
        if (step.problem() != null) {
            return div(p(step.problem()), Findings.fix(step.fix())).withClass("note problem");
        }
        if (step.created() != null) {
            ExportDefinition d = step.created().plan().definition();
            return each(p(d.isDataExport() ? "Created the export " + d.name() + "." : "Created the report "
                            + d.name() + ".").withClass("check good"),
                    step.created().exportArn() == null ? null : p(text("ARN: "), code(step.created().exportArn())),
                    p(text("The first files arrive within 24 hours. "),
                            a("Step " + Step.DELIVERY.number() + " shows AWS's own view of the deliveries")
                                    .withHref(Step.DELIVERY.path()), text(".")));
        }
        ExportPlan plan = step.plan();
        if (plan == null) {
            return null;
        }
        List<DomContent> parts = new ArrayList<>();
        parts.add(definition(plan.definition()));
        if (plan.analysis() != null) {
            parts.add(p(plan.analysis().deliverable() ? "The bucket's policy lets AWS deliver for account "
                    + plan.definition().sourceAccount() + "." : "The bucket's policy would refuse AWS's writer, so AWS"
                    + " would refuse to create it.").withClass(plan.analysis().deliverable() ? "check good" : "check bad"));
        }
        if (!plan.findings().isEmpty()) {
            parts.add(Findings.list(plan.findings()));
        }
        if (plan.policyRefusesWriter() && plan.policy() != null) {
            parts.add(p("The merged policy, as a diff against the bucket's policy (\"Show the changes\" above writes it):"));
            parts.add(PolicyDiffView.diff(plan.policy().diff()));
        }
        if (plan.creatable()) {
            parts.add(confirm(step.inputs(), plan.definition()));
        }
        return each(parts.toArray(DomContent[]::new));
    }

    private static DivTag definition(ExportDefinition d) {
        List<DomContent> rows = new ArrayList<>();
        for (ExportDefinition.Line line : d.lines()) {
            rows.add(dt(line.label()));
            rows.add(dd(line.value()));
        }
        return div(dl(rows.toArray(DomContent[]::new)).withClass("definition"),
                d.queryStatement() == null ? null : details(summary("The query AWS runs"),
                        Partials.codeBlock("export-query", d.queryStatement())));
    }

    /** The same values again, with the explicit confirmation: only this creates the export. */
    private static DomContent confirm(ExportInputs inputs, ExportDefinition d) {
        return LiveForms.post(GuidePaths.CREATE_EXPORT, PANEL, RESULTS_ID, "create-export-confirm-busy",
                "Creating…",
                hidden("name", inputs.name()), hidden("table", inputs.table()), hidden("prefix", inputs.prefix()),
                hidden("region", inputs.region()), hidden("bucketOwner", inputs.bucketOwner()),
                input().withType("hidden").withName("confirm").withValue("yes"),
                Partials.submit("Yes, create " + (d.isDataExport() ? "the export " : "the report ") + d.name()));
    }

    private static DomContent hidden(String name, String value) {
        return value == null ? null : input().withType("hidden").withName(name).withValue(value);
    }

    private static DivTag field(String id, String labelText, String name, String value, String placeholder) {
        return div(label(labelText).attr("for", id),
                input().withType("text").withId(id).withName(name).withValue(value == null ? "" : value)
                        .attr("placeholder", placeholder).attr("autocomplete", "off").attr("spellcheck", "false"))
                .withClass("field");
    }

    private static DivTag tableChoice(String chosen) {
        return div(label("Table").attr("for", "export-table"),
                select(each(List.of(ExportTable.values()), table -> option(table.title()).withValue(table.id())
                        .withCondSelected(table.id().equals(chosen)))).withId("export-table").withName("table"))
                .withClass("field");
    }
}
