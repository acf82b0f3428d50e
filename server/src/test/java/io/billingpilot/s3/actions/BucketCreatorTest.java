package io.billingpilot.s3.actions;

import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.support.LocalS3Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketCreatorTest {
    private final LocalS3Server s3 = LocalS3Server.shared();
    private S3Access access;

    @BeforeEach
    void setUp() {
        access = new S3Access(s3.settings());
    }

    @AfterEach
    void tearDown() {
        access.close();
    }

    @Test
    void a_new_bucket_gets_sse_s3_and_all_public_access_blocked_in_the_chosen_region() {
        BucketCreator.Created created = new BucketCreator(access).create(BucketPlan.parse("created-reports", "eu-west-2"));
        assertTrue(created.created());
        assertTrue(created.warnings().isEmpty(), created.warnings().toString());
        assertEquals("eu-west-2", s3.admin().getBucketLocation(call -> call.bucket("created-reports")).locationConstraintAsString());
        assertEquals(ServerSideEncryption.AES256, s3.admin().getBucketEncryption(call -> call.bucket("created-reports"))
                .serverSideEncryptionConfiguration().rules().get(0).applyServerSideEncryptionByDefault().sseAlgorithm());
        PublicAccessBlockConfiguration block = s3.admin().getPublicAccessBlock(call -> call.bucket("created-reports"))
                .publicAccessBlockConfiguration();
        assertTrue(block.blockPublicAcls() && block.ignorePublicAcls() && block.blockPublicPolicy()
                && block.restrictPublicBuckets());
    }

    @Test
    void a_name_that_is_taken_is_refused_and_the_existing_bucket_is_not_touched() {
        s3.admin().createBucket(call -> call.bucket("taken-reports"));
        ActionRefused refused = assertThrows(ActionRefused.class,
                () -> new BucketCreator(access).create(BucketPlan.parse("taken-reports", "us-east-1")));
        assertTrue(refused.getMessage().contains("taken"), refused.getMessage());
        assertEquals(404, assertThrows(software.amazon.awssdk.services.s3.model.S3Exception.class,
                () -> s3.admin().getBucketEncryption(call -> call.bucket("taken-reports"))).statusCode(),
                "no encryption was set on someone else's bucket");
    }

    @Test
    void a_plan_needs_a_valid_name_and_a_region() {
        assertThrows(io.billingpilot.core.InvalidInputException.class, () -> BucketPlan.parse("Bad_Name", "us-east-1"));
        assertThrows(io.billingpilot.core.InvalidInputException.class, () -> BucketPlan.parse("good-name", null));
    }
}
