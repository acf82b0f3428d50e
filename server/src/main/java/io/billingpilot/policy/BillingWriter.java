package io.billingpilot.policy;

import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.iam.Caller;

import java.util.ArrayList;
import java.util.List;

/**
 * One principal that AWS uses to deliver a report into the bucket, with the calls it makes
 * (docs/aws-billing-facts.md §3). The generator writes statements for it, the merger recognises its old
 * statements, the analyzer replays its calls.
 *
 * @param service        the service principal, or null for the legacy billing account
 * @param sourceArn      the aws:SourceArn pattern the service presents (with a wildcard), or null
 * @param bucketActions  actions on the bucket ARN
 * @param objectActions  actions on the bucket's objects
 * @param bucketSid      Sid of the generated statement on the bucket
 * @param objectsSid     Sid of the generated statement on the objects
 */
public record BillingWriter(String title, String service, Partition partition, String account, String sourceArn,
                            List<String> bucketActions, List<String> objectActions, String bucketSid,
                            String objectsSid) {
    /** The account that writes the legacy reports, in every partition. */
    public static final String LEGACY_ACCOUNT = "386209384616";
    public static final String CUR_SERVICE = "billingreports.amazonaws.com";
    public static final String DATA_EXPORTS_SERVICE = "bcm-data-exports.amazonaws.com";
    /** The region in every billing SourceArn, whatever the bucket's region. */
    public static final String SOURCE_REGION = "us-east-1";

    /** Every writer the request's policy must let in, in the order their statements are written. */
    public static List<BillingWriter> of(PolicyRequest request) {
        Partition partition = request.partition();
        List<BillingWriter> writers = new ArrayList<>();
        if (request.report() == ReportType.DBR) {
            writers.add(new BillingWriter("the AWS billing account " + LEGACY_ACCOUNT, null, partition, null, null,
                    List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"), List.of("s3:PutObject"),
                    BucketPolicyGenerator.LEGACY_BUCKET_SID, BucketPolicyGenerator.LEGACY_OBJECTS_SID));
            return writers;
        }
        String account = request.requireAccount();
        if (request.report() == ReportType.DATA_EXPORTS) {
            writers.add(new BillingWriter("Data Exports (" + DATA_EXPORTS_SERVICE + ")", DATA_EXPORTS_SERVICE, partition,
                    account, sourceArn(partition, "bcm-data-exports", account, "export/*"),
                    List.of("s3:GetBucketPolicy"), List.of("s3:PutObject"),
                    "BillingDataExportsCheckBucket", "BillingDataExportsPutObjects"));
        }
        if (request.report() == ReportType.CUR || request.withLegacyCur()) {
            writers.add(new BillingWriter("the Cost and Usage Report (" + CUR_SERVICE + ")", CUR_SERVICE, partition,
                    account, sourceArn(partition, "cur", account, "definition/*"),
                    List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"), List.of("s3:PutObject"),
                    "BillingReportsCurCheckBucket", "BillingReportsCurPutObjects"));
        }
        return writers;
    }

    private static String sourceArn(Partition partition, String service, String account, String resource) {
        return partition.arnPrefix() + service + ":" + SOURCE_REGION + ":" + account + ":" + resource;
    }

    public boolean isService() {
        return service != null;
    }

    /** The legacy account as the seed writes it: {@code arn:aws:iam::386209384616:root}. */
    public String accountPrincipalArn() {
        return partition.arnPrefix() + "iam::" + LEGACY_ACCOUNT + ":root";
    }

    /** How the policy names this writer, for messages: the service or the account ARN. */
    public String principalText() {
        return isService() ? service : accountPrincipalArn();
    }

    /** The caller as IAM sees it when this writer makes a request. */
    public Caller caller() {
        return isService() ? Caller.service(service) : Caller.account(partition.id(), LEGACY_ACCOUNT);
    }

    /** A concrete SourceArn a delivery carries (the pattern with a report name in place of the wildcard). */
    public String exampleSourceArn() {
        return sourceArn == null ? null : sourceArn.replace("*", "billing-pilot-report");
    }

    public List<String> allActions() {
        List<String> all = new ArrayList<>(bucketActions);
        all.addAll(objectActions);
        return all;
    }
}
