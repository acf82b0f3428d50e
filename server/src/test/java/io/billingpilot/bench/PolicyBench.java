package io.billingpilot.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The analyzer's time for one check of a 100-statement bucket policy (target: under 1 ms),
 * after a warm-up, as median and 99th percentile. Run by scripts/bench-policy.
 */
public final class PolicyBench {
    private static final int STATEMENTS = 100;

    private PolicyBench() {
    }

    /** {@code PolicyBench [WARMUP RUNS]} measures; {@code PolicyBench --write FILE} writes the policy for the CLI timing. */
    public static void main(String[] args) throws java.io.IOException {
        PolicyRequest request = new PolicyRequest("metricly-example", ReportType.CUR, "123456789012", Partition.AWS);
        String policy = hundredStatements(request);
        if (args.length == 2 && args[0].equals("--write")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), policy);
            return;
        }
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        PolicyAnalysis result = PolicyAnalyzer.analyze(policy, request);
        for (int i = 0; i < warmup; i++) {
            PolicyAnalyzer.analyze(policy, request);
        }
        // Wall time, and the thread's CPU time: on a busy machine the first includes time spent waiting for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            PolicyAnalyzer.analyze(policy, request);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf("policy: %d statements, %d bytes; result: deliverable=%s, %d findings%n", STATEMENTS,
                policy.length(), result.deliverable(), result.findings().size());
        System.out.printf("analyzer per check (%d runs after %d warm-up): median %.3f ms, p99 %.3f ms, max %.3f ms (target < 1 ms)%n",
                runs, warmup, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, nanos[runs - 1] / 1e6);
        System.out.printf("analyzer CPU time per check: median %.3f ms, p99 %.3f ms%n",
                cpuNanos[runs / 2] / 1e6, cpuNanos[(int) (runs * 0.99)] / 1e6);
    }

    /**
     * The CUR statements, a Deny that exempts AWS services, and statements for other principals
     * of every kind (wildcards, conditions, Not-elements) up to 100 in all: the analyzer must
     * look at each of them for each call.
     */
    static String hundredStatements(PolicyRequest request) {
        ObjectNode policy = BucketPolicyGenerator.generate(request);
        ArrayNode statements = policy.withArray("Statement");
        statements.add(Json.parse("""
                {"Sid": "OrgOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123"},
                               "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}}"""));
        for (int i = statements.size(); i < STATEMENTS; i++) {
            String template = switch (i % 4) {
                case 0 -> """
                        {"Sid": "R%d", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/r%d"},
                         "Action": ["s3:GetObject", "s3:List*"], "Resource": "arn:aws:s3:::metricly-example/t%d/*"}""";
                case 1 -> """
                        {"Sid": "V%d", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                         "Resource": "arn:aws:s3:::metricly-example/s%d/*", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-%d"}}}""";
                case 2 -> """
                        {"Sid": "L%d", "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": "s3:PutObject",
                         "Resource": "arn:aws:s3:::metricly-example/l%d/*", "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::src-%d"}}}""";
                default -> """
                        {"Sid": "D%d", "Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/a%d"},
                         "Action": "s3:DeleteObject", "NotResource": "arn:aws:s3:::metricly-example/x%d/*"}""";
            };
            statements.add(Json.parse(template.formatted(i, i, i)));
        }
        return Json.compact(policy);
    }
}
