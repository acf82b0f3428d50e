package io.billingpilot.web.api;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;
import io.javalin.http.Context;

/** Boolean query parameters: true, false, or absent (null); anything else is named in a 422. */
final class QueryFlags {
    private QueryFlags() {
    }

    static Boolean bool(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new InvalidInputException("'" + name + "' is '" + Texts.clip(value) + "'; use true or false.");
    }
}
