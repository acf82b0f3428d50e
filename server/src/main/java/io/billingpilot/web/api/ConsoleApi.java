package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.ConsoleStateJson;
import io.billingpilot.state.JsonFields;
import io.billingpilot.state.SessionStore;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** POST /api/v1/console: what the browser extension sees on the AWS console. */
final class ConsoleApi {
    private final SessionStore sessions;

    ConsoleApi(SessionStore sessions) {
        this.sessions = sessions;
    }

    void post(Context ctx) {
        ConsoleState console = parse(RequestBodies.jsonObject(ctx), Instant.now());
        Responses.json(ctx, 200, SessionView.of(sessions.update(state -> state.withConsole(console))));
    }

    /** @throws InvalidInputException with every reason when any field is invalid */
    static ConsoleState parse(ObjectNode body, Instant seenAt) {
        List<String> reasons = new ArrayList<>();
        ConsoleState console = ConsoleStateJson.read(new JsonFields(body, reasons), seenAt);
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        return console;
    }
}
