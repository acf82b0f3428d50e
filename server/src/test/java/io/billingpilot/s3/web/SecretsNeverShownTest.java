package io.billingpilot.s3.web;

import io.billingpilot.s3.support.Cli;
import io.billingpilot.s3.support.DefaultChain;
import io.billingpilot.s3.support.FaultProxy;
import io.billingpilot.s3.support.FaultProxy.Action;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.s3.support.TestCredentials;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every S3 feature, in success and in failure, through the command line and the API, and
 * searches all they printed, answered and logged for the test secret key and session token.
 */
class SecretsNeverShownTest {
    private final LocalS3Server s3 = LocalS3Server.shared();
    private final List<String> outputs = new ArrayList<>();

    @Test
    void no_output_answer_page_or_log_line_carries_the_secret_key_or_the_session_token() {
        s3.createBucket("secrets-good");
        s3.putPolicy("secrets-good", Policies.legacy("secrets-good"));
        s3.createBucket("secrets-bare");
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try (FaultProxy proxy = new FaultProxy(s3.directEndpoint())) {
            commandLine(s3.endpoint().toString());
            faults(proxy);
            api();
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        outputs.add(logs.toString(StandardCharsets.UTF_8));

        String everything = String.join("\n", outputs);
        assertTrue(everything.contains("secrets-good") && everything.contains("\"checks\""),
                "the search covers real outputs");
        for (String secret : List.of(TestCredentials.SECRET_KEY, TestCredentials.SESSION_TOKEN)) {
            for (int start = 0; start + 12 <= secret.length(); start += 6) {
                String piece = secret.substring(start, start + 12);
                assertFalse(everything.contains(piece), "found a piece of a secret: " + piece);
            }
        }
    }

    private void commandLine(String endpoint) {
        try (DefaultChain ignored = DefaultChain.withTestKeys()) {
            for (String bucket : List.of("secrets-good", "secrets-bare", "secrets-missing")) {
                cli("verify", "--bucket", bucket, "--endpoint", endpoint);
                cli("verify", "--bucket", bucket, "--endpoint", endpoint, "--json");
                cli("status", "--bucket", bucket, "--endpoint", endpoint, "--json");
                cli("apply-policy", "--bucket", bucket, "--endpoint", endpoint);
            }
            cli("apply-policy", "--bucket", "secrets-bare", "--endpoint", endpoint, "--yes", "--expect-sha256", "0".repeat(64));
            cli("create-bucket", "--bucket", "secrets-new", "--region", "us-west-2", "--endpoint", endpoint, "--yes");
            cli("create-bucket", "--bucket", "secrets-new", "--region", "us-west-2", "--endpoint", endpoint, "--yes");
        }
    }

    private void faults(FaultProxy proxy) {
        String endpoint = proxy.endpoint().toString();
        try (DefaultChain ignored = DefaultChain.withTestKeys()) {
            for (Action fault : List.of(Action.error(403, "AccessDenied", Map.of()),
                    Action.error(301, "PermanentRedirect", Map.of("x-amz-bucket-region", "eu-west-3")),
                    Action.error(500, "InternalError", Map.of()), Action.error(503, "SlowDown", Map.of()),
                    Action.answer(400, Map.of(), "not xml at all"))) {
                proxy.rule(request -> fault);
                cli("verify", "--bucket", "secrets-good", "--endpoint", endpoint, "--json");
                cli("status", "--bucket", "secrets-good", "--endpoint", endpoint);
                cli("apply-policy", "--bucket", "secrets-good", "--endpoint", endpoint, "--yes");
            }
            cli("verify", "--bucket", "secrets-good", "--endpoint", "http://127.0.0.1:9");
        }
        try (DefaultChain ignored = DefaultChain.empty()) {
            cli("verify", "--bucket", "secrets-good", "--endpoint", endpoint);
        }
    }

    private void api() {
        try (TestServer server = TestServer.startWithS3(s3.settings())) {
            for (String path : List.of("/api/v1/verify?bucket=secrets-good", "/api/v1/verify?bucket=secrets-bare",
                    "/api/v1/status?bucket=secrets-good", "/api/v1/verify?bucket=Bad_Name",
                    "/api/v1/verify?bucket=secrets-good&endpoint=http://127.0.0.1:9", "/", "/no-such-page")) {
                outputs.add(server.get(path).body());
            }
            outputs.add(server.postJson("/api/v1/actions/apply-policy", "{\"bucket\":\"secrets-bare\"}").body());
            outputs.add(server.postJson("/api/v1/actions/apply-policy", "{\"bucket\":\"secrets-bare\",\"confirm\":true,"
                    + "\"expectedSha256\":\"" + "1".repeat(64) + "\"}").body());
            outputs.add(server.postJson("/api/v1/actions/create-bucket", "{\"bucket\":\"secrets-new\",\"region\":"
                    + "\"us-west-2\",\"confirm\":true}").body());
        }
    }

    private void cli(String... argv) {
        Cli.Run run = Cli.run(argv);
        outputs.add(run.out());
        outputs.add(run.err());
    }
}
