package io.billingpilot.s3;

import io.billingpilot.core.Regions;
import io.billingpilot.core.Texts;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns whatever an S3 call threw into an {@link S3Failure} with a message written here. */
public final class S3Errors {
    public static final String REGION_HEADER = "x-amz-bucket-region";

    private S3Errors() {
    }

    /**
     * @param what   what was being done, e.g. "reading the bucket policy"
     * @param server where the request went, from {@link S3Settings#serverName()}
     */
    public static S3Failure map(Throwable thrown, String what, String server) {
        Throwable e = unwrap(thrown);
        if (e instanceof S3Failure failure) {
            return failure;
        }
        if (e instanceof S3Exception s3) {
            return fromStatus(s3, what, server);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException
                || hasCause(e, InterruptedIOException.class)) {
            return new S3Failure(S3Failure.Kind.TIMEOUT, server + " did not answer in time while " + what
                    + " (retries included). Check the network or try again later.");
        }
        if (e instanceof SdkClientException && Credentials.isCredentialsError(e)) {
            return new S3Failure(S3Failure.Kind.NO_CREDENTIALS, Credentials.advice(null));
        }
        if (hasCause(e, UnknownHostException.class)) {
            return new S3Failure(S3Failure.Kind.NETWORK, "Could not find " + server + " while " + what
                    + ": the host name does not resolve. Check the network or the endpoint.");
        }
        if (hasCause(e, ConnectException.class)) {
            return new S3Failure(S3Failure.Kind.NETWORK, "Could not connect to " + server + " while " + what
                    + ". Check the network or the endpoint.");
        }
        if (hasCause(e, IOException.class)) {
            return new S3Failure(S3Failure.Kind.NETWORK, "The connection to " + server + " failed while " + what
                    + ". Check the network and try again.");
        }
        return new S3Failure(S3Failure.Kind.NETWORK, "Could not talk to " + server + " while " + what + " ("
                + e.getClass().getSimpleName() + ").");
    }

    /** The bucket's region named by an error answer (a redirect or a 400 for a wrong signing region). */
    public static Optional<String> regionHeader(S3Exception e) {
        if (e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null) {
            return Optional.empty();
        }
        return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(REGION_HEADER).filter(S3Errors::isRegion);
    }

    /** S3's error code of an answer (NoSuchBucketPolicy, AccessDenied, ...), or null. */
    public static String code(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    public static boolean isRegion(String value) {
        return Regions.isKnown(value);
    }

    private static S3Failure fromStatus(S3Exception e, String what, String server) {
        int status = e.statusCode();
        String code = code(e);
        Optional<String> region = regionHeader(e);
        if (status == 301 || status == 307 || "PermanentRedirect".equals(code) || (status == 400 && region.isPresent())) {
            return new S3Failure(S3Failure.Kind.WRONG_REGION, region.map(r -> "The bucket is in the region " + r + ".")
                    .orElse("The bucket is in another region than the one asked."), code, region.orElse(null));
        }
        if (status == 403) {
            return new S3Failure(S3Failure.Kind.ACCESS_DENIED, "Access denied while " + what + ": the bucket belongs "
                    + "to another account, or these credentials lack the permission.", code, null);
        }
        if (status == 404 && "NoSuchBucket".equals(code)) {
            return new S3Failure(S3Failure.Kind.NO_SUCH_BUCKET, "There is no such bucket.", code, null);
        }
        if (status == 404) {
            return new S3Failure(S3Failure.Kind.NOT_FOUND, "Not found while " + what + shownCode(code) + ".", code, null);
        }
        if (status == 501) {
            return new S3Failure(S3Failure.Kind.NOT_IMPLEMENTED, server + " does not implement this (" + what + ").",
                    code, null);
        }
        if (status >= 500 || status == 429 || "SlowDown".equals(code)) {
            return new S3Failure(S3Failure.Kind.SERVER_ERROR, server + " kept failing while " + what + " (HTTP " + status
                    + shownCode(code) + ", retries included). Try again in a few minutes.", code, null);
        }
        return new S3Failure(S3Failure.Kind.REFUSED, server + " refused " + what + " (HTTP " + status + shownCode(code)
                + ").", code, null);
    }

    private static String shownCode(String code) {
        return code == null || code.isBlank() ? "" : ", " + Texts.clip(code);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
