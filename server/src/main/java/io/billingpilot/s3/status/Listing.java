package io.billingpilot.s3.status;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Prefix listings with pagination, counted: a status costs as many list requests as its
 * report files need, whatever else is in the bucket.
 */
final class Listing {
    private final S3Client s3;
    private final String bucket;
    private final AtomicInteger requests = new AtomicInteger();

    Listing(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Objects and sub-folders directly under a prefix (delimiter "/"). */
    record Page(List<S3Object> objects, List<String> folders, boolean truncated) {
    }

    /** Every object under the prefix, sub-folders included. */
    List<S3Object> all(String prefix) {
        return walk(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build(), Integer.MAX_VALUE,
                page -> true).objects();
    }

    /** Objects and folders directly under the prefix, at most {@code maxPages} pages. */
    Page level(String prefix, int maxPages) {
        return walk(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).delimiter("/").build(), maxPages,
                page -> true);
    }

    /**
     * Entries directly under the prefix from {@code startAfter} on, while {@code more} says the
     * last page could still hold wanted keys (listings are sorted, so a scan can stop early).
     */
    Page levelWhile(String prefix, String startAfter, Predicate<ListObjectsV2Response> more) {
        return walk(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).delimiter("/").startAfter(startAfter)
                .build(), Integer.MAX_VALUE, more);
    }

    int requests() {
        return requests.get();
    }

    private Page walk(ListObjectsV2Request first, int maxPages, Predicate<ListObjectsV2Response> more) {
        List<S3Object> objects = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        ListObjectsV2Request request = first;
        for (int page = 0; page < maxPages; page++) {
            requests.incrementAndGet();
            ListObjectsV2Response response = s3.listObjectsV2(request);
            objects.addAll(response.contents());
            response.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(folders::add);
            if (!Boolean.TRUE.equals(response.isTruncated()) || response.nextContinuationToken() == null
                    || !more.test(response)) {
                return new Page(objects, folders, false);
            }
            request = first.toBuilder().continuationToken(response.nextContinuationToken()).startAfter(null).build();
        }
        return new Page(objects, folders, true);
    }
}
