package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.support.Fixtures;

/** Requests and policy texts the policy tests share. */
final class Policies {
    static final String BUCKET = "metricly-example";
    static final String ACCOUNT = "123456789012";

    /** The original guide's policy, verbatim. */
    static final String ORIGINAL_GUIDE = Fixtures.originalGuidePolicy();

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
