package io.billingpilot.s3;

import io.billingpilot.core.Regions;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The long-lived access to S3 for one set of {@link S3Settings} (endpoint, profile): one S3
 * client per region, all sharing one HTTP connection pool and one credentials provider, plus a
 * small bounded executor for calls that run side by side. Created once per CLI run or server.
 */
public final class S3Access implements AutoCloseable {
    /** Threads for concurrent checks; a verify needs six at most. */
    private static final int THREADS = 8;
    private static final int MAX_REMEMBERED_BUCKETS = 200;

    private final S3Settings settings;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final Map<String, S3Client> clients = new ConcurrentHashMap<>();
    private final Map<String, String> bucketRegions = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private volatile String defaultRegion;

    public S3Access(S3Settings settings) {
        this.settings = settings;
        this.credentials = Credentials.provider(settings);
        this.http = Apache5HttpClient.builder()
                .connectionTimeout(settings.timeouts().connect())
                .socketTimeout(settings.timeouts().attempt())
                .maxConnections(2 * THREADS)
                .build();
        AtomicInteger count = new AtomicInteger();
        // Bounded on both sides: a burst of requests waits in a short queue, then runs on the caller's thread.
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                runnable -> {
                    Thread thread = new Thread(runnable, "billing-pilot-s3-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
    }

    public S3Settings settings() {
        return settings;
    }

    /** The client for a region, created on first use and reused afterwards. */
    public S3Client client(String region) {
        return clients.computeIfAbsent(region, this::build);
    }

    public ExecutorService executor() {
        return executor;
    }

    /** Empty when credentials can be found now; else why not and how to provide them. */
    public Optional<S3Failure> credentialsProblem() {
        return Credentials.problem(credentials, settings.profile());
    }

    /**
     * The region to try first for a bucket: where it was found before, else the configured region
     * (option, AWS_REGION, the profile's region), else us-east-1. Instance metadata is not asked:
     * it would add seconds on machines that have none.
     */
    public String firstGuess(String bucket) {
        String known = bucketRegions.get(bucket);
        return known != null ? known : defaultRegion();
    }

    public void remember(String bucket, String region) {
        if (bucketRegions.size() >= MAX_REMEMBERED_BUCKETS) {
            bucketRegions.clear();
        }
        bucketRegions.put(bucket, region);
    }

    public String defaultRegion() {
        if (defaultRegion == null) {
            defaultRegion = settings.region() != null ? settings.region() : configuredRegion();
        }
        return defaultRegion;
    }

    private String configuredRegion() {
        try {
            String id = new AwsRegionProviderChain(new SystemSettingsRegionProvider(),
                    new AwsProfileRegionProvider(null, settings.profile())).getRegion().id();
            return S3Errors.isRegion(id) ? id : Regions.DEFAULT;
        } catch (RuntimeException e) {
            return Regions.DEFAULT;
        }
    }

    private S3Client build(String region) {
        S3Timeouts timeouts = settings.timeouts();
        var builder = S3Client.builder()
                .region(Region.of(region))
                .httpClient(http)
                .credentialsProvider(credentials)
                .overrideConfiguration(config -> {
                    config.apiCallTimeout(timeouts.apiCall())
                            .apiCallAttemptTimeout(timeouts.attempt())
                            // Standard strategy: exponential back-off with jitter on throttling, 5xx and I/O errors.
                            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                    .maxAttempts(timeouts.maxAttempts()).build());
                    settings.interceptors().forEach(config::addExecutionInterceptor);
                });
        if (settings.endpoint() != null) {
            // S3-compatible servers: path-style URLs, and only the checksums the API requires.
            builder.endpointOverride(settings.endpoint())
                    .forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        clients.values().forEach(S3Client::close);
        clients.clear();
        http.close();
        if (credentials instanceof SdkAutoCloseable closeable && settings.credentials() == null) {
            closeable.close();
        }
    }
}
