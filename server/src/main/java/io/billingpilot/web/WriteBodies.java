package io.billingpilot.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnsupportedMediaTypeResponse;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The bodies writes may carry, checked before any handler runs:
 * <ul>
 *   <li>the JSON API takes {@code application/json} only (415 otherwise): a web page cannot send
 *       that type to another origin without a CORS preflight, which this server never answers;</li>
 *   <li>the guide's forms take {@code application/x-www-form-urlencoded} only (415 otherwise,
 *       multipart included, so no upload is ever spooled to disk); the form is read here, within
 *       the body cap, so a malformed one is a 400 with the guide's error page;</li>
 *   <li>a charset the JVM does not know is a 400.</li>
 * </ul>
 */
final class WriteBodies {
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    private WriteBodies() {
    }

    static void check(Context ctx) {
        String header = ctx.header("Content-Type");
        String mediaType = header == null ? null : header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (Responses.wantsJson(ctx)) {
            if (!JSON.equals(mediaType)) {
                throw new UnsupportedMediaTypeResponse("This call takes a JSON body: send it with "
                        + "'Content-Type: application/json'.");
            }
        } else if (mediaType != null && !mediaType.isEmpty() && !FORM.equals(mediaType)) {
            throw new UnsupportedMediaTypeResponse("The guide's forms are sent as " + FORM
                    + "; this request was sent as another type.");
        }
        requireKnownCharset(header);
        if (!Responses.wantsJson(ctx)) {
            readForm(ctx);
        }
    }

    private static void requireKnownCharset(String header) {
        if (header == null) {
            return;
        }
        for (String parameter : header.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "");
                boolean known;
                try {
                    known = Charset.isSupported(name);
                } catch (IllegalArgumentException e) {
                    known = false;
                }
                if (!known) {
                    throw new BadRequestException("The request names a character set billing-pilot does not know; "
                            + "send it as UTF-8.");
                }
            }
        }
    }

    /** Reads and decodes the form now (Javalin keeps it for the handler), turning any failure into a 400. */
    private static void readForm(Context ctx) {
        if (ctx.req().getContentLengthLong() > RequestBodies.MAX_BODY_BYTES) {
            // Too large by its own account: left unread, so a handler may answer it in its page
            // (the policy check does); reading it anyway ends in a 400.
            return;
        }
        try {
            ctx.formParamMap();
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            throw new BadRequestException("The form could not be read: it was cut off, badly encoded or not sent "
                    + "whole. Send it again from the guide's page.");
        }
    }
}
