package io.billingpilot.guide.view;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.handoff.ToolProfile;
import io.billingpilot.policy.ReaderPolicy;
import io.billingpilot.state.SessionState;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.HtmlTag;
import j2html.tags.specialized.InputTag;
import j2html.tags.specialized.SectionTag;

import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/**
 * The last step: the chosen monitoring tool reads the bucket. The exact values to paste, the
 * tool's integration page, its role (trust and permissions policies, a name, the clicks in IAM's
 * console) and the whole setup as code. Renders the model the handler builds.
 */
public final class MonitoringView {
    private MonitoringView() {
    }

    /** What the admin submitted in the tool form, and why it was refused. */
    public record Typed(String tool, String toolAccount, String externalId, String kmsKey, List<String> problems) {
    }

    /** A download of the setup as code. */
    public record Download(String title, String fileName, String href) {
    }

    /**
     * @param toolAccount  the tool's account as saved, or published by the profile; null when unknown
     * @param typed        a refused submission, or null
     * @param permissions  the permissions policy as JSON, or null with {@code roleProblem}
     * @param trust        the trust policy as JSON, or null while the account or External ID is missing
     * @param downloadProblem why there are no downloads yet, or null
     */
    public record Model(SessionState state, List<ToolProfile> tools, ToolProfile tool, String toolAccount,
                        String externalId, String kmsKey, Typed typed, String permissions, String trust, String roleProblem,
                        List<Download> downloads, String downloadProblem, ConsoleLabels labels) {
    }

    public static HtmlTag render(Model model) {
        SessionState state = model.state();
        String heading = "Step " + Step.MONITORING.number() + ": hand the bucket to " + model.tool().name();
        if (state.bucket() == null) {
            return renderBucketQuestion(state, null, null);
        }
        return GuideLayout.page(Step.MONITORING, state, heading,
                toolChoice(model),
                aboutTool(model),
                values(model),
                integration(model.tool()),
                role(model),
                asCode(model),
                done(model));
    }

    /** Straight from the start page the bucket's name is not known yet: ask for it here. */
    public static HtmlTag renderBucketQuestion(SessionState state, String typed, List<BucketName.Problem> problems) {
        return GuideLayout.page(Step.MONITORING, state, "Step " + Step.MONITORING.number()
                        + ": hand the bucket to your monitoring tool",
                Partials.panel("which-bucket", "Which bucket receives the files?",
                        Partials.postForm(GuidePaths.MONITORING_BUCKET,
                                Partials.bucketNameField(typed, problems),
                                Partials.submit("Save the name"))));
    }

    static SectionTag toolChoice(Model model) {
        Typed typed = model.typed();
        String selected = typed != null && typed.tool() != null ? typed.tool() : model.tool().id();
        List<Choices.Choice> choices = model.tools().stream().map(tool -> new Choices.Choice(tool.id(), tool.name(),
                tool.formerly() == null ? null : "Formerly " + tool.formerly() + ".")).toList();
        String account = typed != null ? typed.toolAccount() : model.toolAccount();
        String externalId = typed != null ? typed.externalId() : model.externalId();
        String kmsKey = typed != null ? typed.kmsKey() : model.kmsKey();
        return Partials.panel("tool", "Which tool reads the reports?",
                Partials.postForm(GuidePaths.MONITORING_TOOL,
                        Choices.radios("tool", "Monitoring tool", choices, selected),
                        field("tool-account", "toolAccount", "The tool's AWS account id", model.tool().accountHint(),
                                account, "numeric"),
                        field("external-id", "externalId", "External ID", "Shown on the tool's integration page next "
                                + "to its account id. The role accepts the tool only with it.", externalId, null),
                        field("kms-key", "kmsKey", "The bucket's KMS key ARN (only if it uses one)", "Leave it empty "
                                + "for SSE-S3, the default. With a customer-managed key the role also needs kms:Decrypt "
                                + "on that key.", kmsKey, null),
                        div(typed == null ? null : ul(each(typed.problems(), problem -> li(problem))).withClass("check bad"))
                                .withId("tool-problems").attr("aria-live", "polite"),
                        Partials.submit("Save")));
    }

    private static DivTag field(String id, String name, String label, String hint, String value, String inputMode) {
        InputTag input = input().withType("text").withId(id).withName(name).attr("autocomplete", "off")
                .attr("aria-describedby", id + "-hint").withValue(value == null ? "" : value);
        if (inputMode != null) {
            input.attr("inputmode", inputMode);
        }
        return div(label(label).withFor(id), p(hint).withId(id + "-hint").withClass("hint"), input).withClass("field");
    }

    static SectionTag aboutTool(Model model) {
        ToolProfile tool = model.tool();
        ReportType report = model.state().reportOrDefault();
        return Partials.panel("about-tool", "What " + tool.name() + " needs",
                tool.documentedFor(report) ? null : Partials.warning(p(tool.name() + "'s documentation does not name "
                        + report.title() + " files: check with " + tool.name() + " before relying on them.")),
                p(tool.reportsNote()),
                tool.prerequisites().isEmpty() ? null : ul(each(tool.prerequisites(), item -> li(item))));
    }

    static SectionTag values(Model model) {
        SessionState state = model.state();
        List<DomContent> content = new ArrayList<>();
        content.add(p("Paste these into the tool exactly; it compares them letter for letter."));
        content.add(valueBlock("Bucket name", "bucket-name-value", state.bucket(), "name"));
        boolean named = state.reportOrDefault() != ReportType.DBR;
        if (named && state.prefix() != null) {
            content.add(valueBlock("Report path prefix", "prefix-value", state.prefix(), "prefix"));
        }
        if (named && state.exportName() != null) {
            content.add(valueBlock(state.reportOrDefault() == ReportType.CUR ? "Report name" : "Export name",
                    "export-name-value", state.exportName(), "name"));
        }
        content.add(Partials.warning(p("Letter case matters: bucket names are lowercase, and prefixes and report "
                + "names are compared exactly, capitals included. Paste them; do not retype them.")));
        return Partials.panel("values", "The exact values", content.toArray(DomContent[]::new));
    }

