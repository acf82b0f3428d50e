package io.billingpilot.exports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(10)
class SideBySideTest {
    @Test
    void work_no_pool_thread_picked_up_runs_on_the_waiting_thread() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            SideBySide<String> call = SideBySide.start(() -> Thread.currentThread().getName(), pool);
            assertEquals(Thread.currentThread().getName(), call.join());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void work_on_the_pool_gives_its_result_and_its_exception_as_thrown() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertEquals(42, SideBySide.start(() -> 42, pool).join());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SideBySide.start(() -> {
                        throw new IllegalArgumentException("bad");
                    }, pool).join());
            assertEquals("bad", e.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}
