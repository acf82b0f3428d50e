package io.billingpilot.web;

/**
 * A set of routes with one purpose (the JSON API, the guide's pages, ...), registered at start-up.
 * Each route is added with its {@link RouteAccess} class; see that class before adding one.
 */
public interface RouteGroup {
    void register(GuardedRoutes routes);
}
