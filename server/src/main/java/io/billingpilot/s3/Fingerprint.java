package io.billingpilot.s3;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a bucket policy exactly as S3 returned it (no policy: of the empty text). A change
 * is applied only when the policy still has the fingerprint the admin saw with the diff.
 */
public final class Fingerprint {
    public static final String NO_POLICY = of(null);

    private Fingerprint() {
    }

    public static String of(String policyTextOrNull) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((policyTextOrNull == null ? "" : policyTextOrNull).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether a fingerprint given by a person or a client has the right shape (64 hex digits). */
    public static boolean isWellFormed(String value) {
        return value != null && value.matches("[0-9a-fA-F]{64}");
    }
}
