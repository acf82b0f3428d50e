package io.billingpilot.extension.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fixture pages: hand-written ones in src/test/resources/fixtures, and the ones rendered by
 * the real Cloudscape components, built from src/test/fixtures-src into fixtures/cloudscape on
 * the test classpath (see the README in src/test/resources/fixtures).
 */
public final class Fixtures {
    public static final String BILLING_URL = "https://us-east-1.console.aws.amazon.com/billing/home#/preferences";
    public static final String S3_CREATE_BUCKET_URL = "https://s3.console.aws.amazon.com/s3/bucket/create?region=us-east-1";
    public static final String S3_BUCKET_POLICY_URL =
            "https://s3.console.aws.amazon.com/s3/bucket/metricly-example/property/policy/edit?region=us-east-1";

    public static final String DATA_EXPORTS_URL = "https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports";
    public static final String DATA_EXPORTS_CREATE_URL =
            "https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports/create";
    public static final String CUR_CREATE_URL = "https://us-east-1.console.aws.amazon.com/billing/home#/reports/create";

    public static final String LAYOUT_C = "cloudscape/layout-c.html";
    public static final String S3_CREATE_BUCKET = "cloudscape/s3-create-bucket.html";
    public static final String S3_BUCKET_POLICY = "cloudscape/s3-bucket-policy.html";
    /** The Data Exports list and create pages, one single-page app told apart by hash route. */
    public static final String DATA_EXPORTS = "cloudscape/data-exports.html";
    public static final String CUR_CREATE = "cloudscape/cur-create.html";

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture named " + name
                        + " (the Cloudscape pages are built by the extension module's process-test-resources phase)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture file for a Billing Preferences layout: A and B hand-written, C rendered by Cloudscape. */
    public static String layout(String layout) {
        return layout.equalsIgnoreCase("C") ? LAYOUT_C : "layout-" + layout.toLowerCase() + ".html";
    }
}
