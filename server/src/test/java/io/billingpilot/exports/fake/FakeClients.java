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

    public static BillingApiSettings settings(FakeBillingApis fake) {
        return new BillingApiSettings(null, TestCredentials.provider(), endpoints(fake), LocalS3Server.TEST_TIMEOUTS);
    }
}
