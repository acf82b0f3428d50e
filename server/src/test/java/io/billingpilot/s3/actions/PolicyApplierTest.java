package io.billingpilot.s3.actions;

import io.billingpilot.json.Json;
import io.billingpilot.policy.DiffLine;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.Fingerprint;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.s3.verify.BucketVerifier;
import io.billingpilot.s3.verify.CheckStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyApplierTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final LocalS3Server s3 = LocalS3Server.shared();
    private S3Access access;
    private PolicyApplier applier;
    private String bucket;
    private BucketRequest request;

    @BeforeEach
    void setUp() {
        access = new S3Access(s3.settings());
        applier = new PolicyApplier(access);
        bucket = "apply-" + NEXT.incrementAndGet();
        s3.createBucket(bucket);
        request = BucketRequest.parse(bucket, "dbr", null, null);
    }

    @AfterEach
    void tearDown() {
        access.close();
    }

    private boolean verifiedPolicyPasses() {
        return new BucketVerifier(access).verify(BucketRequest.parse(bucket, "dbr", null, null)).checklist().items()
                .stream().anyMatch(item -> item.id().equals("policy") && item.status() == CheckStatus.PASS);
    }

    @Test
    void the_preview_of_a_bucket_without_policy_adds_the_whole_policy_and_changes_nothing() {
        PolicyPreview preview = applier.preview(request);
        assertNull(preview.currentText());
        assertEquals(Fingerprint.NO_POLICY, preview.sha256());
        assertTrue(preview.changes());
        assertTrue(preview.diff().stream().allMatch(line -> line.kind() == DiffLine.Kind.ADDED));
        assertFalse(verifiedPolicyPasses(), "a preview writes nothing");
    }

    @Test
    void confirming_with_the_fingerprint_shown_writes_the_merged_policy_and_keeps_other_statements() {
        String existing = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"KeepMe\", \"Effect\": \"Allow\", "
                + "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"s3:GetObject\", "
                + "\"Resource\": \"arn:aws:s3:::" + bucket + "/*\"}]}";
        s3.putPolicy(bucket, existing);
        PolicyPreview preview = applier.preview(request);
        assertEquals(Fingerprint.of(existing), preview.sha256());
        assertTrue(preview.diff().stream().anyMatch(line -> line.kind() == DiffLine.Kind.ADDED));

        PolicyApplier.Applied applied = applier.apply(request, preview.sha256());
        assertTrue(applied.written());
        assertTrue(applied.analysis().deliverable(), applied.analysis().findings().toString());
        String written = s3.policy(bucket);
        assertTrue(written.contains("KeepMe"), written);
        assertEquals(Json.parse(preview.mergedText()), Json.parse(written));
        assertTrue(verifiedPolicyPasses());
    }

    @Test
    void a_policy_changed_after_the_diff_was_shown_is_not_overwritten() {
        s3.putPolicy(bucket, Policies.prefixOnly(bucket, "reports"));
        PolicyPreview shown = applier.preview(request);
        String meanwhile = Policies.prefixOnly(bucket, "other");
        s3.putPolicy(bucket, meanwhile);

        PolicyChanged refused = assertThrows(PolicyChanged.class, () -> applier.apply(request, shown.sha256()));
        assertEquals(meanwhile, s3.policy(bucket), "the policy written meanwhile is left exactly as it is");
        assertEquals(Fingerprint.of(meanwhile), refused.current().sha256());
        assertTrue(refused.current().diff().stream().anyMatch(line -> line.kind() == DiffLine.Kind.REMOVED
                && line.text().contains("/other/*")), "the new diff is against the new policy");

        PolicyApplier.Applied applied = applier.apply(request, refused.current().sha256());
        assertTrue(applied.written());
        assertTrue(verifiedPolicyPasses());
    }

    @Test
    void a_policy_that_already_has_the_statements_is_left_alone() {
        s3.putPolicy(bucket, Policies.legacy(bucket));
        PolicyPreview preview = applier.preview(request);
        assertFalse(preview.changes());
        String before = s3.policy(bucket);
        PolicyApplier.Applied applied = applier.apply(request, preview.sha256());
        assertFalse(applied.written());
        assertEquals(before, s3.policy(bucket), "byte for byte");
    }

    @Test
    void a_policy_that_is_not_json_is_refused_with_a_fix_and_not_replaced() {
        s3.putPolicy(bucket, "{not json");
        ActionRefused refused = assertThrows(ActionRefused.class, () -> applier.preview(request));
        assertTrue(refused.getMessage().contains("cannot be merged"), refused.getMessage());
        assertEquals("{not json", s3.policy(bucket));
    }
}
