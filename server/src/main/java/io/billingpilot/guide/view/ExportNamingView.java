package io.billingpilot.guide.view;

import io.billingpilot.core.ExportFields;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.GuidePaths;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.InputTag;
import j2html.tags.specialized.SectionTag;
import j2html.tags.specialized.UlTag;

import java.util.List;

import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.ul;

/**
 * The export's name and S3 path prefix, each checked as it is typed against AWS's rules (the
 * rules themselves live in core; this view only shows their verdict). Without JavaScript the
 * form posts and the page comes back with the same verdicts.
 */
public final class ExportNamingView {
    public static final String CHECK_ID = "export-check";
    static final String NAME_FIELD = ExportFields.NAME;
    static final String PREFIX_FIELD = ExportFields.PREFIX;

    private ExportNamingView() {
    }

    /**
     * The typed values and the rules each breaks.
     *
     * @param checked whether the values were checked (a submit or an as-you-type request), so the verdict is shown
     */
    public record Check(String name, String prefix, List<ExportFields.Rule> nameRules, List<ExportFields.Rule> prefixRules, boolean checked) {
        public static Check unchecked(String name, String prefix) {
            return new Check(name, prefix, List.of(), List.of(), false);
        }

        public boolean valid() {
            return nameRules.isEmpty() && prefixRules.isEmpty();
        }
    }

    public static SectionTag panel(ReportType report, Check check, ConsoleLabels labels) {
        String page = report == ReportType.CUR ? ConsoleLabels.CUR_CREATE : ConsoleLabels.DATA_EXPORTS_CREATE;
        String nameLabel = labels.exportTarget(page, "export-name");
        String prefixLabel = labels.exportTarget(page, "s3-prefix");
        return Partials.panel("naming", "Its name and folder",
                p("The console asks for both; the extension fills them in from here, and the delivery step looks "
                        + "for the files under them.").withClass("hint"),
                Partials.postForm(GuidePaths.EXPORT_NAMING,
                        div(label(nameLabel).withFor(NAME_FIELD),
                                p(report == ReportType.CUR ? "Up to 256 letters, digits and ! - _ . * ' ( ); no spaces."
                                        : "Up to 128 letters, digits, '-' and '_'; unique in the account.")
                                        .withId(NAME_FIELD + "-hint").withClass("hint"),
                                field(NAME_FIELD, check.name(), !check.nameRules().isEmpty()))
                                .withClass("field"),
                        div(label(prefixLabel).withFor(PREFIX_FIELD),
                                p("A folder such as billing, without '/' at either end; empty for the bucket's top level.")
                                        .withId(PREFIX_FIELD + "-hint").withClass("hint"),
                                field(PREFIX_FIELD, check.prefix(), !check.prefixRules().isEmpty()))
                                .withClass("field"),
                        div(check.checked() ? verdict(check) : null).withId(CHECK_ID).withClass("name-check")
                                .attr("aria-live", "polite"),
                        Partials.submit("Save name and prefix")));
    }

    /** The verdict on both fields, for the as-you-type check and the page after a submit. */
    public static DivTag verdict(Check check) {
        if (check.valid()) {
            return div(p("“" + Texts.clip(check.name()) + "”"
                    + (check.prefix() == null || check.prefix().isEmpty() ? " at the bucket's top level"
                    : " under “" + Texts.clip(check.prefix()) + "”") + ": AWS accepts both.")).withClass("check good");
        }
        return div(
                check.nameRules().isEmpty() ? null : div(p("The name “" + Texts.clip(check.name()) + "”:"), rules(check.nameRules()))
                        .withData("field", NAME_FIELD),
                check.prefixRules().isEmpty() ? null : div(p("The prefix “" + Texts.clip(check.prefix()) + "”:"),
                        rules(check.prefixRules())).withData("field", PREFIX_FIELD))
                .withClass("check bad");
    }

    private static UlTag rules(List<ExportFields.Rule> rules) {
        return ul(each(rules, rule -> li(rule.message()).withData("rule", rule.code())));
    }

    private static InputTag field(String name, String value, boolean invalid) {
        InputTag field = input().withType("text").withId(name).withName(name)
                .withValue(value == null ? "" : value)
                .attr("autocomplete", "off").attr("autocapitalize", "none").attr("spellcheck", "false")
                .attr("aria-describedby", name + "-hint " + CHECK_ID)
                .attr("hx-get", GuidePaths.EXPORT_NAMING_CHECK)
                .attr("hx-include", "#" + NAME_FIELD + ", #" + PREFIX_FIELD)
                .attr("hx-trigger", "input changed delay:250ms")
                .attr("hx-target", "#" + CHECK_ID)
                .attr("hx-swap", "innerHTML")
                .attr("hx-sync", "closest form:replace");
        if (invalid) {
            field.attr("aria-invalid", "true");
        }
        return field;
    }
}
