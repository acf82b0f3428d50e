package io.billingpilot.s3.support;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Recognisable test credentials: a test searches every output for the secret and the token. */
public final class TestCredentials {
    public static final String ACCESS_KEY = "AKIATESTBILLINGPILOT";
    public static final String SECRET_KEY = "tEsTsEcReT/never+shown0123456789abcdefXYZ";
    public static final String SESSION_TOKEN = "FwoGZXIvYXdzEBgaDTESTSESSIONTOKENnever+shown/0123456789";

    private TestCredentials() {
    }

    public static StaticCredentialsProvider provider() {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));
    }
}
