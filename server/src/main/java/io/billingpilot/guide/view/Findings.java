package io.billingpilot.guide.view;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Severity;
import j2html.tags.specialized.LiTag;
import j2html.tags.specialized.PTag;
import j2html.tags.specialized.UlTag;

import java.util.List;

import static j2html.TagCreator.each;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

/** Findings of the policy engine and the live checks: each with its severity in words, its message and its fix. */
public final class Findings {
    private Findings() {
    }

    public static UlTag list(List<Finding> findings) {
        return ul(each(findings, Findings::item)).withClass("findings");
    }

    static LiTag item(Finding finding) {
        return li(span(word(finding.severity())).withClass("severity"), text(" "),
                span(finding.message()).withClass("message"),
                fix(finding.fix()))
                .withClass("finding " + finding.severity().jsonName()).withData("code", finding.code());
    }

    /** "Fix: ..." under a message, or nothing when there is no fix. */
    static PTag fix(String fix) {
        return fix == null || fix.isEmpty() ? null : p(span("Fix: ").withClass("fix-label"), text(fix)).withClass("fix");
    }

    static String word(Severity severity) {
        return switch (severity) {
            case ERROR -> "Problem";
            case WARNING -> "Warning";
            case INFO -> "Note";
        };
    }
}
