package io.billingpilot.s3.status;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for a listing that ran on the executor, passing its own exception on unwrapped. */
final class Futures {
    private Futures() {
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
