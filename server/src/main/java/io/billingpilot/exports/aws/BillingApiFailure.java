package io.billingpilot.exports.aws;

/**
 * A call to Data Exports or the legacy CUR API that gave no usable answer, as one of a few kinds
 * with a message written here. Like {@code S3Failure}: the SDK's and the HTTP client's own
 * exceptions are never shown, they can carry request details.
 */
public final class BillingApiFailure extends RuntimeException {
    public enum Kind {
        /** No credentials, or the profile's credentials cannot be loaded. */
        NO_CREDENTIALS(true),
        /** The credentials lack the IAM action (or an SCP denies it). */
        ACCESS_DENIED(true),
        /** The credentials were refused: unknown key, expired token, a clock far off. */
        BAD_CREDENTIALS(true),
        /** Throttling that outlasted the retries. */
        THROTTLED(true),
        /** 5xx that outlasted the retries. */
        SERVER_ERROR(true),
        /** No answer in time, retries included. */
        TIMEOUT(true),
        /** The endpoint could not be reached. */
        NETWORK(true),
        /** ValidationException with no message: another region than the control plane's, or a member account. */
        EMPTY_VALIDATION(false),
        /** ValidationException with AWS's reason. */
        VALIDATION(false),
        /** The export or report does not exist. */
        NOT_FOUND(false),
        /** A report or export of that name exists already. */
        NAME_TAKEN(false),
        /** The account's quota of exports or reports is used up. */
        QUOTA(false),
        /** This partition has no such API. */
        UNAVAILABLE(true),
        /** Anything else the service refused. */
        REFUSED(false);

        private final boolean blocksChecking;

        Kind(boolean blocksChecking) {
            this.blocksChecking = blocksChecking;
        }

        /** True when nothing could be looked at (exit status 3), rather than a problem found. */
        public boolean blocksChecking() {
            return blocksChecking;
        }
    }

    private final Kind kind;
    private final String errorCode;

    public BillingApiFailure(Kind kind, String message, String errorCode) {
        super(message, null, false, false);
        this.kind = kind;
        this.errorCode = errorCode;
    }

    public BillingApiFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The service's error type (e.g. ValidationException), or null. */
    public String errorCode() {
        return errorCode;
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }
}
