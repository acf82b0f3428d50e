package io.billingpilot.guide;

import io.billingpilot.overlay.OverlayLink;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import j2html.Config;
import j2html.rendering.FlatHtml;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * How the guide answers: whole pages, htmx fragments and redirects after a POST. Nothing the
 * guide renders is cached, so back, forward and reload always ask the server for the current page.
 */
final class GuideResponses {
    /** The guide's pages load scripts and styles from this server only and run no inline code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final String HTML = "text/html; charset=utf-8";
    /** The request attribute that holds the overlay link, for the status in every page's header. */
    static final String OVERLAY = "billing-pilot.overlay";

    private GuideResponses() {
    }

    static void page(Context ctx, HtmlTag page) {
        headers(ctx);
        OverlayLink overlay = ctx.attribute(OVERLAY);
        ctx.contentType(HTML).result(document(page, overlay == null ? null : overlay.status()));
    }

    /** The whole document; the model fills the page's slots (the overlay status in the header). */
    static String document(HtmlTag page, Object model) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>");
        try {
            page.render(FlatHtml.into(out, Config.global()), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
