package io.billingpilot.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Texts the tests share, kept as files under src/test/resources. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The bucket policy of the original guide, verbatim (for metricly-example). */
    public static String originalGuidePolicy() {
        return resource("/policies/original-guide.json");
    }

    private static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
