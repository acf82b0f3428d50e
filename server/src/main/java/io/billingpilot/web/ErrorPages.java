package io.billingpilot.web;

import io.billingpilot.core.Texts;
import io.javalin.http.Context;

import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.p;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

/** Errors as JSON for API callers and as a small readable page for people; never a stack trace. */
public final class ErrorPages {
    private ErrorPages() {
    }

    public static void respond(Context ctx, int status, String message, List<String> reasons) {
        String safeMessage = message == null || message.isBlank() ? "The request could not be handled." : message;
        if (Responses.wantsJson(ctx)) {
            Responses.error(ctx, status, safeMessage, reasons);
            return;
        }
        List<String> shown = reasons == null || reasons.size() <= 1 ? List.of() : reasons;
        boolean notFound = status == 404;
        ctx.status(status).html(document(html(
                head(meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title("billing-pilot: " + (notFound ? "no such page" : status)),
                        link().withRel("stylesheet").withHref("/assets/guide.css")),
                body(main(
                        h1(notFound ? "No such page" : "Something is not right"),
                        // Javalin's own 404 text names the HTTP method and route; people need only the address.
                        p(notFound ? "There is no page at " + Texts.clip(ctx.path()) + "." : safeMessage),
                        shown.isEmpty() ? null : ul(each(shown, reason -> li(reason))),
                        p(a("Back to the guide").withHref("/"))))).withLang("en")));
    }
}