    private static DivTag valueBlock(String title, String id, String value, String what) {
        return div(p(title).withClass("label"), Partials.codeBlock(id, value), Partials.copyButton(id, what))
                .withClass("value");
    }

    static SectionTag integration(ToolProfile tool) {
        List<DomContent> steps = tool.steps().stream().map(step -> (DomContent) each(step, part ->
                part.label() ? Partials.ui(part.text()) : text(part.text()))).toList();
        return Partials.panel("integration", "In " + tool.integrationPage(), Partials.steps(steps));
    }

    static SectionTag role(Model model) {
        ToolProfile tool = model.tool();
        if (model.permissions() == null) {
            return Partials.panel("role", "The role " + tool.name() + " assumes",
                    p(model.roleProblem()).withClass("note problem"));
        }
        ConsoleLabels labels = model.labels();
        return Partials.panel("role", "The role " + tool.name() + " assumes",
                p(text("Name it, for example:")), Partials.codeBlock("role-name-value", tool.roleName()),
                Partials.copyButton("role-name-value", "role name"),
                p(text("Trust policy: only the tool's account may assume the role, and only with the External ID ("),
                        code("sts:ExternalId"), text(").")),
                model.trust() == null ? p("Enter the tool's account id and External ID above to get it.")
                        .withClass("note problem").withId("trust-policy-missing")
                        : div(Partials.codeBlock("trust-policy-json", model.trust()),
                        Partials.copyButton("trust-policy-json", "trust policy")),
                p(text("Permissions policy: "), code("s3:ListBucket"),
                        text(model.state().prefix() == null || model.state().reportOrDefault() == ReportType.DBR
                                ? " on the bucket" : " limited to the prefix"),
                        text(" and "), code("s3:GetObject"), text(" on the report files"),
                        text(tool.reads().costExplorer() ? ", " : ""),
                        tool.reads().costExplorer() ? code(ReaderPolicy.COST_EXPLORER_ACTION) : null,
                        text(tool.reads().costExplorer() ? " for Cost Explorer" : ""),
                        text(tool.reads().definitions() ? " and the report definitions" : ""),
                        text(". Nothing else.")),
                Partials.codeBlock("permissions-policy-json", model.permissions()),
                Partials.copyButton("permissions-policy-json", "permissions policy"),
                p("In IAM's console:"),
                Partials.steps(List.of(
                        each(text("Open "), Partials.ui(labels.iam("createRole", "roles")), text(", choose "),
                                Partials.ui(labels.iam("createRole", "createRole")), text(" and "),
                                Partials.ui(labels.iam("createRole", "customTrustPolicy")), text(".")),
                        each(text("Paste the trust policy over the editor's text; choose "),
                                Partials.ui(labels.iam("createRole", "next")), text(" twice.")),
                        each(text("Paste the name into "), Partials.ui(labels.iam("createRole", "roleName")),
                                text("; choose "), Partials.ui(labels.iam("createRole", "confirm")), text(".")),
                        each(text("Open the new role; choose "), Partials.ui(labels.iam("inlinePolicy", "addPermissions")),
                                text(", "), Partials.ui(labels.iam("inlinePolicy", "createInlinePolicy")), text(", then "),
                                Partials.ui(labels.iam("inlinePolicy", "json")), text(".")),
                        each(text("Paste the permissions policy; choose "), Partials.ui(labels.iam("inlinePolicy", "next")),
                                text(", name it in "), Partials.ui(labels.iam("inlinePolicy", "policyName")),
                                text(" and choose "), Partials.ui(labels.iam("inlinePolicy", "confirm")), text(".")),
                        each(text("Copy the role's ARN from its summary into " + tool.integrationPage() + ".")))),
                labels.iamVerified() ? null : p("These IAM labels were not checked against a captured console page; "
                        + "if a label differs, look for the nearest one.").withClass("hint"),
                p("A new role can take " + tool.waitMinutes() + " minutes to work. If " + tool.name() + " reports no "
                        + "access right after you created it, wait a little and save again.").withClass("hint"));
    }

    static SectionTag asCode(Model model) {
        if (model.downloadProblem() != null) {
            return Partials.panel("as-code", "The whole setup as code", p(model.downloadProblem()).withClass("note problem"));
        }
        return Partials.panel("as-code", "The whole setup as code",
                p("The bucket (SSE-S3, public access blocked, ACLs off), its policy, the export or report definition "
                        + "and this role, with parameters for what differs between accounts."),
                div(each(model.downloads(), download -> a("Download " + download.title())
                        .withHref(download.href()).attr("download", download.fileName()).attr("hx-boost", "false")
                        .withClass("button"))).withClass("actions"));
    }

    static SectionTag done(Model model) {
        boolean finished = model.state().stepsDone().contains(Step.MONITORING.id());
        String tool = model.tool().name();
        return Partials.panel("done", finished ? "All set" : "Saved in " + tool + "?",
                finished ? p(tool + " knows the bucket. Report files arrive within 24 hours of turning them on; "
                        + tool + " picks them up from there.") : null,
                finished ? null : Partials.postForm(Step.MONITORING.path(), Partials.submit("Done")));
    }
}
