package io.billingpilot.s3.support;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.s3.S3Timeouts;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A real S3-compatible server (LocalS3, in memory) on a free loopback port, with an admin
 * client to arrange buckets the way a test needs them. Real S3's defaults for new buckets
 * (SSE-S3, public access blocked) are not applied by LocalS3: {@link #createBucket} sets them.
 */
public final class LocalS3Server implements AutoCloseable {
    static {
        // LocalS3 logs every 404 it answers as an error; those are expected here.
        System.setProperty("org.slf4j.simpleLogger.log.com.robothy", "off");
        // Its request handling also trips Netty's leak detector when a client aborts a request on purpose.
        System.setProperty("org.slf4j.simpleLogger.log.io.netty.util.ResourceLeakDetector", "off");
    }

    /** Timeouts short enough for the fault tests, long enough for a loaded build machine. */
    public static final S3Timeouts TEST_TIMEOUTS = new S3Timeouts(Duration.ofSeconds(6), Duration.ofSeconds(2),
            Duration.ofSeconds(2), 3);

    private static LocalS3Server shared;

    private final LocalS3 server;
    private final int port;
    private final FaultProxy front;
    private final S3Client admin;

    private LocalS3Server(int port) {
        this.port = port;
        this.server = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
        server.start();
        this.front = new FaultProxy(directEndpoint());
        this.admin = S3Client.builder().region(Region.US_EAST_1).endpointOverride(endpoint()).forcePathStyle(true)
                .credentialsProvider(TestCredentials.provider())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    public static LocalS3Server start() {
        return new LocalS3Server(FreePort.find());
    }

    /**
     * One server for the whole test run: starting LocalS3 takes seconds on a loaded machine.
     * Tests share it safely by using bucket names of their own.
     */
    public static synchronized LocalS3Server shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-s3-shutdown"));
        }
        return shared;
    }

    /**
     * Where clients should connect: a pass-through proxy. The SDK's HTTP client resets its
     * connections when closed, and LocalS3 prints a stack trace for every reset; the proxy
     * closes its upstream connections cleanly.
     */
    public URI endpoint() {
        return front.endpoint();
    }

    /** LocalS3 itself, for a test's own proxy. */
    public URI directEndpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** Settings for billing-pilot's own access: this endpoint, the test credentials, short timeouts. */
    public S3Settings settings() {
        return new S3Settings(null, "us-east-1", endpoint(), TestCredentials.provider(), TEST_TIMEOUTS, List.of());
    }

    public S3Client admin() {
        return admin;
    }

    /** A bucket as real S3 creates it today: SSE-S3 and all public access blocked. */
    public void createBucket(String bucket) {
        admin.createBucket(call -> call.bucket(bucket));
        admin.putBucketEncryption(call -> call.bucket(bucket).serverSideEncryptionConfiguration(config -> config
                .rules(rule -> rule.applyServerSideEncryptionByDefault(sse -> sse.sseAlgorithm(ServerSideEncryption.AES256)))));
        admin.putPublicAccessBlock(call -> call.bucket(bucket).publicAccessBlockConfiguration(block -> block
                .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
    }

    public void putPolicy(String bucket, String policy) {
        admin.putBucketPolicy(call -> call.bucket(bucket).policy(policy));
    }

    public String policy(String bucket) {
        return admin.getBucketPolicy(call -> call.bucket(bucket)).policy();
    }

    public void put(String bucket, String key, String content) {
        admin.putObject(call -> call.bucket(bucket).key(key), RequestBody.fromString(content));
    }

    @Override
    public void close() {
        admin.close();
        front.close();
        server.shutdown();
    }
}
