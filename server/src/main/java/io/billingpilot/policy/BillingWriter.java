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
            writers.add(legacyAccount(partition));
            return writers;
        }
        String account = request.requireAccount();
        if (request.report() == ReportType.DATA_EXPORTS) {
            // The current documentation grants Data Exports s3:PutObject on the objects and nothing on the bucket.
            writers.add(new BillingWriter("Data Exports (" + DATA_EXPORTS_SERVICE + ")", DATA_EXPORTS_SERVICE, partition,
                    account, sourceArn(partition, "bcm-data-exports", account, "export/*"),
                    List.of(), List.of("s3:PutObject"),
                    "BillingDataExportsCheckBucket", "BillingDataExportsPutObjects"));
        }
        if (request.report() == ReportType.CUR || request.withLegacyCur()) {
            writers.add(legacyService(partition, account, "BillingReportsCurCheckBucket", "BillingReportsCurPutObjects"));
        }
        return writers;
    }

    /**
     * The ways AWS has delivered the request's reports, each a complete set of writers: a policy
     * lets the reports in when it lets one of them in. The legacy reports (DBR and legacy CUR)
     * have come from the billing account 386209384616 and, since about 2020, from the service
     * {@code billingreports.amazonaws.com} (reference §11a); the console writes either form.
     *
     * @param payerHint the payer account to assume for the service form when the request names
     *                  none (taken from the policy's own conditions), or null
     */
    public static List<List<BillingWriter>> alternatives(PolicyRequest request, String payerHint) {
        List<List<BillingWriter>> ways = new ArrayList<>();
        ways.add(of(request));
        Partition partition = request.partition();
        if (request.report() == ReportType.DBR) {
            String payer = request.account() != null ? request.account() : payerHint;
            ways.add(List.of(legacyService(partition, payer == null ? UNKNOWN_PAYER : payer,
                    BucketPolicyGenerator.LEGACY_BUCKET_SID, BucketPolicyGenerator.LEGACY_OBJECTS_SID)));
        } else if (request.report() == ReportType.CUR && !request.withLegacyCur()) {
            ways.add(List.of(legacyAccount(partition)));
        }
        return ways;
    }

    /** A payer no policy names, for the service form of the legacy writer when none is known. */
    static final String UNKNOWN_PAYER = "000000000000";

    private static BillingWriter legacyAccount(Partition partition) {
        return new BillingWriter("the AWS billing account " + LEGACY_ACCOUNT, null, partition, null, null,
                List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"), List.of("s3:PutObject"),
                BucketPolicyGenerator.LEGACY_BUCKET_SID, BucketPolicyGenerator.LEGACY_OBJECTS_SID);
    }

    private static BillingWriter legacyService(Partition partition, String account, String bucketSid, String objectsSid) {
        return new BillingWriter("the legacy billing reports writer (" + CUR_SERVICE + ")", CUR_SERVICE, partition,
                account, sourceArn(partition, "cur", account, "definition/*"),
                List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"), List.of("s3:PutObject"), bucketSid, objectsSid);
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

    /**
     * The aws:SourceArn the writer's requests carry. The legacy writer presents the pattern itself,
     * {@code arn:aws:cur:us-east-1:PAYER:definition/*}: AWS documents and its console writes that
     * value under StringEquals, and such policies deliver (reference §3, §11a). Data Exports
     * presents its export's ARN (a name in place of the wildcard).
     */
    public String exampleSourceArn() {
        if (sourceArn == null) {
            return null;
        }
        return CUR_SERVICE.equals(service) ? sourceArn : sourceArn.replace("*", "billing-pilot-report");
    }

    /** Whether AWS documents how this writer's SourceArn compares under StringEquals (only the legacy writer's is). */
    public boolean sourceArnDocumented() {
        return CUR_SERVICE.equals(service);
    }

    public List<String> allActions() {
        List<String> all = new ArrayList<>(bucketActions);
        all.addAll(objectActions);
        return all;
    }
}
