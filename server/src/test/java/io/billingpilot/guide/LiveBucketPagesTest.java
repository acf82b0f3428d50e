package io.billingpilot.guide;

import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.Fingerprint;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's live panels without JavaScript, over plain HTTP against the in-process S3 server:
 * each form posts and the whole page comes back with the answer.
 */
class LiveBucketPagesTest {
    private static final LocalS3Server S3 = LocalS3Server.shared();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithS3(S3.settings());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void session(String bucket) {
        server.putJson("/api/v1/session", "{\"bucket\":\"" + bucket + "\",\"region\":\"us-east-1\"}");
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) {
        return server.postForm(path, fields, Map.of());
    }

    @Test
    void verify_posted_without_javascript_returns_the_step_with_the_checklist() {
        S3.createBucket("guide-pages-verify");
        S3.putPolicy("guide-pages-verify", Policies.prefixOnly("guide-pages-verify", "billing"));
        session("guide-pages-verify");
        HttpResponse<String> page = post(GuidePaths.VERIFY, Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().startsWith("<!DOCTYPE html>"), page.body());
        String policy = page.body().substring(page.body().indexOf("data-check=\"policy\""));
        assertTrue(policy.startsWith("data-check=\"policy\" data-status=\"fail\""), policy);
        assertTrue(policy.contains("data-code=\"put-object-prefix-only\""), policy);
    }

    @Test
    void without_credentials_verify_and_the_delivery_step_say_how_to_provide_them() {
        try (TestServer bare = TestServer.start()) {
            HttpResponse<String> noBucket = bare.send(HttpRequest.newBuilder(URI.create(bare.url(GuidePaths.DELIVERY_STATUS)))
                    .header("HX-Request", "true").GET());
            assertEquals(200, noBucket.statusCode(), noBucket.body());
            assertTrue(noBucket.body().contains("There is no bucket name yet"), noBucket.body());
            bare.putJson("/api/v1/session", "{\"bucket\":\"guide-pages-none\"}");
            String verify = bare.postForm(GuidePaths.VERIFY, Map.of(), Map.of("HX-Request", "true")).body();
            assertTrue(verify.contains("No AWS credentials found."), verify);
            assertTrue(verify.contains("scripts/run --profile NAME"), verify);
            String delivery = bare.get(Step.DELIVERY.path()).body();
            assertTrue(delivery.contains("The bucket could not be looked at"), delivery);
            assertTrue(delivery.contains("scripts/run --profile NAME"), delivery);
        }
    }

    @Test
    void the_bucket_is_created_only_after_the_confirmation_with_encryption_and_public_access_blocked() {
        server.putJson("/api/v1/session", "{\"situation\":\"new-bucket\"}");
        HttpResponse<String> saved = post(Step.BUCKET.path(),
                Map.of("bucket", "guide-pages-created", "region", "eu-west-1", "then", "create"));
        assertEquals(303, saved.statusCode());
        assertEquals("/step/bucket#panel-create-here", saved.headers().firstValue("Location").orElse(""));
        String confirm = server.get(Step.BUCKET.path()).body();
        assertTrue(confirm.contains("Yes, create guide-pages-created in eu-west-1"), confirm);
        assertFalse(bucketExists("guide-pages-created"), "showing the confirmation creates nothing");

        post(GuidePaths.CREATE_BUCKET, Map.of());
        assertFalse(bucketExists("guide-pages-created"), "a post without the confirmation creates nothing");

        HttpResponse<String> created = post(GuidePaths.CREATE_BUCKET, Map.of("confirm", "yes"));
        assertTrue(created.body().contains("Created guide-pages-created in eu-west-1."), created.body());
        assertEquals("eu-west-1", S3.admin().getBucketLocation(call -> call.bucket("guide-pages-created"))
                .locationConstraintAsString());
        assertEquals(ServerSideEncryption.AES256, S3.admin().getBucketEncryption(call -> call.bucket("guide-pages-created"))
                .serverSideEncryptionConfiguration().rules().get(0).applyServerSideEncryptionByDefault().sseAlgorithm());
        assertTrue(S3.admin().getPublicAccessBlock(call -> call.bucket("guide-pages-created"))
                .publicAccessBlockConfiguration().restrictPublicBuckets());
    }

    @Test
    void a_confirmation_for_a_policy_that_changed_since_is_refused_and_nothing_is_written() {
        S3.createBucket("guide-pages-apply");
        S3.putPolicy("guide-pages-apply", Policies.prefixOnly("guide-pages-apply", "billing"));
        String shown = Fingerprint.of(S3.policy("guide-pages-apply"));
        String changed = Policies.prefixOnly("guide-pages-apply", "other");
        S3.putPolicy("guide-pages-apply", changed);
        session("guide-pages-apply");

        HttpResponse<String> refused = post(GuidePaths.APPLY_POLICY_CONFIRM, Map.of("sha256", shown));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("The bucket policy changed after the diff was shown; nothing was written."),
                refused.body());
        assertTrue(refused.body().contains("value=\"" + Fingerprint.of(changed) + "\""), "the new diff can be confirmed");
        assertEquals(changed, S3.policy("guide-pages-apply"));
    }

    @Test
    void the_delivery_step_lists_an_arrived_file_and_stops_asking_again() {
        S3.createBucket("guide-pages-delivery");
        session("guide-pages-delivery");
        String fragment = server.send(HttpRequest.newBuilder(URI.create(server.url(GuidePaths.DELIVERY_STATUS)))
                .header("HX-Request", "true").GET()).body();
        assertTrue(fragment.startsWith("<div id=\"delivery-status\""), fragment);
        assertTrue(fragment.contains("hx-trigger=\"every 180s\""), fragment);

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        S3.put("guide-pages-delivery", "123456789012-aws-billing-csv-" + month + ".csv", "InvoiceID,PayerAccountId\n");
        String page = server.get(Step.DELIVERY.path()).body();
        assertTrue(page.contains("<code>123456789012-aws-billing-csv-" + month + ".csv</code>"), page);
        assertFalse(page.contains("hx-trigger=\"every 180s\""), page);
    }

    private static boolean bucketExists(String bucket) {
        return S3.admin().listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket));
    }
}
