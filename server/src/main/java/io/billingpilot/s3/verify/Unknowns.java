package io.billingpilot.s3.verify;

import io.billingpilot.s3.S3Failure;

/** Checklist items for checks that could not be made, with a fix that fits the reason. */
final class Unknowns {
    private Unknowns() {
    }

    /**
     * @param permission the IAM action the check needs, named when access is denied
     */
    static CheckItem from(S3Failure failure, BucketCheck check, String server, String permission) {
        String fix = switch (failure.kind()) {
            case ACCESS_DENIED -> "Use credentials allowed to " + permission + " on the bucket (or run with "
                    + "--profile for the bucket's account).";
            case NO_CREDENTIALS -> "Provide AWS credentials (see the credentials line).";
            case NOT_IMPLEMENTED -> "";
            case TIMEOUT, NETWORK, SERVER_ERROR -> "Check the network and run verify again.";
            default -> "Run verify again; if it persists, check the bucket in the S3 console.";
        };
        String message = failure.is(S3Failure.Kind.NOT_IMPLEMENTED)
                ? "Not known: " + server + " does not implement this setting."
                : failure.is(S3Failure.Kind.ACCESS_DENIED)
                ? "Could not check: access denied (" + permission + ")."
                : "Could not check: " + failure.getMessage();
        return CheckItem.unknown(check.id(), check.title(), message, fix);
    }
}
