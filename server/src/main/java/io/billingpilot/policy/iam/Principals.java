package io.billingpilot.policy.iam;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Principal (or NotPrincipal) element: {@code "*"}, or an object of principal types
 * (AWS, Service, Federated, CanonicalUser) with one value or an array each.
 * {@code {"AWS": "*"}} means everyone, like {@code "*"}.
 */
public record Principals(boolean anyone, List<String> aws, List<String> services, List<String> others) {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:([a-z-]+):iam::(\\d{12}):root");

    public static Principals everyone() {
        return new Principals(true, List.of(), List.of(), List.of());
    }

    public boolean matches(Caller caller) {
        if (anyone || aws.contains("*")) {
            return true;
        }
        if (caller.isService()) {
            return services.stream().anyMatch(caller.service()::equals);
        }
        for (String value : aws) {
            if (namesAccount(value, caller.partition(), caller.account()) || value.equals(caller.arn())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an AWS principal value is the account itself: its bare id or its root ARN in the partition. */
    public static boolean namesAccount(String value, String partition, String account) {
        if (account == null) {
            return false;
        }
        if (ACCOUNT_ID.matcher(value).matches()) {
            return value.equals(account);
        }
        Matcher root = ACCOUNT_ROOT.matcher(value);
        return root.matches() && root.group(2).equals(account) && root.group(1).equals(partition);
    }

    /** The account an AWS principal value belongs to (bare id or any IAM/STS ARN), or null. */
    public static String accountOf(String value) {
        if (ACCOUNT_ID.matcher(value).matches()) {
            return value;
        }
        String[] parts = value.split(":", 6);
        if (parts.length == 6 && parts[0].equals("arn") && (parts[2].equals("iam") || parts[2].equals("sts"))
                && ACCOUNT_ID.matcher(parts[4]).matches()) {
            return parts[4];
        }
        return null;
    }

    /** The partition of an ARN value, or null for a bare account id. */
    public static String partitionOf(String value) {
        String[] parts = value.split(":", 3);
        return parts.length == 3 && parts[0].equals("arn") ? parts[1] : null;
    }
}
