package io.billingpilot.s3.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.s3.Fingerprint;
import io.billingpilot.s3.support.FaultProxy;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API of the live checks and actions, on a real server talking to the in-process S3 server. */
class S3ApiTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
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

    private static String newBucket() {
        String bucket = "api-" + NEXT.incrementAndGet();
        S3.createBucket(bucket);
        return bucket;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    @Test
    void verify_answers_the_checklist_for_the_bucket_asked_for() {
        String bucket = newBucket();
        S3.putPolicy(bucket, Policies.legacy(bucket));
        HttpResponse<String> response = server.get("/api/v1/verify?bucket=" + bucket);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertTrue(body.get("ok").booleanValue(), response.body());
        assertEquals(7, body.get("checks").size());
        JsonNode policy = body.get("checks").get(2);
        assertEquals("policy", policy.get("id").textValue());
        assertEquals("pass", policy.get("status").textValue());
        assertTrue(policy.has("title") && policy.has("message") && policy.has("fix"));
    }

    @Test
    void verify_and_status_default_to_the_sessions_bucket() {
        String bucket = newBucket();
        server.putJson("/api/v1/session", "{\"bucket\":\"" + bucket + "\",\"account\":\"123456789012\"}");
        assertEquals(bucket, json(server.get("/api/v1/verify")).get("bucket").textValue());
        JsonNode status = json(server.get("/api/v1/status"));
        assertEquals(bucket, status.get("bucket").textValue());
        assertEquals("123456789012", status.get("sources").get(0).get("name").textValue());
        assertEquals("findings", status.get("outcome").textValue(), "nothing has arrived yet");
    }

    @Test
    void an_endpoint_or_profile_in_a_request_is_refused_and_nothing_is_sent_there() {
        try (FaultProxy elsewhere = new FaultProxy(S3.directEndpoint())) {
            HttpResponse<String> verify = server.get("/api/v1/verify?bucket=api-x&endpoint=" + elsewhere.endpoint());
            assertEquals(400, verify.statusCode(), verify.body());
            assertTrue(json(verify).get("error").textValue().contains("serve --endpoint"));
            HttpResponse<String> apply = server.postJson("/api/v1/actions/apply-policy",
                    "{\"bucket\":\"api-x\",\"profile\":\"admin\",\"confirm\":true}");
            assertEquals(400, apply.statusCode(), apply.body());
            assertTrue(elsewhere.seen().isEmpty(), "no signed request left for the other endpoint");
        }
    }

    @Test
    void bad_values_are_a_422_with_reasons() {
        HttpResponse<String> response = server.get("/api/v1/verify?bucket=Not_Valid");
        assertEquals(422, response.statusCode());
        assertTrue(json(response).get("reasons").size() >= 1);
    }

    @Test
    void create_bucket_needs_confirmation_and_a_cross_site_page_cannot_ask_for_it() {
        String body = "{\"bucket\":\"api-created\",\"region\":\"eu-west-1\"}";
        JsonNode plan = json(server.postJson("/api/v1/actions/create-bucket", body));
        assertFalse(plan.get("applied").booleanValue());
        assertEquals(3, plan.get("steps").size());
        HttpResponse<String> hostile = server.send(HttpRequest.newBuilder(URI.create(server.url(
                "/api/v1/actions/create-bucket"))).header("Content-Type", "application/json")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"bucket\":\"api-created\",\"region\":\"eu-west-1\",\"confirm\":true}")));
        assertEquals(403, hostile.statusCode());
        assertEquals("fail", json(server.get("/api/v1/verify?bucket=api-created")).get("checks").get(1)
                .get("status").textValue(), "neither the plan nor the refused request created the bucket");

        JsonNode created = json(server.postJson("/api/v1/actions/create-bucket",
                "{\"bucket\":\"api-created\",\"region\":\"eu-west-1\",\"confirm\":true}"));
        assertTrue(created.get("applied").booleanValue(), created.toString());
        assertEquals("eu-west-1", S3.admin().getBucketLocation(call -> call.bucket("api-created"))
                .locationConstraintAsString());
    }

    @Test
    void apply_policy_previews_then_applies_with_the_fingerprint_and_refuses_a_stale_one_with_409() {
        String bucket = newBucket();
        S3.putPolicy(bucket, Policies.prefixOnly(bucket, "reports"));
        String request = "{\"bucket\":\"" + bucket + "\"}";
        JsonNode preview = json(server.postJson("/api/v1/actions/apply-policy", request));
        assertFalse(preview.get("applied").booleanValue());
        assertTrue(preview.get("changes").booleanValue());
        assertEquals(Fingerprint.of(S3.policy(bucket)), preview.get("sha256").textValue());
        assertTrue(preview.get("diff").size() > 0);

        HttpResponse<String> missingSha = server.postJson("/api/v1/actions/apply-policy",
                "{\"bucket\":\"" + bucket + "\",\"confirm\":true}");
        assertEquals(422, missingSha.statusCode(), missingSha.body());

        String changed = Policies.prefixOnly(bucket, "other");
        S3.putPolicy(bucket, changed);
        HttpResponse<String> stale = server.postJson("/api/v1/actions/apply-policy", "{\"bucket\":\"" + bucket
                + "\",\"confirm\":true,\"expectedSha256\":\"" + preview.get("sha256").textValue() + "\"}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(changed, S3.policy(bucket));
        String fresh = json(stale).get("current").get("sha256").textValue();

        HttpResponse<String> applied = server.postJson("/api/v1/actions/apply-policy", "{\"bucket\":\"" + bucket
                + "\",\"confirm\":true,\"expectedSha256\":\"" + fresh + "\"}");
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(json(applied).get("applied").booleanValue());
        assertTrue(json(server.get("/api/v1/verify?bucket=" + bucket)).get("ok").booleanValue());
    }

    @Test
    void without_credentials_the_server_keeps_working_and_verify_says_how_to_provide_them() {
        try (TestServer bare = TestServer.startWithS3(S3.settings().withCredentials(() -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        }))) {
            JsonNode verify = json(bare.get("/api/v1/verify?bucket=api-none"));
            assertEquals("could-not-check", verify.get("outcome").textValue());
            assertTrue(verify.get("checks").get(0).get("message").textValue().contains("aws sso login"));
            HttpResponse<String> action = bare.postJson("/api/v1/actions/create-bucket",
                    "{\"bucket\":\"api-none\",\"region\":\"us-east-1\",\"confirm\":true}");
            assertEquals(200, action.statusCode());
            assertEquals("could-not-check", json(action).get("outcome").textValue());
            assertEquals(200, bare.get("/api/v1/session").statusCode());
            assertEquals(200, bare.get("/api/v1/policy?bucket=api-none").statusCode());
        }
    }
}
