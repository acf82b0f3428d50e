package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Errors;
import io.billingpilot.s3.S3Failure;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A check that reads one bucket setting: the value is judged, S3's "not set" answer (a 404
 * with a specific code) has its own item, and any other error becomes an UNKNOWN item.
 */
abstract class SettingCheck<T> implements BucketCheck {
    /**
     * What a check is.
     *
     * @param doing      what it does, for messages: "reading the bucket policy"
     * @param permission the IAM action the read needs, named when access is denied
     * @param notSetCode S3's error code for "not set", e.g. NoSuchBucketPolicy
     * @param essential  whether the verify as a whole could not check when this one cannot
     */
    record About(String id, String title, String doing, String permission, String notSetCode, boolean essential) {
    }

    private final About about;

    SettingCheck(About about) {
        this.about = about;
    }

    /** Reads the setting. */
    abstract T fetch(S3Client s3, String bucket);

    abstract CheckItem judge(T value, BucketRequest request);

    /** The item when the bucket has no such setting. */
    abstract CheckItem whenNotSet(BucketRequest request);

    @Override
    public final String id() {
        return about.id();
    }

    @Override
    public final String title() {
        return about.title();
    }

    boolean isNotSet(S3Exception e) {
        return e.statusCode() == 404 && about.notSetCode().equals(S3Errors.code(e));
    }

    @Override
    public final CheckItem run(S3Client s3, BucketRequest request, String server) {
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
        S3Failure failure = S3Errors.map(e, about.doing(), server);
        CheckItem item = Unknowns.from(failure, this, server, about.permission());
        // A server without the feature leaves the question open without blocking the verify.
        return about.essential() && !failure.is(S3Failure.Kind.NOT_IMPLEMENTED) ? item.asEssential() : item;
    }
}
