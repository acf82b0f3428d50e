package io.billingpilot.exports.fake;

import io.billingpilot.exports.aws.BillingApiSettings;
import io.billingpilot.exports.aws.Endpoints;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.TestCredentials;
import software.amazon.awssdk.profiles.ProfileFile;

import java.util.Map;

/** Settings that point the product's own billing API clients at a {@link FakeBillingApis}. */
public final class FakeClients {
    /** The account of {@link TestCredentials}, as the fake knows it. */
    public static final String PAYER = "123456789012";

    private FakeClients() {
    }

    /** The test credentials, registered with the fake for {@link #PAYER}. */
    public static FakeBillingApis withTestKey(FakeBillingApis fake) {
        return fake.addKey(TestCredentials.ACCESS_KEY, TestCredentials.SECRET_KEY, TestCredentials.SESSION_TOKEN, PAYER);
    }

    /** The environment a person would set: both service-specific endpoint variables naming the fake. */
    public static Map<String, String> environment(FakeBillingApis fake) {
        return Map.of("AWS_ENDPOINT_URL_BCM_DATA_EXPORTS", fake.endpoint().toString(),
                "AWS_ENDPOINT_URL_COST_AND_USAGE_REPORT_SERVICE", fake.endpoint().toString());
    }

    public static Endpoints endpoints(FakeBillingApis fake) {
        Map<String, String> env = environment(fake);
        return new Endpoints(env::get, name -> null, () -> ProfileFile.builder()
                .content(new java.io.ByteArrayInputStream(new byte[0])).type(ProfileFile.Type.CONFIGURATION).build());
    }

    /** The bucket policy as LocalS3 holds it, null when the bucket has none: what the fake's destination check reads. */
    public static java.util.function.Function<String, String> policiesOf(LocalS3Server s3) {
        return bucket -> {
            try {
                return s3.policy(bucket);
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                return null;
            }
        };
    }

    /** Deliveries write into LocalS3. */
    public static FakeBillingApis.FileWriter filesOf(LocalS3Server s3) {
        return (bucket, key, content) -> s3.admin().putObject(call -> call.bucket(bucket).key(key),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(content));
    }

    /** A Data Exports bucket policy for the payer, as billing-pilot generates it. */
    public static String dataExportsPolicy(String bucket, String payer) {
        return io.billingpilot.policy.PolicyFormat.pretty(io.billingpilot.policy.BucketPolicyGenerator.generate(
                new io.billingpilot.policy.PolicyRequest(bucket, io.billingpilot.core.ReportType.DATA_EXPORTS, payer,
                        io.billingpilot.core.Partition.AWS)));
    }

    /**
     * Points the SDK-convention system properties ({@code aws.endpointUrlBcmDataExports},
     * {@code aws.endpointUrlCostAndUsageReportService}) at the fake, for code that builds its own
     * clients (the command line, the server); {@code close()} restores them.
     */
    public static AutoCloseable endpointProperties(FakeBillingApis fake) {
        String[] names = {"aws.endpointUrlBcmDataExports", "aws.endpointUrlCostAndUsageReportService"};
        String[] saved = {System.getProperty(names[0]), System.getProperty(names[1])};
        for (String name : names) {
            System.setProperty(name, fake.endpoint().toString());
        }
        return () -> {
            for (int i = 0; i < names.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], saved[i]);
                }
            }
        };
    }

    public static BillingApiSettings settings(FakeBillingApis fake) {
        return new BillingApiSettings(null, TestCredentials.provider(), endpoints(fake), LocalS3Server.TEST_TIMEOUTS);
    }
}
