package io.billingpilot.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Locale;
import java.util.Set;

/**
 * Every web page the user visits can reach this server, so each request is treated as
 * hostile until its headers say otherwise:
 * <ul>
 *   <li>the Host header must name this server on a loopback name, which defeats DNS rebinding;</li>
 *   <li>a write whose Origin is present must come from this server's own pages or from a
 *       browser extension; a write a browser marks as cross-site without an Origin is refused too.</li>
 * </ul>
 */
public final class RequestGuard {
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private static final String[] EXTENSION_SCHEMES = {"chrome-extension://", "moz-extension://"};

    private final ServerContext context;

    public RequestGuard(ServerContext context) {
        this.context = context;
    }

    /** Null when the request may go on, else the reason it is refused. */
    public String refusal(Context ctx) {
        String host = ctx.header("Host");
        if (!isOwnHost(host)) {
            return "This server only answers requests addressed to 127.0.0.1, localhost or [::1] on port "
                    + context.port() + ".";
        }
        if (WRITES.contains(ctx.method())) {
            String origin = ctx.header("Origin");
            if (origin != null && !isAllowedOrigin(origin)) {
                return "Changes are accepted only from billing-pilot's own pages and its browser extension.";
            }
            if (origin == null && "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
                return "Changes are accepted only from billing-pilot's own pages and its browser extension.";
            }
        }
        return null;
    }

    boolean isOwnHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        String port = ":" + context.port();
        return lower.equals("127.0.0.1" + port) || lower.equals("localhost" + port) || lower.equals("[::1]" + port);
    }

    boolean isAllowedOrigin(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        for (String scheme : EXTENSION_SCHEMES) {
            if (lower.startsWith(scheme) && lower.length() > scheme.length()) {
                return true;
            }
        }
        String port = ":" + context.port();
        return lower.equals("http://127.0.0.1" + port) || lower.equals("http://localhost" + port)
                || lower.equals("http://[::1]" + port);
    }
}
