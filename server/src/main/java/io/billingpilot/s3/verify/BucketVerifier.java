package io.billingpilot.s3.verify;

import io.billingpilot.s3.BucketLocation;
import io.billingpilot.s3.BucketLocator;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Errors;
import io.billingpilot.s3.S3Failure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Live checks of the bucket. The bucket lookup and the five setting checks are independent, so
 * they start together on the guessed region: a verify takes about as long as its slowest call.
 * When the lookup finds the bucket in another region, the checks run again there.
 */
public final class BucketVerifier {
    private static final List<BucketCheck> CHECKS = List.of(new PolicyCheck(), new EncryptionCheck(),
            new OwnershipCheck(), new PublicAccessCheck(), new VerificationObjectCheck());

    private final S3Access access;
    private final Executor executor;
    private final BucketLocator locator;

    public BucketVerifier(S3Access access) {
        this(access, access.executor());
    }

    /** With {@code Runnable::run} as executor every call runs after the other (used to measure the gain). */
    public BucketVerifier(S3Access access, Executor executor) {
        this.access = access;
        this.executor = executor;
        this.locator = new BucketLocator(access);
    }

    public VerifyResult verify(BucketRequest request) {
        Optional<S3Failure> noCredentials = access.credentialsProblem();
        if (noCredentials.isPresent()) {
            List<CheckItem> items = new ArrayList<>();
            items.add(ReachItems.noCredentials(noCredentials.get()));
            items.add(ReachItems.bucketSkipped());
            CHECKS.forEach(check -> items.add(CheckItem.skipped(check.id(), check.title(), "no AWS credentials.")));
            return new VerifyResult(request, null, new Checklist(items));
        }
        String guess = request.region() != null ? request.region() : access.firstGuess(request.bucket());
        CompletableFuture<BucketLocation> lookup = CompletableFuture.supplyAsync(
                () -> locator.locate(request.bucket(), guess), executor);
        List<CompletableFuture<CheckItem>> checks = start(request, guess);

        List<CheckItem> items = new ArrayList<>();
        items.add(ReachItems.credentialsFound(access.settings().profile()));
        BucketLocation location;
        try {
            location = await(lookup);
        } catch (S3Failure failure) {
            return unreachable(failure, request, guess, checks, items);
        }
        if (!location.region().equals(guess)) {
            checks.forEach(check -> check.cancel(true));
            checks = start(request, location.region());
        }
        items.add(ReachItems.found(location));
        for (int i = 0; i < CHECKS.size(); i++) {
            items.add(result(checks.get(i), CHECKS.get(i)));
        }
        return new VerifyResult(request, location.region(), new Checklist(items));
    }

    /**
     * The lookup failed. A 403 there may only mean the credentials lack s3:ListBucket: when the
     * other reads worked, their answers are kept.
     */
    private VerifyResult unreachable(S3Failure failure, BucketRequest request, String guess,
                                     List<CompletableFuture<CheckItem>> checks, List<CheckItem> items) {
        if (failure.is(S3Failure.Kind.ACCESS_DENIED)) {
            List<CheckItem> results = new ArrayList<>();
            for (int i = 0; i < CHECKS.size(); i++) {
                results.add(result(checks.get(i), CHECKS.get(i)));
            }
            if (results.stream().anyMatch(item -> item.status() != CheckStatus.UNKNOWN)) {
                items.add(ReachItems.lookupDenied());
                items.addAll(results);
                return new VerifyResult(request, guess, new Checklist(items));
            }
        }
        checks.forEach(check -> check.cancel(true));
        items.add(ReachItems.bucketFailure(failure, request.bucket(), guess));
        CHECKS.forEach(check -> items.add(CheckItem.skipped(check.id(), check.title(), "the bucket could not be reached.")));
        return new VerifyResult(request, null, new Checklist(items));
    }

    private List<CompletableFuture<CheckItem>> start(BucketRequest request, String region) {
        String server = access.settings().serverName();
        return CHECKS.stream().map(check -> CompletableFuture.supplyAsync(
                () -> check.run(access.client(region), request, server), executor)).toList();
    }

    private CheckItem result(CompletableFuture<CheckItem> future, BucketCheck check) {
        try {
            return await(future);
        } catch (RuntimeException e) {
            String server = access.settings().serverName();
            return Unknowns.from(S3Errors.map(e, "checking the bucket", server), check, server, "read this setting");
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        // Each call is bounded by the SDK's own timeouts; this only guards against a lost thread.
        Duration limit = access.settings().timeouts().apiCall().multipliedBy(2).plusSeconds(5);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new S3Failure(S3Failure.Kind.TIMEOUT, "No answer within " + limit.toSeconds() + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new S3Failure(S3Failure.Kind.TIMEOUT, "Interrupted while waiting for S3.");
        }
    }
}
