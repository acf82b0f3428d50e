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
 *   <li>then the route's {@link RouteAccess} class decides: who may write (the server's own
 *       origin, this extension, Firefox extensions, a client that is no browser) and whether a
 *       request another site caused may make the server sign requests to AWS.</li>
 * </ul>
 */
public final class RequestGuard {
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private static final String FIREFOX_EXTENSION = "moz-extension://";
    private static final String OWN_PAGES_ONLY = "Changes are accepted only from billing-pilot's own pages.";
    private static final String OWN_PAGES_AND_EXTENSION =
            "Changes are accepted only from billing-pilot's own pages and its browser extension.";
    private static final String NO_AWS_FOR_OTHER_SITES = "billing-pilot calls AWS only for its own pages: "
            + "open the guide at this address and use it there.";
    private static final String CHANGES_FROM_GUIDE_ONLY = "Changes to AWS are made only from billing-pilot's own "
            + "pages or its command line.";

    private final ServerContext context;
    private final RouteAccessTable routes;
    private final String extensionOrigin;

    RequestGuard(ServerContext context, RouteAccessTable routes, String extensionOrigin) {
        this.context = context;
        this.routes = routes;
        this.extensionOrigin = extensionOrigin.toLowerCase(Locale.ROOT);
    }

    /** Null when the request may go on, else the reason it is refused. */
    public String refusal(Context ctx) {
        String host = ctx.header("Host");
        if (!isOwnHost(host)) {
            return "This server only answers requests addressed to 127.0.0.1, localhost or [::1] on port "
                    + context.port() + ".";
        }
        RouteAccess access = routes.of(ctx.method(), ctx.path());
        String fetchSite = ctx.header("Sec-Fetch-Site");
        boolean otherSite = "cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite);
        if (access.signsAwsRequests() && otherSite) {
            return NO_AWS_FOR_OTHER_SITES;
        }
        if (!WRITES.contains(ctx.method())) {
            return null;
        }
        String origin = ctx.header("Origin");
        String writers = access.extensionsMayWrite() ? OWN_PAGES_AND_EXTENSION : OWN_PAGES_ONLY;
        if (origin == null) {
            if (otherSite) {
                return writers;
            }
            // A browser always names the origin of a write it sends for a page; one that names none
            // (a plain navigation marked "none") is still a browser, which no AWS change may come from.
            return access.changesAws() && fetchSite != null ? CHANGES_FROM_GUIDE_ONLY : null;
        }
        if (isOwnOrigin(origin)) {
            return null;
        }
        if (access.extensionsMayWrite() && isOwnExtension(origin)) {
            return null;
        }
        return access.changesAws() ? CHANGES_FROM_GUIDE_ONLY : writers;
    }

    boolean isOwnHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        String port = ":" + context.port();
        return lower.equals("127.0.0.1" + port) || lower.equals("localhost" + port) || lower.equals("[::1]" + port);
    }

    boolean isOwnOrigin(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        String port = ":" + context.port();
        return lower.equals("http://127.0.0.1" + port) || lower.equals("http://localhost" + port)
                || lower.equals("http://[::1]" + port);
    }

    /** This extension in Chromium (its id is fixed), or any extension in Firefox (its id is random per profile). */
    boolean isOwnExtension(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        if (lower.equals(extensionOrigin)) {
            return true;
        }
        return lower.startsWith(FIREFOX_EXTENSION) && lower.length() > FIREFOX_EXTENSION.length()
                && lower.indexOf('/', FIREFOX_EXTENSION.length()) < 0;
    }
}
