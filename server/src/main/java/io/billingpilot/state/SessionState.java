package io.billingpilot.state;

import java.util.List;

/**
 * Everything the guide remembers between requests and restarts. Immutable: updates make a
 * new value through the {@code with...} methods, and {@link SessionStore} swaps it in.
 *
 * @param situation where the admin stands: new-bucket, existing-bucket or receiving (see the start page)
 * @param layout    the Billing Preferences layout the admin chose (A, B or C), or null
 * @param stepsDone ids of the guide's steps the admin finished
 * @param exportName the Data Export's (or legacy CUR report's) name, as AWS's rules allow it, or null
 * @param prefix     the S3 path prefix the export writes under, as AWS's rules allow it, or null
 */
public record SessionState(String bucket, String report, String region, String account, String situation,
                           String layout, List<String> stepsDone, ConsoleState console, String exportName,
                           String prefix) {
    public static final SessionState EMPTY = new SessionState(null, null, null, null, null, null, List.of(), null,
            null, null);

    public SessionState {
        stepsDone = stepsDone == null ? List.of() : List.copyOf(stepsDone);
    }

    public SessionState withBucket(String value) {
        return new SessionState(value, report, region, account, situation, layout, stepsDone, console, exportName, prefix);
    }

    public SessionState withReport(String value) {
        return new SessionState(bucket, value, region, account, situation, layout, stepsDone, console, exportName, prefix);
    }

    public SessionState withRegion(String value) {
        return new SessionState(bucket, report, value, account, situation, layout, stepsDone, console, exportName, prefix);
    }

    public SessionState withAccount(String value) {
        return new SessionState(bucket, report, region, value, situation, layout, stepsDone, console, exportName, prefix);
    }

    public SessionState withSituation(String value) {
        return new SessionState(bucket, report, region, account, value, layout, stepsDone, console, exportName, prefix);
    }

    public SessionState withLayout(String value) {
        return new SessionState(bucket, report, region, account, situation, value, stepsDone, console, exportName, prefix);
    }

    public SessionState withConsole(ConsoleState value) {
        return new SessionState(bucket, report, region, account, situation, layout, stepsDone, value, exportName, prefix);
    }

    public SessionState withExportName(String value) {
        return new SessionState(bucket, report, region, account, situation, layout, stepsDone, console, value, prefix);
    }

    public SessionState withPrefix(String value) {
        return new SessionState(bucket, report, region, account, situation, layout, stepsDone, console, exportName,
                value);
    }

    public SessionState withStepDone(String step) {
        if (stepsDone.contains(step)) {
            return this;
        }
        List<String> steps = new java.util.ArrayList<>(stepsDone);
        steps.add(step);
        return new SessionState(bucket, report, region, account, situation, layout, steps, console, exportName, prefix);
    }
}
