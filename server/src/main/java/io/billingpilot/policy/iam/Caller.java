package io.billingpilot.policy.iam;

/**
 * Who makes a request, as far as a Principal element can tell: an AWS service principal, or a
 * principal of an AWS account (in a partition), optionally with its own ARN.
 */
public record Caller(String service, String partition, String account, String arn) {
    public static Caller service(String service) {
        return new Caller(service, null, null, null);
    }

    /** Some principal of the account (a role or user we cannot name), as {@code arn:P:iam::ACCOUNT:root} grants. */
    public static Caller account(String partition, String account) {
        return new Caller(null, partition, account, null);
    }

    public boolean isService() {
        return service != null;
    }
}
