package io.billingpilot.s3.support;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the HTTP requests the SDK sends, by operation (ListObjectsV2, HeadBucket, ...), retries included. */
public final class RequestCounter implements ExecutionInterceptor {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        counts.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public void reset() {
        counts.clear();
    }
}
