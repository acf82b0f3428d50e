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

    /**
     * A bucket policy for metricly-example under src/test/resources/policies: "prefix-only" (the
     * original guide's, with PutObject under billing/ only), "other-statement" (a reader's grant, no
     * billing statements).
     */
    public static String policy(String name) {
        return resource("/policies/" + name + ".json");
    }

    /** A session.json as an earlier version of the program wrote it, under src/test/resources/sessions. */
    public static String sessionFile(String name) {
        return resource("/sessions/" + name + ".json");
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
