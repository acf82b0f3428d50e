package io.billingpilot.exports.aws;

import io.billingpilot.s3.S3Timeouts;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * As whom and how billing-pilot calls the billing APIs: a named profile (the payer's, with
 * {@code --payer-profile}), or fixed credentials in tests; the endpoint conventions; the timeouts
 * (the same budget as the S3 calls).
 */
public record BillingApiSettings(String profile, AwsCredentialsProvider credentials, Endpoints endpoints,
                                 S3Timeouts timeouts) {
    public static final BillingApiSettings DEFAULT = new BillingApiSettings(null, null, null, null);

    public BillingApiSettings {
        endpoints = endpoints == null ? Endpoints.ofSystem() : endpoints;
        timeouts = timeouts == null ? S3Timeouts.DEFAULT : timeouts;
    }

    public static BillingApiSettings forProfile(String profile) {
        return new BillingApiSettings(profile, null, null, null);
    }

    public BillingApiSettings withCredentials(AwsCredentialsProvider provider) {
        return new BillingApiSettings(profile, provider, endpoints, timeouts);
    }

    public BillingApiSettings withEndpoints(Endpoints value) {
        return new BillingApiSettings(profile, credentials, value, timeouts);
    }

    public BillingApiSettings withTimeouts(S3Timeouts value) {
        return new BillingApiSettings(profile, credentials, endpoints, value);
    }

    /** Never shows the credentials provider, which may hold keys. */
    @Override
    public String toString() {
        return "BillingApiSettings[profile=" + profile + "]";
    }
}
