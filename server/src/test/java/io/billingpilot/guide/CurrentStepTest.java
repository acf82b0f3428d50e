package io.billingpilot.guide;

import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.Situation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CurrentStepTest {
    @Test
    void a_new_session_is_at_the_start() {
        assertEquals(Step.START, CurrentStep.of(SessionState.EMPTY));
    }

    @Test
    void the_current_step_is_the_first_one_not_done() {
        SessionState state = SessionState.EMPTY.withSituation(Situation.NEW_BUCKET)
                .withStepDone("start").withStepDone("bucket");
        assertEquals(Step.REPORTS, CurrentStep.of(state));
        assertEquals(Step.MONITORING, CurrentStep.of(state.withStepDone("reports").withStepDone("delivery")));
    }

    @Test
    void a_bucket_that_receives_files_already_goes_from_the_start_to_the_monitoring_tool() {
        SessionState state = SessionState.EMPTY.withSituation(Situation.RECEIVING).withStepDone("start");
        assertEquals(Step.MONITORING, CurrentStep.of(state));
    }

    @Test
    void when_every_step_is_done_the_last_one_stays_current() {
        SessionState state = SessionState.EMPTY;
        for (Step step : Step.values()) {
            state = state.withStepDone(step.id());
        }
        assertEquals(Step.MONITORING, CurrentStep.of(state));
    }
}
