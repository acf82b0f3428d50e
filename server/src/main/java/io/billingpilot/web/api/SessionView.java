package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.guide.CurrentStep;
import io.billingpilot.guide.model.Step;
import io.billingpilot.json.Json;
import io.billingpilot.state.SessionJson;
import io.billingpilot.state.SessionState;

/** The session as the API shows it: its JSON form, and where the guide continues. */
final class SessionView {
    private SessionView() {
    }

    static ObjectNode of(SessionState state) {
        ObjectNode view = SessionJson.write(state);
        view.set("currentStep", step(CurrentStep.of(state)));
        return view;
    }

    /** Where the guide continues, for the extension's links back to it. */
    static ObjectNode step(Step step) {
        ObjectNode view = Json.object();
        view.put("id", step.id());
        view.put("number", step.number());
        view.put("title", step.title());
        view.put("path", step.path());
        return view;
    }
}
