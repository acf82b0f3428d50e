package io.billingpilot.guide.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.state.SessionState;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The policies the guide shows, made from what the session knows (bucket, report, account, region). */
public final class SessionPolicies {
    private SessionPolicies() {
    }

    /** A policy as pretty JSON, or why there is none yet (exactly one of the two is set). */
    public record Shown(String json, String problem, String downloadPath) {
        public static Shown policy(ObjectNode policy, String downloadPath) {
            return new Shown(Json.pretty(policy), null, downloadPath);
        }

        public static Shown missing(String problem) {
            return new Shown(null, problem, null);
        }

        public boolean available() {
            return json != null;
        }
    }

    /** The bucket policy the billing writer needs on the session's bucket. */
    public static Shown bucketPolicy(SessionState state) {
        try {
            PolicyRequest request = request(state);
            return Shown.policy(BucketPolicyGenerator.generate(request), downloadPath(request));
        } catch (InvalidInputException e) {
            return Shown.missing(e.getMessage());
        }
    }

    /**
     * What the policy engine needs to know about the session's bucket.
     *
     * @throws InvalidInputException saying what is missing (the bucket, or the payer account)
     */
    public static PolicyRequest request(SessionState state) {
        String bucket = bucket(state);
        ReportType report = state.reportOrDefault();
        if (report.needsAccount() && state.account() == null) {
            throw new InvalidInputException("The " + report.title() + " policy names your payer account: enter its id "
                    + "in step " + Step.REPORTS.number() + ".");
        }
        return new PolicyRequest(bucket, report, AccountId.digitsOf(state.account()), partition(state));
    }

    /** @throws InvalidInputException when the session has no bucket yet */
    public static String bucket(SessionState state) {
        if (state.bucket() == null) {
            throw new InvalidInputException("There is no bucket name yet: enter it in step " + Step.BUCKET.number() + ".");
        }
        return state.bucket();
    }

    private static Partition partition(SessionState state) {
        return state.region() == null ? Partition.DEFAULT : state.region().partition();
    }

    /** The GET endpoint that answers the same policy as a file to save. */
    public static String downloadPath(PolicyRequest request) {
        StringBuilder path = new StringBuilder(GuidePaths.POLICY_DOWNLOAD)
                .append("?bucket=").append(encode(request.bucket()))
                .append("&report=").append(encode(request.report().id()))
                .append("&partition=").append(encode(request.partition().id()));
        if (request.account() != null) {
            path.append("&account=").append(encode(request.account()));
        }
        return path.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
