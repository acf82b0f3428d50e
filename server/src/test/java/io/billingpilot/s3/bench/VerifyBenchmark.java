package io.billingpilot.s3.bench;

import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.support.FaultProxy;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.s3.verify.BucketVerifier;
import io.billingpilot.s3.verify.VerifyResult;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Verify's wall time with its S3 calls side by side against the same calls one after another,
 * with a fixed latency injected per call by a proxy in front of the in-process S3 server.
 * Run by scripts/bench-verify; prints medians over several runs.
 */
public final class VerifyBenchmark {
    private static final String BUCKET = "bench-reports";

    /** Measures each S3 call from its start to its answer. */
    static final class CallTimer implements ExecutionInterceptor {
        private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench-started");
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            attributes.putAttribute(STARTED, System.nanoTime());
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            nanos.add(System.nanoTime() - attributes.getAttribute(STARTED));
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            nanos.add(System.nanoTime() - attributes.getAttribute(STARTED));
        }

        long slowestAndReset() {
            synchronized (nanos) {
                long slowest = nanos.stream().mapToLong(Long::longValue).max().orElse(0);
                nanos.clear();
                return slowest;
            }
        }

        int countAndReset() {
            synchronized (nanos) {
                int count = nanos.size();
                nanos.clear();
                return count;
            }
        }
    }

    private VerifyBenchmark() {
    }

    public static void main(String[] args) {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        LocalS3Server s3 = LocalS3Server.shared();
        s3.createBucket(BUCKET);
        s3.putPolicy(BUCKET, Policies.legacy(BUCKET));
        s3.put(BUCKET, "aws-programmatic-access-test-object", "");
        CallTimer timer = new CallTimer();
        try (FaultProxy proxy = new FaultProxy(s3.directEndpoint());
             S3Access access = new S3Access(s3.settings().withEndpoint(proxy.endpoint()).withInterceptor(timer))) {
            proxy.latency(latency);
            BucketRequest request = BucketRequest.parse(BUCKET, "dbr", null, "us-east-1");
            BucketVerifier concurrent = new BucketVerifier(access);
            BucketVerifier sequential = new BucketVerifier(access, Runnable::run);
            for (int i = 0; i < 3; i++) {
                concurrent.verify(request);
                sequential.verify(request);
            }
            timer.slowestAndReset();
            List<Long> concurrentWall = new ArrayList<>();
            List<Long> sequentialWall = new ArrayList<>();
            List<Long> slowestCall = new ArrayList<>();
            int calls = 0;
            for (int i = 0; i < runs; i++) {
                concurrentWall.add(time(concurrent, request));
                slowestCall.add(timer.slowestAndReset());
                sequentialWall.add(time(sequential, request));
                calls = timer.countAndReset();
            }
            System.out.printf(Locale.ROOT, "verify with %d ms latency per S3 call, %d calls per verify, median of %d runs:%n",
                    latency, calls, runs);
            System.out.printf(Locale.ROOT, "  concurrent (executor):    %6.1f ms%n", median(concurrentWall));
            System.out.printf(Locale.ROOT, "  one after another:        %6.1f ms%n", median(sequentialWall));
            System.out.printf(Locale.ROOT, "  slowest single call:      %6.1f ms%n", median(slowestCall));
            System.out.printf(Locale.ROOT, "  concurrent / slowest:     %6.2f%n", median(concurrentWall) / median(slowestCall));
        }
        // The shared S3 server stops in its shutdown hook.
        System.exit(0);
    }

    private static long time(BucketVerifier verifier, BucketRequest request) {
        long start = System.nanoTime();
        VerifyResult result = verifier.verify(request);
        long took = System.nanoTime() - start;
        if (!result.ok()) {
            throw new IllegalStateException("the benchmark bucket should verify cleanly: " + result.json());
        }
        return took;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
