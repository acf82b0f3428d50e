package io.billingpilot.policy.iam;

/**
 * ArnEquals / ArnLike: each of the six colon-separated parts of the ARN is compared on its
 * own, case-sensitively, with * and ? as wildcards. A policy value that is not an ARN
 * (such as a lone {@code *}) is compared as a whole.
 */
final class ArnPattern {
    private static final int PARTS = 6;

    private ArnPattern() {
    }

    static boolean matches(String pattern, String arn) {
        String[] wanted = pattern.split(":", PARTS);
        String[] actual = arn.split(":", PARTS);
        if (wanted.length != PARTS) {
            return Wildcard.matches(pattern, arn, false);
        }
        if (actual.length != PARTS) {
            return false;
        }
        for (int i = 0; i < PARTS; i++) {
            if (!Wildcard.matches(wanted[i], actual[i], false)) {
                return false;
            }
        }
        return true;
    }
}
