package io.billingpilot.guide;

import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.OverlayViews;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.overlay.OverlayStatus;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import j2html.tags.DomContent;

import java.util.function.Function;

/** The overlay's status lines for htmx to poll while the extension is not connected. */
final class OverlayHandler {
    private final OverlayLink overlay;

    OverlayHandler(OverlayLink overlay) {
        this.overlay = overlay;
    }

    void header(Context ctx) {
        answer(ctx, OverlayViews::headerLine);
    }

    void panel(Context ctx) {
        answer(ctx, OverlayViews::panelLine);
    }

    /**
     * Only htmx asks for these pieces; a person who opens the address gets the start page, which
     * shows both. Nothing changed since the page showed it: 204, and htmx leaves the page alone.
     */
    private void answer(Context ctx, Function<OverlayStatus, DomContent> fragment) {
        if (!GuideResponses.wantsFragment(ctx)) {
            GuideResponses.seeOther(ctx, Step.START.path());
            return;
        }
        OverlayStatus status = overlay.status();
        if (status.connection().id().equals(ctx.queryParam(OverlayViews.SHOWN))) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        GuideResponses.fragment(ctx, fragment.apply(status));
    }
}
