package io.billingpilot.cli;

import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Settings;

import java.util.HashSet;
import java.util.Set;

/** The options every command that talks to S3 takes: where (--region, --endpoint) and as whom (--profile). */
final class AwsOptions {
    static final Set<String> CONNECTION = Set.of("region", "profile", "endpoint");

    private AwsOptions() {
    }

    /** The connection options plus the command's own. */
    static Set<String> with(String... more) {
        Set<String> all = new HashSet<>(CONNECTION);
        all.addAll(Set.of(more));
        return all;
    }

    /** --bucket, --report, --account and --region as the bucket a command is about. */
    static BucketRequest bucket(Args args) {
        return BucketRequest.parse(args.required("bucket"), args.option("report"), args.option("account"),
                args.option("region"));
    }

    static S3Settings settings(Args args) {
        return S3Settings.parse(args.option("profile"), args.option("region"), args.option("endpoint"));
    }
}
