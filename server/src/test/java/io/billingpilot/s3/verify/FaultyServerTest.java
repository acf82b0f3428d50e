package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.support.FaultProxy.Action;
import io.billingpilot.s3.support.FaultProxy;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error paths, with a proxy in front of the real test server answering in its place. */
class FaultyServerTest {
    private static final String BUCKET = "faulty-reports";
    private static LocalS3Server s3;
    private FaultProxy proxy;
    private S3Access access;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3Server.shared();
        s3.createBucket(BUCKET);
        s3.putPolicy(BUCKET, Policies.legacy(BUCKET));
    }


    @BeforeEach
    void startProxy() {
        proxy = new FaultProxy(s3.directEndpoint());
        access = new S3Access(s3.settings().withEndpoint(proxy.endpoint()));
    }

    @AfterEach
    void stopProxy() {
        access.close();
        proxy.close();
    }

    private VerifyResult verify(String region) {
        return new BucketVerifier(access).verify(BucketRequest.parse(BUCKET, "dbr", null, region));
    }

    private static CheckItem item(VerifyResult result, String id) {
        return result.checklist().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_403_on_the_bucket_means_it_could_not_be_checked_and_says_whose_bucket_it_may_be() {
        proxy.rule(request -> Action.error(403, "AccessDenied", Map.of()));
        VerifyResult result = verify(null);
        CheckItem bucket = item(result, "bucket");
        assertEquals(CheckStatus.UNKNOWN, bucket.status());
        assertTrue(bucket.message().contains("belongs to another account"), bucket.message());
        assertEquals(Outcome.COULD_NOT_CHECK, result.outcome());
    }

    @Test
    void a_403_on_the_lookup_alone_keeps_the_other_answers_and_asks_for_list_bucket() {
        proxy.rule(request -> request.method().equals("HEAD") && request.path().equals("/" + BUCKET)
                ? Action.error(403, "AccessDenied", Map.of()) : Action.pass());
        VerifyResult result = verify(null);
        CheckItem bucket = item(result, "bucket");
        assertEquals(CheckStatus.WARNING, bucket.status());
        assertTrue(bucket.fix().contains("s3:ListBucket"), bucket.fix());
        assertEquals(CheckStatus.PASS, item(result, "policy").status());
        assertEquals(Outcome.FINE, result.outcome());
    }

    @Test
    void a_redirect_names_the_real_region_and_every_check_runs_again_there() {
        proxy.rule(request -> "eu-west-2".equals(request.signingRegion()) ? Action.pass()
                : Action.error(301, "PermanentRedirect", Map.of("x-amz-bucket-region", "eu-west-2")));
        VerifyResult result = verify("us-east-1");
        assertEquals("eu-west-2", result.region());
        CheckItem bucket = item(result, "bucket");
        assertEquals(CheckStatus.PASS, bucket.status());
        assertTrue(bucket.message().contains("redirected the request from us-east-1"), bucket.message());
        assertEquals(CheckStatus.PASS, item(result, "policy").status(), item(result, "policy").message());
        assertTrue(proxy.seen().stream().anyMatch(r -> r.query().contains("policy") && "eu-west-2".equals(r.signingRegion())));
    }

    @Test
    void a_persistent_500_is_retried_then_reported_as_could_not_check() {
        proxy.rule(request -> request.query().equals("policy") ? Action.error(500, "InternalError", Map.of())
                : Action.pass());
        VerifyResult result = verify(null);
        CheckItem policy = item(result, "policy");
        assertEquals(CheckStatus.UNKNOWN, policy.status());
        assertTrue(policy.message().contains("HTTP 500") && policy.message().contains("retries included"), policy.message());
        assertEquals(Outcome.COULD_NOT_CHECK, result.outcome());
        long attempts = proxy.seen().stream().filter(r -> r.query().equals("policy")).count();
        assertEquals(LocalS3Server.TEST_TIMEOUTS.maxAttempts(), attempts);
    }

    @Test
    void a_503_slow_down_is_retried_with_back_off_and_the_check_then_passes() {
        AtomicInteger policyCalls = new AtomicInteger();
        proxy.rule(request -> request.query().equals("policy") && policyCalls.incrementAndGet() == 1
                ? Action.error(503, "SlowDown", Map.of()) : Action.pass());
        VerifyResult result = verify(null);
        assertEquals(CheckStatus.PASS, item(result, "policy").status(), item(result, "policy").message());
        assertEquals(2, policyCalls.get());
    }

    @Test
    void a_server_that_does_not_answer_is_given_up_on_after_the_call_timeout() {
        proxy.rule(request -> Action.passAfter(30_000));
        long start = System.nanoTime();
        VerifyResult result = verify(null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Outcome.COULD_NOT_CHECK, result.outcome());
        CheckItem bucket = item(result, "bucket");
        assertTrue(bucket.message().contains("did not answer in time"), bucket.message());
        Duration bound = LocalS3Server.TEST_TIMEOUTS.apiCall().plusSeconds(3);
        assertTrue(took.compareTo(bound) < 0, "took " + took + ", more than " + bound);
    }

    @Test
    void a_501_on_a_setting_is_unknown_while_the_rest_passes() {
        proxy.rule(request -> request.query().equals("encryption") ? Action.error(501, "NotImplemented", Map.of())
                : Action.pass());
        VerifyResult result = verify(null);
        assertEquals(CheckStatus.UNKNOWN, item(result, "encryption").status());
        assertEquals(CheckStatus.PASS, item(result, "policy").status());
        assertEquals(Outcome.FINE, result.outcome());
    }
}
