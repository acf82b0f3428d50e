package io.billingpilot.s3.verify;

import io.billingpilot.s3.S3Errors;
import io.billingpilot.s3.S3Failure;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A check that reads one bucket setting: the value is judged, S3's "not set" answer (a 404
 * with a specific code) has its own item, and any other error becomes an UNKNOWN item.
 */
abstract class SettingCheck<T> implements BucketCheck {
    /** Reads the setting. */
    abstract T fetch(S3Client s3, String bucket);

    abstract CheckItem judge(T value, VerifyRequest request);

    /** The item when the bucket has no such setting. */
    abstract CheckItem whenNotSet(VerifyRequest request);

    /** S3's error code for "not set", e.g. NoSuchBucketPolicy. */
    abstract String notSetCode();

    /** What the check does, for messages: "reading the bucket policy". */
    abstract String doing();

    /** The IAM action the read needs, named when access is denied. */
    abstract String permission();

    /** Whether the verify as a whole could not check when this one cannot. */
    boolean essential() {
        return false;
    }

    boolean isNotSet(S3Exception e) {
        return e.statusCode() == 404 && notSetCode().equals(S3Errors.code(e));
    }

    @Override
    public final CheckItem run(S3Client s3, VerifyRequest request, String server) {
        T value;
        try {
            value = fetch(s3, request.bucket());
        } catch (S3Exception e) {
            return isNotSet(e) ? whenNotSet(request) : unknown(e, server);
        } catch (RuntimeException e) {
            return unknown(e, server);
        }
        return judge(value, request);
    }

    private CheckItem unknown(RuntimeException e, String server) {
        S3Failure failure = S3Errors.map(e, doing(), server);
        CheckItem item = Unknowns.from(failure, this, server, permission());
        // A server without the feature leaves the question open without blocking the verify.
        return essential() && !failure.is(S3Failure.Kind.NOT_IMPLEMENTED) ? item.asEssential() : item;
    }
}
