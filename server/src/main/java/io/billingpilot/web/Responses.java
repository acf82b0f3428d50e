package io.billingpilot.web;

import io.billingpilot.json.Json;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON answers, always produced by Jackson. */
public final class Responses {
    public static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(Json.compact(body));
    }

    /** {@code {"error": message, "reasons": [...]}}, the shape of every API error. */
    public static void error(Context ctx, int status, String message, List<String> reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("reasons", reasons == null ? List.of(message) : reasons);
        json(ctx, status, body);
    }

    public static void error(Context ctx, int status, String message) {
        error(ctx, status, message, List.of(message));
    }

    /** Whether the caller wants JSON (API paths) rather than a page. */
    public static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
