package io.billingpilot.guide.view;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.Texts;
import io.billingpilot.guide.model.ConsoleSummary;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import j2html.tags.DomContent;
import j2html.tags.specialized.ATag;
import j2html.tags.specialized.ButtonTag;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.FormTag;
import j2html.tags.specialized.InputTag;
import j2html.tags.specialized.LiTag;
import j2html.tags.specialized.NavTag;
import j2html.tags.specialized.OlTag;
import j2html.tags.specialized.PreTag;
import j2html.tags.specialized.SectionTag;
import j2html.tags.specialized.StrongTag;
import j2html.tags.specialized.UlTag;

import java.util.List;
import java.util.Locale;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.ol;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/** Small named fragments the step views are built from. Every value goes through j2html's escaping. */
public final class Partials {
    /** Where the name field asks for its inline check (a fragment for htmx, a whole page otherwise). */
    public static final String NAME_CHECK_ID = "name-check";

    private Partials() {
    }

    /** The progress bar: every step, the current one marked with aria-current="step", finished ones ticked. */
    public static NavTag progress(Step current, List<String> stepsDone) {
        return nav(ol(each(List.of(Step.values()), step -> progressItem(step, step == current,
                stepsDone.contains(step.id()))))).withClass("progress").attr("aria-label", "Progress");
    }

    static LiTag progressItem(Step step, boolean current, boolean done) {
        ATag link = a(step.number() == 0 ? null : span(step.number() + ". ").withClass("num"),
                text(step.title()),
                done ? span(" (done)").withClass("visually-hidden") : null).withHref(step.path());
        if (current) {
            link.attr("aria-current", "step");
        }
        return li(link)
                .withCondClass(done && !current, "done")
                .withCondClass(current, "current" + (done ? " done" : ""));
    }

    /** A titled part of a step page; its id ("panel-" + name) lets later panels be placed beside it. */
    public static SectionTag panel(String name, String heading, DomContent... content) {
        String headingId = "panel-" + name + "-title";
        return section(h2(heading).withId(headingId), each(content)).withId("panel-" + name).withClass("panel")
                .attr("aria-labelledby", headingId);
    }

    /** A console control's visible label, as the admin will see it on screen. */
    public static StrongTag ui(String label) {
        return strong(label).withClass("ui");
    }

    /** A warning that something irreversible or easy to get wrong is ahead. */
    public static DivTag warning(DomContent... content) {
        return div(each(content)).withClass("note warning").attr("role", "note");
    }

    /** JSON or a name to copy, in a block with its own id for the copy button. */
    public static PreTag codeBlock(String id, String text) {
        return pre(code(text).withId(id)).withClass("code").attr("tabindex", "0");
    }

    /**
     * A button that copies the text of the element {@code targetId}. Hidden until the script
     * reveals it: without JavaScript it could not work, and the text can still be selected.
     */
    public static DivTag copyButton(String targetId, String what) {
        String statusId = targetId + "-copy-status";
        ButtonTag copy = button("Copy " + what).withType("button").withClass("copy")
                .withData("copy-target", targetId).withData("copy-status", statusId).isHidden();
        return div(copy, span().withId(statusId).withClass("copy-status").attr("aria-live", "polite"))
                .withClass("copy-control");
    }

    /** A form that works without JavaScript: a real POST, answered by a redirect (or the page with reasons). */
    public static FormTag postForm(String action, DomContent... content) {
        return form(each(content)).withMethod("post").withAction(action);
    }

    public static ButtonTag submit(String text) {
        return button(text).withType("submit").withClass("primary");
    }

    /** A link into the AWS console (or another site), opened in a new tab and never boosted. */
    public static ATag outsideLink(String href, String text) {
        return a(text).withHref(href).withTarget("_blank").attr("rel", "noopener noreferrer");
    }

    /** The bucket-name field, checked as the admin types; the check region is announced to screen readers. */
    public static DivTag bucketNameField(String typed, List<BucketName.Problem> problems) {
        InputTag field = input().withType("text").withId("bucket").withName("bucket")
                .withValue(typed == null ? "" : typed)
                .attr("autocomplete", "off").attr("autocapitalize", "none").attr("spellcheck", "false")
                .attr("aria-describedby", "bucket-hint " + NAME_CHECK_ID)
                .attr("hx-get", GuidePaths.NAME_CHECK)
                .attr("hx-trigger", "input changed delay:250ms")
                .attr("hx-target", "#" + NAME_CHECK_ID)
                .attr("hx-swap", "innerHTML")
                .attr("hx-sync", "this:replace");
        if (problems != null && !problems.isEmpty()) {
            field.attr("aria-invalid", "true");
        }
        return div(
                label("Bucket name").withFor("bucket"),
                p("3 to 63 characters: lowercase letters, digits, hyphens and periods; "
                        + "a letter or digit at each end.").withId("bucket-hint").withClass("hint"),
                field,
                div(problems == null ? null : nameCheck(typed, problems))
                        .withId(NAME_CHECK_ID).withClass("name-check").attr("aria-live", "polite"))
                .withClass("field");
    }

    /** The verdict on a typed name: each broken rule, or that it is valid plus any advice. */
    public static DivTag nameCheck(String typed, List<BucketName.Problem> problems) {
        String quoted = "“" + Texts.clip(typed) + "”";
        if (typed == null || typed.isEmpty()) {
            return div(each(problems, problem -> p(problem.message()).withData("rule", problem.code())))
                    .withClass("check bad");
        }
        if (!problems.isEmpty()) {
            return div(
                    p(quoted + " is not a valid bucket name:"),
                    ul(each(problems, problem -> li(problem.message()).withData("rule", problem.code()))))
                    .withClass("check bad");
        }
        List<String> advice = BucketName.advice(typed);
        return div(
                p(quoted + " is a valid bucket name."),
                advice.isEmpty() ? null : ul(each(advice, tip -> li(tip))))
                .withClass("check good");
    }

    /** What the extension reported from the console, one sentence a line, marked by kind. */
    public static UlTag observations(List<ConsoleSummary.Observation> observations) {
        return ul(each(observations, seen -> li(
                span(marker(seen.kind())).withClass("marker").attr("aria-hidden", "true"),
                span(kindName(seen.kind())).withClass("visually-hidden"),
                text(seen.text()))
                .withClass("seen " + seen.kind().name().toLowerCase(Locale.ROOT))))
                .withClass("observations");
    }

    /** A numbered list of things to do in a console. */
    public static OlTag steps(List<DomContent> items) {
        return ol(each(items, item -> li(item))).withClass("steps");
    }

    private static String marker(ConsoleSummary.Kind kind) {
        return switch (kind) {
            case OK -> "✓";
            case TODO -> "○";
            case PROBLEM -> "✗";
            case INFO -> "•";
        };
    }

    private static String kindName(ConsoleSummary.Kind kind) {
        return switch (kind) {
            case OK -> "Fine: ";
            case TODO -> "To do: ";
            case PROBLEM -> "Problem: ";
            case INFO -> "";
        };
    }
}
