package io.billingpilot.server;

import io.billingpilot.guide.GuideRoutes;
import io.billingpilot.web.RouteGroup;
import io.billingpilot.web.ServerContext;
import io.billingpilot.web.ServerSettings;
import io.billingpilot.web.WebServer;
import io.billingpilot.web.api.ApiRoutes;

import java.util.List;
import java.util.function.Function;

/**
 * The local server with every route group of the program. It lives above {@code web},
 * {@code web.api} and {@code guide} so that the web layer never depends on the packages that
 * plug into it.
 */
public final class BillingPilotServer {
    /** Each route group, created from the shared context. New groups are added here. */
    static final List<Function<ServerContext, RouteGroup>> ROUTE_GROUPS = List.of(
            ApiRoutes::new,
            GuideRoutes::new);

    private BillingPilotServer() {
    }

    public static WebServer start(ServerSettings settings) {
        return WebServer.start(settings, ROUTE_GROUPS);
    }
}
