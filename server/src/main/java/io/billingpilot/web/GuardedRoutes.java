package io.billingpilot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * How a {@link RouteGroup} adds its routes: each with its {@link RouteAccess} class, recorded in
 * the {@link RouteAccessTable} the {@link RequestGuard} consults before any handler runs.
 */
public final class GuardedRoutes {
    private final RoutesConfig routes;
    private final RouteAccessTable table;

    GuardedRoutes(RoutesConfig routes, RouteAccessTable table) {
        this.routes = routes;
        this.table = table;
    }

    /** A handler run before every route (of every group), e.g. to set a request attribute. */
    public void before(Handler handler) {
        routes.before(handler);
    }

    public void get(RouteAccess access, String path, Handler handler) {
        table.put(HandlerType.GET, path, access);
        routes.get(path, handler);
    }

    public void post(RouteAccess access, String path, Handler handler) {
        table.put(HandlerType.POST, path, access);
        routes.post(path, handler);
    }

    public void put(RouteAccess access, String path, Handler handler) {
        table.put(HandlerType.PUT, path, access);
        routes.put(path, handler);
    }

    public void patch(RouteAccess access, String path, Handler handler) {
        table.put(HandlerType.PATCH, path, access);
        routes.patch(path, handler);
    }

    public void delete(RouteAccess access, String path, Handler handler) {
        table.put(HandlerType.DELETE, path, access);
        routes.delete(path, handler);
    }
}
