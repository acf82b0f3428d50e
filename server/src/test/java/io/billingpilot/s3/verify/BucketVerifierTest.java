package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketVerifierTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static LocalS3Server s3;
    private S3Access access;
    private String bucket;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3Server.shared();
    }


    @BeforeEach
    void setUp() {
        access = new S3Access(s3.settings());
        bucket = "billing-reports-" + NEXT.incrementAndGet();
    }

    @AfterEach
    void tearDown() {
        access.close();
    }

    private VerifyResult verify(String report, String account) {
        return new BucketVerifier(access).verify(BucketRequest.parse(bucket, report, account, null));
    }

    private VerifyResult verify() {
        return verify("dbr", null);
    }

    private static CheckItem item(VerifyResult result, String id) {
        return result.checklist().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_missing_bucket_fails_with_a_fix_that_creates_it_and_skips_the_other_checks() {
        VerifyResult result = verify();
        CheckItem item = item(result, "bucket");
        assertEquals(CheckStatus.FAIL, item.status());
        assertTrue(item.message().contains("no bucket named '" + bucket + "'"), item.message());
        assertTrue(item.fix().contains("create-bucket --bucket " + bucket), item.fix());
        assertEquals(Outcome.FINDINGS, result.outcome());
        assertEquals(CheckStatus.UNKNOWN, item(result, "policy").status());
        assertTrue(item(result, "policy").message().startsWith("Not checked"));
    }

    @Test
    void a_bucket_without_policy_fails_and_the_fix_is_the_generated_policy() {
        s3.createBucket(bucket);
        VerifyResult result = verify();
        CheckItem policy = item(result, "policy");
        assertEquals(CheckStatus.FAIL, policy.status());
        assertTrue(policy.message().contains("no policy"), policy.message());
        assertTrue(policy.fix().contains("\"Stmt1335892526596\"") && policy.fix().contains("arn:aws:s3:::" + bucket + "/*"),
                policy.fix());
        assertEquals(Outcome.FINDINGS, result.outcome());
        assertTrue(result.findings().stream().anyMatch(f -> f.code().equals("policy") && f.isError()));
    }

    @Test
    void a_good_policy_on_a_well_set_bucket_passes_everything_the_server_implements() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        s3.put(bucket, "aws-programmatic-access-test-object", "");
        VerifyResult result = verify();
        assertEquals(Outcome.FINE, result.outcome(), result.json().toString());
        for (String id : List.of("credentials", "bucket", "policy", "encryption", "public-access", "verification-object")) {
            assertEquals(CheckStatus.PASS, item(result, id).status(), id + ": " + item(result, id).message());
        }
        assertEquals("us-east-1", result.region());
    }

    @Test
    void ownership_controls_answered_with_501_are_unknown_and_never_a_failure() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        CheckItem ownership = item(verify(), "ownership");
        assertEquals(CheckStatus.UNKNOWN, ownership.status());
        assertTrue(ownership.message().contains("does not implement"), ownership.message());
        assertFalse(ownership.blocksChecking());
    }

    @Test
    void a_policy_for_another_bucket_fails_with_the_policy_engines_findings() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.forOtherBucket("some-other-bucket"));
        VerifyResult result = verify();
        CheckItem policy = item(result, "policy");
        assertEquals(CheckStatus.FAIL, policy.status());
        assertFalse(policy.details().isEmpty());
        assertTrue(policy.fix().contains("apply-policy --bucket " + bucket), policy.fix());
        assertTrue(result.findings().stream().anyMatch(f -> f.isError() && !f.code().equals("policy")),
                "the contract's findings carry the engine's own codes: " + result.findings());
    }

    @Test
    void a_grant_limited_to_a_prefix_fails_because_aws_writes_its_test_object_at_the_root() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.prefixOnly(bucket, "reports"));
        CheckItem policy = item(verify(), "policy");
        assertEquals(CheckStatus.FAIL, policy.status());
        assertTrue(policy.details().stream().anyMatch(f -> f.message().contains("aws-programmatic-access-test-object")
                || f.fix().contains("/*")), policy.details().toString());
    }

    @Test
    void kms_default_encryption_is_a_warning_that_says_how_to_switch_to_sse_s3() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        s3.admin().putBucketEncryption(call -> call.bucket(bucket).serverSideEncryptionConfiguration(config -> config
                .rules(rule -> rule.applyServerSideEncryptionByDefault(sse -> sse.sseAlgorithm(ServerSideEncryption.AWS_KMS)
                        .kmsMasterKeyID("arn:aws:kms:us-east-1:123456789012:key/abc")))));
        VerifyResult result = verify();
        CheckItem encryption = item(result, "encryption");
        assertEquals(CheckStatus.WARNING, encryption.status());
        assertTrue(encryption.message().contains("aws:kms"), encryption.message());
        assertTrue(encryption.fix().contains("AES256") && encryption.fix().contains("SSE-S3"), encryption.fix());
        assertEquals(Outcome.FINE, result.outcome(), "a warning alone does not fail the verify");
    }

    @Test
    void an_open_public_access_block_is_a_warning_naming_the_settings_that_are_off() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        s3.admin().putPublicAccessBlock(call -> call.bucket(bucket).publicAccessBlockConfiguration(block -> block
                .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(false).restrictPublicBuckets(false)));
        CheckItem item = item(verify(), "public-access");
        assertEquals(CheckStatus.WARNING, item.status());
        assertTrue(item.message().contains("BlockPublicPolicy, RestrictPublicBuckets"), item.message());
    }

    @Test
    void a_missing_verification_object_is_unknown_with_the_console_step_as_fix() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        CheckItem item = item(verify(), "verification-object");
        assertEquals(CheckStatus.UNKNOWN, item.status());
        assertTrue(item.fix().contains("Verify"), item.fix());
        assertFalse(item.blocksChecking());
    }

    @Test
    void a_service_principal_report_is_checked_against_its_own_writer() {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        CheckItem policy = item(verify("data-exports", "123456789012"), "policy");
        assertEquals(CheckStatus.FAIL, policy.status(), "the legacy policy does not let bcm-data-exports write");
    }

    @Test
    void the_checklist_json_has_the_contract_fields_and_one_entry_per_check() {
        s3.createBucket(bucket);
        var json = verify().json();
        assertEquals(false, json.get("ok"));
        assertNotNull(json.get("findings"));
        assertEquals(7, ((List<?>) json.get("checks")).size());
    }
}
