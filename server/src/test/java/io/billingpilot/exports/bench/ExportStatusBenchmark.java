package io.billingpilot.exports.bench;

import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.watch.ExportWatch;
import io.billingpilot.exports.watch.WatchRequest;
import io.billingpilot.exports.watch.WatchedStatus;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;
import io.billingpilot.s3.support.FaultProxy;
import io.billingpilot.s3.support.LocalS3Server;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code status --export}'s wall time with the AWS calls (ListExports, then GetExport and
 * ListExecutions) and the bucket's listing side by side, against the same calls one after
 * another, with a fixed latency injected per call: by a proxy in front of the in-process S3
 * server, and by the fake billing APIs. Run by scripts/bench-verify; prints medians.
 */
public final class ExportStatusBenchmark {
    private static final String BUCKET = "bench-export-status";
    private static final String EXPORT = "bench-cur2";

    /** Measures each S3 call from its start to its answer. */
    static final class CallTimer implements ExecutionInterceptor {
        private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench-export-started");
        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            attributes.putAttribute(STARTED, System.nanoTime());
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            nanos.add(System.nanoTime() - attributes.getAttribute(STARTED));
            count.incrementAndGet();
        }

        long slowestAndReset() {
            synchronized (nanos) {
                long slowest = nanos.stream().mapToLong(Long::longValue).max().orElse(0);
                nanos.clear();
                return slowest;
            }
        }
    }

    private ExportStatusBenchmark() {
    }

    public static void main(String[] args) {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        LocalS3Server s3 = LocalS3Server.shared();
        s3.createBucket(BUCKET);
        s3.putPolicy(BUCKET, FakeClients.dataExportsPolicy(BUCKET, FakeClients.PAYER));
        CallTimer timer = new CallTimer();
        try (FakeBillingApis fake = FakeClients.withTestKey(FakeBillingApis.start(FakeClients.policiesOf(s3)));
             BillingApis apis = new BillingApis(FakeClients.settings(fake));
             FaultProxy proxy = new FaultProxy(s3.directEndpoint());
             S3Access access = new S3Access(s3.settings().withEndpoint(proxy.endpoint()).withInterceptor(timer))) {
            apis.dataExports(Partition.AWS).create(ExportDefinition.from(ExportInputs.dataExport(EXPORT, BUCKET,
                    "us-east-1", FakeClients.PAYER).withPrefix("billing")));
            fake.deliver(fake.export(FakeClients.PAYER, EXPORT).orElseThrow(), "2026-11", FakeClients.filesOf(s3));
            proxy.latency(latency);
            fake.delayEachCall(Duration.ofMillis(latency));
            StatusRequest listing = StatusRequest.parse(BUCKET, "data-exports", FakeClients.PAYER, "us-east-1", "billing");
            WatchRequest watch = WatchRequest.parse(ReportType.DATA_EXPORTS, EXPORT, BUCKET, FakeClients.PAYER, Partition.AWS);
            Runnable concurrent = () -> check(WatchedStatus.check(new StatusChecker(access), listing,
                    new ExportWatch(apis, access), watch, access.executor()));
            Runnable sequential = () -> check(WatchedStatus.check(new StatusChecker(access, Clock.systemUTC(), Runnable::run),
                    listing, new ExportWatch(apis, access, Runnable::run), watch, Runnable::run));
            for (int i = 0; i < 3; i++) {
                concurrent.run();
                sequential.run();
            }
            timer.slowestAndReset();
            fake.slowestAndReset();
            List<Long> concurrentWall = new ArrayList<>();
            List<Long> sequentialWall = new ArrayList<>();
            List<Long> slowestCall = new ArrayList<>();
            int s3Calls = 0;
            int awsCalls = 0;
            for (int i = 0; i < runs; i++) {
                timer.count.set(0);
                int before = fake.calls().size();
                concurrentWall.add(time(concurrent));
                s3Calls = timer.count.get();
                awsCalls = fake.calls().size() - before;
                slowestCall.add(Math.max(timer.slowestAndReset(), fake.slowestAndReset()));
                sequentialWall.add(time(sequential));
                timer.slowestAndReset();
                fake.slowestAndReset();
            }
            System.out.printf(Locale.ROOT, "status --export with %d ms latency per call, %d S3 calls and %d Data Exports"
                    + " calls per status, median of %d runs:%n", latency, s3Calls, awsCalls, runs);
            System.out.printf(Locale.ROOT, "  concurrent (executor):    %6.1f ms%n", median(concurrentWall));
            System.out.printf(Locale.ROOT, "  one after another:        %6.1f ms%n", median(sequentialWall));
            System.out.printf(Locale.ROOT, "  slowest single call:      %6.1f ms%n", median(slowestCall));
            System.out.printf(Locale.ROOT, "  concurrent / slowest:     %6.2f%n", median(concurrentWall) / median(slowestCall));
        }
        System.exit(0);
    }

    private static void check(WatchedStatus status) {
        if (!status.ok()) {
            throw new IllegalStateException("the benchmark export should be healthy and delivered: " + status.json());
        }
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
