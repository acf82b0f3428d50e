package io.billingpilot.s3.support;

/** Bucket policies as people write them, for the live checks. */
public final class Policies {
    private Policies() {
    }

    /** The original guide's policy for a bucket: lets the legacy billing writer deliver. */
    public static String legacy(String bucket) {
        return legacy(bucket, "arn:aws:s3:::" + bucket, "arn:aws:s3:::" + bucket + "/*");
    }

    /** The same policy, with the PutObject grant limited to a folder: AWS's test write at the root is refused. */
    public static String prefixOnly(String bucket, String folder) {
        return legacy(bucket, "arn:aws:s3:::" + bucket, "arn:aws:s3:::" + bucket + "/" + folder + "/*");
    }

    /** The policy of another bucket, pasted by mistake. */
    public static String forOtherBucket(String other) {
        return legacy(other);
    }

    private static String legacy(String bucket, String bucketArn, String objectsArn) {
        return """
                {
                  "Version": "2008-10-17",
                  "Id": "Policy1335892530063",
                  "Statement": [
                    {
                      "Sid": "Stmt1335892150622",
                      "Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::386209384616:root"},
                      "Action": ["s3:GetBucketAcl", "s3:GetBucketPolicy"],
                      "Resource": "%s"
                    },
                    {
                      "Sid": "Stmt1335892526596",
                      "Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::386209384616:root"},
                      "Action": "s3:PutObject",
                      "Resource": "%s"
                    }
                  ]
                }
                """.formatted(bucketArn, objectsArn);
    }
}
