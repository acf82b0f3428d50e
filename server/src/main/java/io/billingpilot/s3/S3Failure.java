package io.billingpilot.s3;

/**
 * An S3 call that did not give an answer we can use, as one of a few kinds with a message of
 * our own. SDK exceptions are never shown as they are: they can carry request details.
 */
public final class S3Failure extends RuntimeException {
    /** What went wrong, from the user's point of view. */
    public enum Kind {
        /** No credentials, or the profile's credentials cannot be loaded. */
        NO_CREDENTIALS(true),
        /** 403: not ours, or these credentials may not do this. */
        ACCESS_DENIED(true),
        /** 404 on the bucket. */
        NO_SUCH_BUCKET(false),
        /** 301 or a region header: the bucket lives in another region. */
        WRONG_REGION(false),
        /** 404 on a sub-resource (no policy, no encryption rule, ...). */
        NOT_FOUND(false),
        /** 501 from an S3-compatible server: the feature is not there, nothing is wrong with the bucket. */
        NOT_IMPLEMENTED(false),
        /** No answer in time, retries included. */
        TIMEOUT(true),
        /** The server could not be reached. */
        NETWORK(true),
        /** 5xx or throttling that outlasted the retries. */
        SERVER_ERROR(true),
        /** Anything else S3 refused. */
        REFUSED(false);

        private final boolean blocksChecking;

        Kind(boolean blocksChecking) {
            this.blocksChecking = blocksChecking;
        }

        /** True when the checker could not look at all (exit status 3), rather than finding a problem. */
        public boolean blocksChecking() {
            return blocksChecking;
        }
    }

    private final Kind kind;
    private final String errorCode;
    private final String region;

    public S3Failure(Kind kind, String message, String errorCode, String region) {
        super(message, null, false, false);
        this.kind = kind;
        this.errorCode = errorCode;
        this.region = region;
    }

    public S3Failure(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** S3's error code (e.g. NoSuchBucketPolicy), or null. */
    public String errorCode() {
        return errorCode;
    }

    /** The bucket's real region when S3 named it (WRONG_REGION), else null. */
    public String region() {
        return region;
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }
}
