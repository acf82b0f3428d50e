package io.billingpilot.extension.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixture pages in src/test/resources/fixtures (see the README there). */
public final class Fixtures {
    public static final String BILLING_URL = "https://us-east-1.console.aws.amazon.com/billing/home#/preferences";
    public static final String S3_CREATE_BUCKET_URL = "https://s3.console.aws.amazon.com/s3/bucket/create?region=us-east-1";
    public static final String S3_BUCKET_POLICY_URL =
            "https://s3.console.aws.amazon.com/s3/bucket/metricly-example/property/policy/edit?region=us-east-1";

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture file for a Billing Preferences layout: A, B or C. */
    public static String layout(String layout) {
        return "layout-" + layout.toLowerCase() + ".html";
    }
}
