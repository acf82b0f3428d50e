package io.billingpilot.web;

import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The {@link RouteAccess} class of every registered route, by method and path. A path with
 * parameters ({@code /api/v1/exports/{name}}) matches any one segment in their place. A request
 * for no registered route (a 404, a static asset) is treated as {@link RouteAccess#GUIDE}.
 */
final class RouteAccessTable {
    private final Map<String, RouteAccess> exact = new ConcurrentHashMap<>();
    private final List<Entry> patterns = new ArrayList<>();

    private record Entry(HandlerType method, Pattern path, RouteAccess access) {
    }

    synchronized void put(HandlerType method, String path, RouteAccess access) {
        if (path.contains("{") || path.contains("<")) {
            String regex = Pattern.quote(path).replaceAll("[{<][^}>]*[}>]", "\\\\E[^/]+\\\\Q");
            patterns.add(new Entry(method, Pattern.compile(regex), access));
        } else {
            exact.put(key(method, path), access);
        }
    }

    RouteAccess of(HandlerType method, String path) {
        HandlerType asked = method == HandlerType.HEAD ? HandlerType.GET : method;
        RouteAccess found = exact.get(key(asked, path));
        if (found != null) {
            return found;
        }
        synchronized (this) {
            for (Entry entry : patterns) {
                if (entry.method() == asked && entry.path().matcher(path).matches()) {
                    return entry.access();
                }
            }
        }
        return RouteAccess.GUIDE;
    }

    private static String key(HandlerType method, String path) {
        return method.name() + " " + path;
    }
}
