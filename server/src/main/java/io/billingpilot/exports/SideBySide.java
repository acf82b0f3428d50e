package io.billingpilot.exports;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * A call started on the shared executor that the waiting thread runs itself when no pool thread
 * has picked it up yet. Status requests nest calls (the AWS view asks two things at once while the
 * bucket is listed); with every pool thread waiting on queued work, a plain future would never
 * finish. This one cannot wait on work that has not started. Used by create-export's plan and
 * by the watching of exports.
 */
public final class SideBySide<T> {
    private final FutureTask<T> task;

    private SideBySide(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    public static <T> SideBySide<T> start(Supplier<T> work, Executor executor) {
        SideBySide<T> call = new SideBySide<>(work);
        try {
            executor.execute(call.task);
        } catch (RejectedExecutionException e) {
            // join() runs it on the caller's thread.
        }
        return call;
    }

    /** The result, running the work here if no other thread has started it; its exception passed on as it was. */
    public T join() {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a call", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
