package io.billingpilot.guide;

import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.OverlayViews;
import io.billingpilot.overlay.OverlayLink;
import io.javalin.http.Context;
import j2html.tags.DomContent;

import java.util.function.Supplier;

/** The overlay's status lines for htmx to poll while the extension is not connected. */
final class OverlayHandler {
    private final OverlayLink overlay;

    OverlayHandler(OverlayLink overlay) {
        this.overlay = overlay;
    }

    void header(Context ctx) {
        answer(ctx, () -> OverlayViews.headerStatus(overlay.status()));
    }

    void panel(Context ctx) {
        answer(ctx, () -> OverlayViews.panelStatus(overlay.status()));
    }

    /** Only htmx asks for these pieces; a person who opens the address gets the start page, which shows both. */
    private static void answer(Context ctx, Supplier<DomContent> fragment) {
        if (GuideResponses.wantsFragment(ctx)) {
            GuideResponses.fragment(ctx, fragment.get());
        } else {
            GuideResponses.seeOther(ctx, Step.START.path());
        }
    }
}
