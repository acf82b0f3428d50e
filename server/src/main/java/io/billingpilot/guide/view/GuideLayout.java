package io.billingpilot.guide.view;

import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.each;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;
import static j2html.TagCreator.span;
import static j2html.TagCreator.title;

/** The frame of every guide page: head, skip link, header, progress bar, the step's panels, footer. */
public final class GuideLayout {
    public static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    public static final String STYLESHEET = "/assets/guide.css";
    public static final String SCRIPT = "/assets/guide.js";

    /**
     * htmx settings. No history snapshots: going back or forward reloads the page from the server,
     * so it always shows a whole, current page. 422 answers (a form with reasons) are swapped in
     * like any page, and so are 409 answers (an action refused because the bucket changed). No
     * eval and no inline styles, so the Content-Security-Policy can stay strict.
     */
    static final String HTMX_CONFIG = "{\"historyCacheSize\":0,\"refreshOnHistoryMiss\":true,"
            + "\"allowEval\":false,\"allowScriptTags\":false,\"includeIndicatorStyles\":false,"
            + "\"responseHandling\":[{\"code\":\"204\",\"swap\":false},{\"code\":\"[23]..\",\"swap\":true},"
            + "{\"code\":\"422\",\"swap\":true},{\"code\":\"409\",\"swap\":true},{\"code\":\"[45]..\",\"swap\":false,\"error\":true}]}";

    private GuideLayout() {
    }

    public static HtmlTag page(Step step, SessionState state, String heading, DomContent... panels) {
        return html(
                head(
                        meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        meta().withName("htmx-config").withContent(HTMX_CONFIG),
                        title(heading + " · billing-pilot"),
                        link().withRel("stylesheet").withHref(STYLESHEET),
                        // No icon: this keeps the browser from asking for /favicon.ico on every page.
                        link().withRel("icon").withHref("data:,"),
                        script().withSrc(HTMX).isDefer(),
                        script().withSrc(SCRIPT).isDefer()),
                body(
                        a("Skip to the step").withHref("#main").withClass("skip-link"),
                        header(a("billing-pilot").withHref("/").withClass("brand"),
                                span("AWS billing reports, delivered to your monitoring tool").withClass("tagline"),
                                OverlayStatusSlot.INSTANCE)
                                .withClass("site-header"),
                        Partials.progress(step, state.stepsDone()),
                        main(h1(heading).attr("tabindex", "-1"), each(panels)).withId("main").attr("tabindex", "-1"),
                        footer(p("billing-pilot runs on this computer; what you enter here stays in its state folder."))
                                .withClass("site-footer"))
                        .attr("hx-boost", "true"))
                .withLang("en");
    }
}
