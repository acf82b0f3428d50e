package io.billingpilot.web;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.state.SessionStore;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Builds the local server: the request guard, error mapping, static assets and every route group. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** How long a client may take to send a request's body; a stalled one is answered 400 after it. */
    static final Duration BODY_PATIENCE = Duration.ofSeconds(5);
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final Javalin app;
    private final ServerContext context;

    private WebServer(Javalin app, ServerContext context) {
        this.app = app;
        this.context = context;
    }

    /**
     * @param routeGroups each route group, created from the shared context; the program's list is
     *                    {@code io.billingpilot.server.BillingPilotServer}'s, so this package names none of them
     */
    public static WebServer start(ServerSettings settings, List<Function<ServerContext, RouteGroup>> routeGroups) {
        ServerContext context = new ServerContext(new SessionStore(settings.stateDir()), settings.s3(),
                settings.extension());
        RouteAccessTable access = new RouteAccessTable();
        RequestGuard guard = new RequestGuard(context, access, ExtensionId.chromiumOrigin());
        List<RouteGroup> groups = new ArrayList<>();
        for (Function<ServerContext, RouteGroup> factory : routeGroups) {
            groups.add(factory.apply(context));
        }
        Javalin app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = RequestBodies.MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.insertHandler(
                    new WholeBodyFirst(RequestBodies.MAX_BODY_BYTES, BODY_PATIENCE)));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                String refusal = guard.refusal(ctx);
                if (refusal != null) {
                    ctx.skipRemainingHandlers();
                    ErrorPages.respond(ctx, 403, refusal, null);
                    return;
                }
                ctx.header("X-Content-Type-Options", "nosniff");
                // Not "no-referrer": under it a browser posts plain forms with "Origin: null", which the
                // guard must refuse. "same-origin" keeps referrers inside this server and the real Origin.
                ctx.header("Referrer-Policy", "same-origin");
                ctx.header("X-Frame-Options", "DENY");
                if (WRITES.contains(ctx.method())) {
                    WriteBodies.check(ctx);
                }
            });
            config.routes.exception(BadRequestException.class, (e, ctx) -> ErrorPages.respond(ctx, 400, e.getMessage(), null));
            config.routes.exception(InvalidInputException.class,
                    (e, ctx) -> ErrorPages.respond(ctx, 422, e.getMessage(), e.reasons()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                int status = e.getStatus() == 413 ? 400 : e.getStatus();
                String message = e.getStatus() == 413
                        ? "The request body is larger than " + (RequestBodies.MAX_BODY_BYTES / 1024) + " KiB."
                        : e.getMessage();
                ErrorPages.respond(ctx, status, message, null);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ErrorPages.respond(ctx, 500, "Something went wrong inside billing-pilot; the details are in its log.", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                    ErrorPages.respond(ctx, 404, "There is nothing at " + ctx.path() + ".", null);
                }
            });
            config.routes.error(405, ctx -> ErrorPages.respond(ctx, 405,
                    "That method is not allowed on " + ctx.path() + ".", null));
            GuardedRoutes guarded = new GuardedRoutes(config.routes, access);
            for (RouteGroup group : groups) {
                group.register(guarded);
            }
        });
        context.port(settings.port());
        app.start();
        context.port(app.port());
        if (context.sessions().loadProblem() != null) {
            LOG.warn(context.sessions().loadProblem());
        }
        return new WebServer(app, context);
    }

    public int port() {
        return app.port();
    }

    public ServerContext context() {
        return context;
    }

    public void stop() {
        app.stop();
        context.s3().close();
        context.billing().close();
    }
}
