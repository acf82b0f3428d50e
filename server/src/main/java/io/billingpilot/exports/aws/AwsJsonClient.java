package io.billingpilot.exports.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;
import io.billingpilot.s3.Credentials;
import io.billingpilot.s3.S3Timeouts;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.retries.api.BackoffStrategy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One awsJson1_1 service on the SDK parts that are served: requests are {@code POST /} with a
 * JSON body and an {@code X-Amz-Target} header, signed with the SDK's {@link AwsV4HttpSigner} for
 * the service and the control plane's region, sent through the shared {@link SdkHttpClient}.
 * Every call is bounded: one attempt by the attempt timeout, the whole call (retries and back-off
 * on throttling, 5xx and I/O errors included) by the call timeout.
 *
 * <p>Stands in for the SDK's generated clients, which are not served here; see {@link BillingService}.
 */
public final class AwsJsonClient {
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final int MAX_ANSWER_BYTES = 1 << 20;
    private static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelayHalfJitter(
            Duration.ofMillis(100), Duration.ofSeconds(2));
    /** Aborts attempts that outlive their time; one daemon thread for every client of the process. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "billing-pilot-aws-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final BillingService service;
    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final String profile;
    private final SdkHttpClient http;
    private final S3Timeouts timeouts;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public AwsJsonClient(BillingService service, URI endpoint, String region, AwsCredentialsProvider credentials,
                         String profile, SdkHttpClient http, S3Timeouts timeouts) {
        this.service = service;
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.profile = profile;
        this.http = http;
        this.timeouts = timeouts;
    }

    public BillingService service() {
        return service;
    }

    public String region() {
        return region;
    }

    /** Where requests go, for messages: the service's name, or the host of an endpoint set by configuration. */
    public String serverName() {
        String host = endpoint.getHost() + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
        return host.endsWith(".api.aws") || host.contains(".amazonaws.com") ? service.title()
                : service.title() + " at " + host;
    }

    /**
     * Calls an operation and returns its JSON answer.
     *
     * @param what what is being done, for messages ("reading the export")
     * @throws BillingApiFailure for every error answer or fault, with a message of our own
     */
    public JsonNode call(String operation, ObjectNode body, String what) {
        AwsCredentialsIdentity identity = identity();
        byte[] payload = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + timeouts.apiCall().toNanos();
        BillingApiFailure last = null;
        for (int attempt = 1; attempt <= timeouts.maxAttempts(); attempt++) {
            if (attempt > 1) {
                Duration pause = BACKOFF.computeDelay(attempt - 1);
                if (System.nanoTime() + pause.toNanos() >= deadline) {
                    break;
                }
                sleep(pause);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            Answer answer;
            try {
                answer = send(operation, payload, identity, Math.min(remaining, timeouts.attempt().toNanos()));
            } catch (IOException e) {
                last = System.nanoTime() >= deadline ? BillingApiErrors.timeout(what, serverName())
                        : BillingApiErrors.fromIo(service, e, what, serverName());
                continue;
            }
            if (answer.status / 100 == 2) {
                return answer.json == null ? Json.MAPPER.createObjectNode() : answer.json;
            }
            String type = BillingApiErrors.errorType(answer.errorTypeHeader, answer.json);
            last = BillingApiErrors.fromAnswer(service, operation, answer.status, type,
                    BillingApiErrors.errorMessage(answer.json), what);
            if (!BillingApiErrors.retryable(answer.status, type)) {
                throw last;
            }
        }
        throw last != null ? last : BillingApiErrors.timeout(what, serverName());
    }

    private AwsCredentialsIdentity identity() {
        try {
            return credentials.resolveCredentials();
        } catch (RuntimeException e) {
            String advice = Credentials.problem(() -> {
                throw e;
            }, profile).map(Throwable::getMessage).orElse(Credentials.advice(profile));
            throw new BillingApiFailure(BillingApiFailure.Kind.NO_CREDENTIALS, advice);
        }
    }

    private record Answer(int status, String errorTypeHeader, JsonNode json) {
    }

    private Answer send(String operation, byte[] payload, AwsCredentialsIdentity identity, long timeoutNanos)
            throws IOException {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint.resolve("/"))
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("X-Amz-Target", service.target(operation))
                .putHeader("Content-Length", Integer.toString(payload.length))
                .build();
        SignedRequest signed = signer.sign(sign -> sign.identity(identity)
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service.signingName()));
        ExecutableHttpRequest call = http.prepareRequest(HttpExecuteRequest.builder()
                .request(signed.request())
                .contentStreamProvider(signed.payload().orElse(ContentStreamProvider.fromByteArray(payload)))
                .build());
        java.util.concurrent.atomic.AtomicBoolean aborted = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> abort = WATCHDOG.schedule(() -> {
            aborted.set(true);
            call.abort();
        }, timeoutNanos, TimeUnit.NANOSECONDS);
        try {
            HttpExecuteResponse response = call.call();
            int status = response.httpResponse().statusCode();
            String errorType = response.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse(null);
            JsonNode json = read(response);
            return new Answer(status, errorType, json);
        } catch (IOException e) {
            if (aborted.get()) {
                throw new java.io.InterruptedIOException("the attempt took too long");
            }
            throw e;
        } catch (RuntimeException e) {
            // An abort or a broken connection surfaces as an unchecked exception from some HTTP clients.
            throw new java.io.InterruptedIOException("the attempt was aborted");
        } finally {
            abort.cancel(false);
        }
    }

    private static JsonNode read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return null;
        }
        try (InputStream in = response.responseBody().get()) {
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length == 0) {
                return null;
            }
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw new IOException("the answer is larger than 1 MiB");
            }
            try {
                return Json.MAPPER.readTree(bytes);
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BillingApiFailure(BillingApiFailure.Kind.TIMEOUT, "Interrupted while waiting to try again.");
        }
    }
}
