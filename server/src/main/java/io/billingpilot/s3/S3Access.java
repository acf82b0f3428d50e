package io.billingpilot.s3;

import io.billingpilot.core.Regions;
import io.billingpilot.core.Texts;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The long-lived access to S3 for one set of {@link S3Settings} (endpoint, profile): at most one
 * S3 client per known region ({@link Regions}), all sharing one HTTP connection pool, one
 * scheduler for the SDK's timeouts and one credentials provider, plus a small bounded executor
 * for calls that run side by side. Nothing a request names adds threads or pools: a region that
 * is not known is refused before any client exists. Created once per CLI run or server.
 *
 * <p>The HTTP client and the scheduler are meant to be shared by the server's other AWS clients
 * too (Data Exports, CUR), through {@link #http()} and {@link #scheduler()}.
 */
public final class S3Access implements AutoCloseable {
    /** Threads for concurrent checks; a verify needs six at most. */
    private static final int THREADS = 8;
    private static final int SCHEDULER_THREADS = 2;
    private static final int MAX_REMEMBERED_BUCKETS = 200;

    private final S3Settings settings;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final ScheduledExecutorService scheduler;
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
        // The SDK would otherwise start a scheduler of its own for each client's call timeouts.
        this.scheduler = Executors.newScheduledThreadPool(SCHEDULER_THREADS, daemon("billing-pilot-aws-timer-"));
        // Bounded on both sides: a burst of requests waits in a short queue, then runs on the caller's thread.
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                daemon("billing-pilot-s3-"), new ThreadPoolExecutor.CallerRunsPolicy());
        ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
    }

    public S3Settings settings() {
        return settings;
    }

    /** The client for a known region, created on first use and reused afterwards. */
    public S3Client client(String region) {
        if (!Regions.isKnown(region)) {
            // Callers parse regions first; this keeps a slip from ever growing the set of clients.
            throw new S3Failure(S3Failure.Kind.REFUSED, "'" + Texts.clip(String.valueOf(region))
                    + "' is not an AWS region billing-pilot knows.");
        }
        return clients.computeIfAbsent(region, this::build);
    }

    /** The one HTTP client (connection pool) of this access, for other AWS clients to share. */
    public SdkHttpClient http() {
        return http;
    }

    /** The one scheduler for the SDK's call timeouts, for other AWS clients to share. */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** How many S3 clients exist now; at most one per known region. */
    public int clientCount() {
        return clients.size();
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
                    config.scheduledExecutorService(scheduler)
                            .apiCallTimeout(timeouts.apiCall())
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

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        clients.values().forEach(S3Client::close);
        scheduler.shutdownNow();
        clients.clear();
        http.close();
        if (credentials instanceof SdkAutoCloseable closeable && settings.credentials() == null) {
            closeable.close();
        }
    }
}
