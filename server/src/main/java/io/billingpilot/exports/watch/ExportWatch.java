package io.billingpilot.exports.watch;

import io.billingpilot.exports.SideBySide;
import io.billingpilot.core.Finding;
import io.billingpilot.exports.aws.BillingApiFailure;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.aws.CurReportsClient;
import io.billingpilot.exports.aws.DataExportsClient;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.s3.actions.PolicyPreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Asks AWS about one export or legacy report: ListExports to find it by name, then GetExport and
 * ListExecutions side by side (or DescribeReportDefinitions for a legacy report), and turns what
 * it says into findings. When AWS reports missing permissions, the fix is the merged bucket
 * policy with its diff, read through S3.
 */
public final class ExportWatch {
    /** Runs shown: enough to see a pattern of failures. */
    static final int RUNS = 5;

    private final BillingApis apis;
    private final S3Access bucketSide;
    private final Executor executor;

    public ExportWatch(BillingApis apis, S3Access bucketSide) {
        this(apis, bucketSide, bucketSide.executor());
    }

    /** With {@code Runnable::run} as executor every call runs after the other (used to measure the gain). */
    public ExportWatch(BillingApis apis, S3Access bucketSide, Executor executor) {
        this.apis = apis;
        this.bucketSide = bucketSide;
        this.executor = executor;
    }

    /** Never throws for AWS faults: a view that could not be taken says why in its findings. */
    public AwsView look(WatchRequest request) {
        try {
            return request.dataExport() ? lookAtExport(request) : lookAtReport(request);
        } catch (BillingApiFailure failure) {
            return new AwsView(request, false, null, List.of(), null, null, List.of(Finding.error("aws-status-"
                    + failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Could not ask AWS about " + what(request) + ": " + failure.getMessage(), "")));
        }
    }

    /** True when the view could not be taken because of a fault (not because of a finding). */
    public static boolean blocked(AwsView view) {
        return !view.checked();
    }

    private AwsView lookAtExport(WatchRequest request) {
        DataExportsClient client = apis.dataExports(request.partition());
        Optional<DataExportsClient.Summary> found = client.find(request.name().value());
        if (found.isEmpty()) {
            return new AwsView(request, true, null, List.of(), null, null, List.of(notFound(request)));
        }
        String arn = found.get().arn();
        SideBySide<List<DataExportsClient.Execution>> runs = SideBySide.start(() -> client.executions(arn, RUNS), executor);
        DataExportsClient.Details export = client.get(arn);
        List<DataExportsClient.Execution> latest = runs.join();
        List<Finding> findings = new ArrayList<>(ExportFindings.ofExport(request, export, latest));
        PolicyPreview fix = needsPolicy(findings) ? policyFix(request, export.bucket(), export.bucketRegion(), findings)
                : null;
        return new AwsView(request, true, export, latest, null, fix, findings);
    }

    private AwsView lookAtReport(WatchRequest request) {
        Optional<CurReportsClient.Report> found = apis.cur(request.partition()).find(request.name().value());
        if (found.isEmpty()) {
            return new AwsView(request, true, null, List.of(), null, null, List.of(notFound(request)));
        }
        CurReportsClient.Report report = found.get();
        List<Finding> findings = new ArrayList<>(ExportFindings.ofReport(request, report));
        PolicyPreview fix = needsPolicy(findings) ? policyFix(request, report.bucket(), report.bucketRegion(), findings)
                : null;
        return new AwsView(request, true, null, List.of(), report, fix, findings);
    }

    private static boolean needsPolicy(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.code().equals(ExportFindings.PERMISSIONS));
    }

    /** The merged policy for the writer, read from the bucket AWS delivers to; on failure, a note why it is missing. */
    private PolicyPreview policyFix(WatchRequest request, String bucket, String region, List<Finding> findings) {
        if (request.account() == null || bucket == null) {
            return null;
        }
        try {
            PolicyRequest policy = new PolicyRequest(bucket, request.report(), request.account(),
                    io.billingpilot.core.Partition.ofRegion(region));
            return new PolicyApplier(bucketSide).preview(new BucketRequest(policy, region));
        } catch (S3Failure | ActionRefused e) {
            findings.add(Finding.warning("policy-fix-unavailable", "The merged policy could not be prepared: "
                    + e.getMessage(), "Run billing-pilot apply-policy --bucket " + bucket + " --report "
                    + request.report().id() + " --account " + request.account() + " with the bucket owner's credentials."));
            return null;
        }
    }

    private static Finding notFound(WatchRequest request) {
        return Finding.error(request.dataExport() ? "export-not-found" : "report-not-found",
                "AWS knows no " + (request.dataExport() ? "export" : "report") + " named '" + request.name().value()
                        + "' in the account of these credentials.",
                "Check the name (it is case-sensitive) and use the payer account's credentials, or create it:"
                        + " billing-pilot create-export --name " + request.name().value()
                        + (request.dataExport() ? "" : " --report cur") + " ...");
    }

    static String what(WatchRequest request) {
        return (request.dataExport() ? "the export '" : "the report '") + request.name().value() + "'";
    }
}
