package io.billingpilot.guide.view;

import io.billingpilot.overlay.OverlayStatus;
import j2html.rendering.HtmlBuilder;
import j2html.tags.DomContent;

import java.io.IOException;

/**
 * The place in every page's header where the overlay's status goes. Views build pages without
 * knowing it; the page is rendered with the status as j2html's render model, and this slot
 * renders it then. Rendered without a status (a view's unit test), it is empty.
 */
final class OverlayStatusSlot extends DomContent {
    static final OverlayStatusSlot INSTANCE = new OverlayStatusSlot();

    private OverlayStatusSlot() {
    }

    @Override
    public <T extends Appendable> T render(HtmlBuilder<T> builder, Object model) throws IOException {
        if (model instanceof OverlayStatus status) {
            OverlayViews.headerStatus(status).render(builder, model);
        }
        return builder.output();
    }
}
