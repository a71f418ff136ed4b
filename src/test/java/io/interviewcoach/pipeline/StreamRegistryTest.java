package io.interviewcoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class StreamRegistryTest {
    @Test
    void stopCancelsRunningStreamsAndWaitsUntilTheyClose() throws Exception {
        StreamRegistry registry = new StreamRegistry();
        RunningStream stream = registry.open("session 1");
        Thread worker = new Thread(() -> {
            while (!stream.cancelled()) {
                Thread.onSpinWait();
            }
            sleep(200); // the window in flight finishes
            stream.close();
        });
        worker.start();
        long t0 = System.nanoTime();
        assertTrue(registry.stop(Duration.ofSeconds(5)));
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waitedMs >= 150, "stop returned before the stream closed: " + waitedMs + " ms");
        assertTrue(registry.idle());
        worker.join();
    }

    @Test
    void stopGivesUpAfterTheBoundAndTheRegistryStaysBusy() {
        StreamRegistry registry = new StreamRegistry();
        RunningStream stuck = registry.open("stuck");
        long t0 = System.nanoTime();
        assertFalse(registry.stop(Duration.ofMillis(300)));
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waitedMs >= 250 && waitedMs < 3000, "waited " + waitedMs + " ms");
        assertTrue(stuck.cancelled());
        assertFalse(registry.idle(), "models must not be released while a stream still runs");
        stuck.close();
        assertTrue(registry.idle());
    }

    @Test
    void noStreamStartsOnceStopping() {
        StreamRegistry registry = new StreamRegistry();
        registry.cancelAll();
        assertThrows(StreamRegistry.ShuttingDownException.class, () -> registry.open("late"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
