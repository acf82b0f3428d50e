package io.billingpilot.guide;

import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.Situation;

/** The step the admin is at: the first one not done on their path (the popup and the overlay link there). */
public final class CurrentStep {
    private CurrentStep() {
    }

    public static Step of(SessionState state) {
        // A bucket that receives the files already skips straight from the start to the monitoring tool.
        boolean receiving = state.situationOrDefault() == Situation.RECEIVING;
        for (Step step : Step.values()) {
            boolean onPath = !receiving || step == Step.START || step == Step.MONITORING;
            if (onPath && !state.stepsDone().contains(step.id())) {
                return step;
            }
        }
        return Step.MONITORING;
    }
}
