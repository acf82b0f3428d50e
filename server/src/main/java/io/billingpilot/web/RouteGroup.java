package io.billingpilot.web;

import io.javalin.config.RoutesConfig;

/** A set of routes with one purpose (the JSON API, the guide's pages, ...), registered at start-up. */
public interface RouteGroup {
    void register(RoutesConfig routes);
}
