package io.billingpilot.s3.actions;

import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Errors;
import io.billingpilot.s3.S3Failure;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates the report bucket the safe way: in the chosen region, SSE-S3 by default, all public
 * access blocked. An existing bucket is never touched.
 */
public final class BucketCreator {
    private final S3Access access;

    public BucketCreator(S3Access access) {
        this.access = access;
    }

    /**
     * What was done, step by step.
     *
     * @param created  the bucket was created now
     * @param warnings settings that could not be applied after the bucket was created
     */
    public record Created(BucketPlan plan, boolean created, List<String> done, List<String> warnings) {
    }

    /**
     * @throws ActionRefused when the name is taken or S3 refuses the region
     * @throws S3Failure     when it could not be tried (credentials, access, network)
     */
    public Created create(BucketPlan plan) {
        access.credentialsProblem().ifPresent(failure -> {
            throw failure;
        });
        S3Client s3 = access.client(plan.region());
        String server = access.settings().serverName();
        try {
            s3.createBucket(call -> {
                call.bucket(plan.bucket());
                // us-east-1 is the one region S3 wants without a location constraint.
                if (!plan.region().equals("us-east-1")) {
                    call.createBucketConfiguration(config -> config.locationConstraint(plan.region()));
                }
            });
        } catch (S3Exception e) {
            String code = S3Errors.code(e);
            if ("BucketAlreadyOwnedByYou".equals(code)) {
                return new Created(plan, false, List.of("the bucket '" + plan.bucket() + "' already exists and is "
                        + "yours: nothing was changed"), List.of());
            }
            if ("BucketAlreadyExists".equals(code) || e.statusCode() == 409) {
                throw new ActionRefused("The name '" + plan.bucket() + "' is taken: bucket names are shared by all "
                        + "AWS accounts.", "Choose another name, e.g. with your company or account id in it.");
            }
            S3Failure failure = S3Errors.map(e, "creating the bucket", server);
            if (failure.is(S3Failure.Kind.REFUSED)) {
                throw new ActionRefused(failure.getMessage(), "Check the bucket name and the region.");
            }
            throw failure;
        } catch (RuntimeException e) {
            throw S3Errors.map(e, "creating the bucket", server);
        }
        List<String> done = new ArrayList<>(List.of(plan.steps().get(0)));
        List<String> warnings = new ArrayList<>();
        step(done, warnings, plan.steps().get(1), server, () -> s3.putBucketEncryption(call -> call.bucket(plan.bucket())
                .serverSideEncryptionConfiguration(config -> config.rules(rule -> rule
                        .applyServerSideEncryptionByDefault(sse -> sse.sseAlgorithm(ServerSideEncryption.AES256))))));
        step(done, warnings, plan.steps().get(2), server, () -> s3.putPublicAccessBlock(call -> call.bucket(plan.bucket())
                .publicAccessBlockConfiguration(block -> block.blockPublicAcls(true).ignorePublicAcls(true)
                        .blockPublicPolicy(true).restrictPublicBuckets(true))));
        access.remember(plan.bucket(), plan.region());
        return new Created(plan, true, done, warnings);
    }

    /** A setting after creation: its failure is reported, not thrown, since the bucket exists by now. */
    private static void step(List<String> done, List<String> warnings, String what, String server, Runnable call) {
        try {
            call.run();
            done.add(what);
        } catch (RuntimeException e) {
            S3Failure failure = S3Errors.map(e, what, server);
            warnings.add("Could not " + what + ": " + failure.getMessage()
                    + (failure.is(S3Failure.Kind.NOT_IMPLEMENTED) ? "" : " Do it in the S3 console."));
        }
    }
}
