package io.billingpilot.guide;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;

import java.util.function.Supplier;

import static j2html.TagCreator.document;

/**
 * How the guide answers: whole pages, htmx fragments and redirects after a POST. Nothing the
 * guide renders is cached, so back, forward and reload always ask the server for the current page.
 */
final class GuideResponses {
    /** The guide's pages load scripts and styles from this server only and run no inline code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final String HTML = "text/html; charset=utf-8";

    private GuideResponses() {
    }

    static void page(Context ctx, HtmlTag page) {
        headers(ctx);
        ctx.contentType(HTML).result(document(page));
    }

    /** A page answering a form with reasons: 422, which the htmx configuration swaps in like any page. */
    static void refused(Context ctx, HtmlTag page) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        page(ctx, page);
    }

    static void fragment(Context ctx, DomContent fragment) {
        headers(ctx);
        ctx.contentType(HTML).result(fragment.render());
    }

    /**
     * Whether htmx asked for a piece of a page. A history restore also carries HX-Request, but
     * needs the whole page, or back/forward would show a bare fragment.
     */
    static boolean wantsFragment(Context ctx) {
        return "true".equals(ctx.header("HX-Request")) && !"true".equals(ctx.header("HX-History-Restore-Request"));
    }

    /** The fragment for htmx, else the whole page; each is built only when it is the one sent. */
    static void fragmentOrPage(Context ctx, Supplier<DomContent> fragment, Supplier<HtmlTag> page) {
        if (wantsFragment(ctx)) {
            fragment(ctx, fragment.get());
        } else {
            page(ctx, page.get());
        }
    }

    /** POST-redirect-GET: a reload after a form never posts it again. */
    static void seeOther(Context ctx, String path) {
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    private static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Vary", "HX-Request");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
