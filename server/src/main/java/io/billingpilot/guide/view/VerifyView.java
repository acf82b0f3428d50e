package io.billingpilot.guide.view;

import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.model.VerifyRun;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.verify.CheckItem;
import io.billingpilot.s3.verify.CheckStatus;
import io.billingpilot.s3.verify.Checklist;
import io.billingpilot.s3.verify.ReachItems;
import io.billingpilot.s3.verify.VerifyResult;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.LiTag;
import j2html.tags.specialized.PTag;
import j2html.tags.specialized.SectionTag;
import j2html.tags.specialized.UlTag;

import static j2html.TagCreator.a;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/** Step 2's Verify panel: the live checks of the bucket as a checklist, each failure with its fix. */
public final class VerifyView {
    static final String RESULTS_ID = "verify-results";

    private VerifyView() {
    }

    public static SectionTag panel(VerifyRun run) {
        return Partials.panel("verify", "Check the bucket itself",
                p("billing-pilot reads the bucket's settings through the S3 API with your AWS credentials and checks "
                        + "them: that it exists, its policy, encryption, ownership and public access, and whether AWS's "
                        + "test file has arrived. It changes nothing."),
                LiveForms.post(GuidePaths.VERIFY, "verify", RESULTS_ID, "verify-busy", "Checking the bucket…",
                        Partials.submit("Check the bucket")),
                div(results(run)).withId(RESULTS_ID).withClass("live-results").attr("aria-live", "polite"));
    }

    /** What goes in the results region: the verdict, the checklist, and help when credentials are missing. */
    public static DomContent results(VerifyRun run) {
        if (run.problem() != null) {
            return p(run.problem()).withClass("note problem");
        }
        VerifyResult result = run.result();
        if (result == null) {
            return null;
        }
        boolean noCredentials = result.checklist().items().stream().anyMatch(item ->
                item.id().equals(ReachItems.CREDENTIALS) && item.status() == CheckStatus.UNKNOWN);
        return each(verdict(result.checklist()), checklist(result.checklist()), noCredentials ? credentialsHelp() : null);
    }

    static PTag verdict(Checklist checklist) {
        long fails = checklist.count(CheckStatus.FAIL);
        if (checklist.outcome() == Outcome.FINDINGS) {
            return p(fails + " thing" + (fails == 1 ? "" : "s") + " to fix before AWS can deliver.").withClass("check bad");
        }
        if (checklist.outcome() == Outcome.COULD_NOT_CHECK) {
            return p("The bucket could not be checked: see below.").withClass("check bad");
        }
        return p("Nothing stops AWS from delivering to this bucket.").withClass("check good");
    }

    public static UlTag checklist(Checklist checklist) {
        return ul(each(checklist.items(), VerifyView::item)).withClass("checks");
    }

    static LiTag item(CheckItem item) {
        String status = item.status().id();
        boolean explain = item.status() != CheckStatus.PASS;
        return li(
                span(marker(item.status())).withClass("marker").attr("aria-hidden", "true"),
                span(word(item.status())).withClass("status-word"), text(" "),
                strong(item.title()),
                p(item.message()).withClass("message"),
                explain ? Findings.fix(item.fix()) : null,
                explain && !item.details().isEmpty() ? Findings.list(item.details()) : null,
                item.status() == CheckStatus.FAIL ? fromHere(item.id()) : null)
                .withClass("check-item " + status).withData("check", item.id()).withData("status", status);
    }

    /** The guide's own way to fix a failed item, where it has one. */
    static PTag fromHere(String id) {
        return switch (id) {
            // "policy" is the item's stable id in the checklist's JSON.
            case "policy" -> p(text("Or "), a("put the merged policy on the bucket from this page")
                    .withHref("#panel-apply-policy"), text(".")).withClass("hint");
            case ReachItems.BUCKET -> p(text("Check the name, or create the bucket, in "),
                    a("step " + Step.BUCKET.number()).withHref(Step.BUCKET.path()), text(".")).withClass("hint");
            default -> null;
        };
    }

    /** Where the server looks for credentials, since it reads them from the environment it was started in. */
    public static DivTag credentialsHelp() {
        return Partials.warning(p(text("The server looks for credentials as the AWS CLI does: in the environment it "
                        + "was started from (set the variables before "), code("scripts/run"),
                text("), or in your AWS configuration ("), code("aws configure"), text(", "), code("aws sso login"),
                text("). A named profile is chosen when the server starts: "), code("scripts/run --profile NAME"),
                text(". Then check again.")));
    }

    private static String word(CheckStatus status) {
        return switch (status) {
            case PASS -> "Pass";
            case FAIL -> "Fail";
            case WARNING -> "Warning";
            case UNKNOWN -> "Unknown";
        };
    }

    private static String marker(CheckStatus status) {
        return switch (status) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case WARNING -> "!";
            case UNKNOWN -> "?";
        };
    }
}
