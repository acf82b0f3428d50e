package io.billingpilot.guide.view;

import j2html.tags.DomContent;
import j2html.tags.specialized.FormTag;

import static j2html.TagCreator.each;
import static j2html.TagCreator.span;

/**
 * Forms whose answer needs S3 (verify, apply, create): a real POST that re-renders the page
 * without JavaScript; with htmx the answer goes into the panel's results region, the button is
 * disabled and a busy note shows while the server waits for S3.
 */
final class LiveForms {
    private LiveForms() {
    }

    /**
     * @param panel     the panel's name: the page without JavaScript scrolls back to it
     * @param resultsId the region htmx fills with the answer
     * @param busyId    the busy note's id, unique on the page
     */
    static FormTag post(String action, String panel, String resultsId, String busyId, String busyText,
                        DomContent... content) {
        return Partials.postForm(action + "#panel-" + panel, each(content),
                        span(busyText).withId(busyId).withClass("busy").attr("role", "status"))
                .attr("hx-post", action)
                .attr("hx-target", "#" + resultsId)
                .attr("hx-swap", "innerHTML")
                .attr("hx-indicator", "#" + busyId)
                .attr("hx-disabled-elt", "find button");
    }
}
