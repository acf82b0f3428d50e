package io.billingpilot.guide;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.ExportFields;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.Region;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.SessionPolicies;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.actions.BucketPlan;
import io.billingpilot.s3.status.StatusRequest;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;

import java.util.Set;

/**
 * The session's bucket as the live checks and actions take it. Only the session names the
 * bucket: the guide's forms carry no bucket, report or region of their own.
 * Each method throws an {@link InvalidInputException} that says what is missing or wrong.
 */
public final class SessionBucket {
    private SessionBucket() {
    }

    /** For verify and apply-policy: the bucket with its report writer (and payer account when it needs one). */
    static BucketRequest request(SessionState state) {
        return new BucketRequest(SessionPolicies.request(state), regionId(state.region()));
    }

    /** For the delivery status: the console's ticked reports are looked for even before their first file. */
    static StatusRequest statusRequest(SessionState state) {
        String bucket = BucketName.require(SessionPolicies.bucket(state));
        ConsoleState console = state.console();
        Set<LegacyReport> ticked = console == null ? Set.of() : console.tickedReports();
        // Data Exports and the legacy CUR are looked for where the saved name and prefix put them.
        String folder = state.reportOrDefault() != ReportType.DBR
                ? ExportFields.folder(state.prefix(), state.exportName()) : "";
        return new StatusRequest(bucket, state.reportOrDefault(), AccountId.digitsOf(state.account()),
                regionId(state.region()), folder, ticked);
    }

    /** The bucket to create: the saved name, in the saved region (the default one when none was chosen). */
    public static BucketPlan plan(SessionState state) {
        return BucketPlan.parse(SessionPolicies.bucket(state), (state.region() == null ? Region.DEFAULT : state.region()).id());
    }

    private static String regionId(Region region) {
        return region == null ? null : region.id();
    }
}
