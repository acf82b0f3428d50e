package io.billingpilot.state;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.Layout;
import io.billingpilot.core.Region;
import io.billingpilot.core.ReportType;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the guide remembers between requests and restarts, each value already parsed.
 * Immutable: updates make a new value through the {@code with...} methods, and
 * {@link SessionStore} swaps it in. A null means "not known yet".
 *
 * @param bucket      a valid bucket name
 * @param account     the payer account
 * @param bucketOwner the account that owns the bucket when it is not the payer's
 * @param exportName  the Data Export (or legacy CUR report) to create or watch
 * @param prefix      the S3 prefix the export writes under
 * @param situation   where the admin stands (see the start page)
 * @param layout      the Billing preferences layout the admin chose (A, B or C)
 * @param stepsDone   ids of the guide's steps the admin finished
 * @param console     what the extension last saw on the console
 * @param handOff     the monitoring tool the bucket is handed to, and its account and External ID
 */
public record SessionState(String bucket, ReportType report, Region region, AccountId account, AccountId bucketOwner,
                           String exportName, String prefix, Situation situation, Layout layout,
                           List<String> stepsDone, ConsoleState console, HandOff handOff) {
    public static final SessionState EMPTY =
            new SessionState(null, null, null, null, null, null, null, null, null, List.of(), null, null);

    public SessionState {
        stepsDone = stepsDone == null ? List.of() : List.copyOf(stepsDone);
    }

    /** The report type, or the default one while none was chosen. */
    public ReportType reportOrDefault() {
        return report == null ? ReportType.DEFAULT : report;
    }

    /** Where the admin stands, or the default while the start page was not answered. */
    public Situation situationOrDefault() {
        return situation == null ? Situation.DEFAULT : situation;
    }

    public SessionState withBucket(String value) {
        return new SessionState(value, report, region, account, bucketOwner, exportName, prefix, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withReport(ReportType value) {
        return new SessionState(bucket, value, region, account, bucketOwner, exportName, prefix, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withRegion(Region value) {
        return new SessionState(bucket, report, value, account, bucketOwner, exportName, prefix, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withAccount(AccountId value) {
        return new SessionState(bucket, report, region, value, bucketOwner, exportName, prefix, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withBucketOwner(AccountId value) {
        return new SessionState(bucket, report, region, account, value, exportName, prefix, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withExportName(String value) {
        return new SessionState(bucket, report, region, account, bucketOwner, value, prefix, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withPrefix(String value) {
        return new SessionState(bucket, report, region, account, bucketOwner, exportName, value, situation, layout,
                stepsDone, console, handOff);
    }

    public SessionState withSituation(Situation value) {
        return new SessionState(bucket, report, region, account, bucketOwner, exportName, prefix, value, layout,
                stepsDone, console, handOff);
    }

    public SessionState withLayout(Layout value) {
        return new SessionState(bucket, report, region, account, bucketOwner, exportName, prefix, situation, value,
                stepsDone, console, handOff);
    }

    public SessionState withConsole(ConsoleState value) {
        return new SessionState(bucket, report, region, account, bucketOwner, exportName, prefix, situation, layout,
                stepsDone, value, handOff);
    }

    public SessionState withHandOff(HandOff value) {
        return new SessionState(bucket, report, region, account, bucketOwner, exportName, prefix, situation, layout,
                stepsDone, console, value);
    }

    public SessionState withStepDone(String step) {
        if (stepsDone.contains(step)) {
            return this;
        }
        List<String> steps = new ArrayList<>(stepsDone);
        steps.add(step);
        return new SessionState(bucket, report, region, account, bucketOwner, exportName, prefix, situation, layout,
                steps, console, handOff);
    }
}
