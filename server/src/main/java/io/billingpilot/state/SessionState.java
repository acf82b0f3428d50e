package io.billingpilot.state;

import java.util.List;

/**
 * Everything the guide remembers between requests and restarts. Immutable: updates make a
 * new value through the {@code with...} methods, and {@link SessionStore} swaps it in.
 *
 * @param situation where the admin stands: new-bucket, existing-bucket or receiving (see the start page)
 * @param layout    the Billing Preferences layout the admin chose (A, B or C), or null
 * @param stepsDone ids of the guide's steps the admin finished
 */
public record SessionState(String bucket, String report, String region, String account, String situation,
                           String layout, List<String> stepsDone, ConsoleState console) {
    public static final SessionState EMPTY = new SessionState(null, null, null, null, null, null, List.of(), null);

    public SessionState {
        stepsDone = stepsDone == null ? List.of() : List.copyOf(stepsDone);
    }

    public SessionState withBucket(String value) {
        return new SessionState(value, report, region, account, situation, layout, stepsDone, console);
    }

    public SessionState withReport(String value) {
        return new SessionState(bucket, value, region, account, situation, layout, stepsDone, console);
    }

    public SessionState withRegion(String value) {
        return new SessionState(bucket, report, value, account, situation, layout, stepsDone, console);
    }

    public SessionState withAccount(String value) {
        return new SessionState(bucket, report, region, value, situation, layout, stepsDone, console);
    }

    public SessionState withSituation(String value) {
        return new SessionState(bucket, report, region, account, value, layout, stepsDone, console);
    }

    public SessionState withLayout(String value) {
        return new SessionState(bucket, report, region, account, situation, value, stepsDone, console);
    }

    public SessionState withConsole(ConsoleState value) {
        return new SessionState(bucket, report, region, account, situation, layout, stepsDone, value);
    }

    public SessionState withStepDone(String step) {
        if (stepsDone.contains(step)) {
            return this;
        }
        List<String> steps = new java.util.ArrayList<>(stepsDone);
        steps.add(step);
        return new SessionState(bucket, report, region, account, situation, layout, steps, console);
    }
}
