package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;

/** Requests and policy texts the policy tests share. */
final class Policies {
    static final String BUCKET = "metricly-example";
    static final String ACCOUNT = "123456789012";

    /** The original guide's policy, verbatim. */
    static final String ORIGINAL_GUIDE = """
            {
              "Version": "2008-10-17",
              "Id": "Policy1335892530063",
              "Statement": [
                {
                  "Sid": "Stmt1335892150622",
                  "Effect": "Allow",
                  "Principal": {
                    "AWS": "arn:aws:iam::386209384616:root"
                  },
                  "Action": [
                    "s3:GetBucketAcl",
                    "s3:GetBucketPolicy"
                  ],
                  "Resource": "arn:aws:s3:::metricly-example"
                },
                {
                  "Sid": "Stmt1335892526596",
                  "Effect": "Allow",
                  "Principal": {
                    "AWS": "arn:aws:iam::386209384616:root"
                  },
                  "Action": [
                    "s3:PutObject"
                  ],
                  "Resource": "arn:aws:s3:::metricly-example/*"
                }
              ]
            }""";

    private Policies() {
    }

    static PolicyRequest dbr() {
        return new PolicyRequest(BUCKET, ReportType.DBR, null, Partition.AWS);
    }

    static PolicyRequest cur() {
        return new PolicyRequest(BUCKET, ReportType.CUR, ACCOUNT, Partition.AWS);
    }

    static PolicyRequest dataExports() {
        return new PolicyRequest(BUCKET, ReportType.DATA_EXPORTS, ACCOUNT, Partition.AWS);
    }

    static String generated(PolicyRequest request) {
        return PolicyFormat.pretty(BucketPolicyGenerator.generate(request));
    }

    /** A policy with the given statements (JSON text, comma separated) added after the generated ones. */
    static String generatedPlus(PolicyRequest request, String statements) {
        ObjectNode policy = BucketPolicyGenerator.generate(request);
        Json.parse("[" + statements + "]").forEach(statement -> policy.withArray("Statement").add(statement));
        return Json.compact(policy);
    }

    static PolicyAnalysis check(String policy, PolicyRequest request) {
        return PolicyAnalyzer.analyze(policy, request);
    }
}
