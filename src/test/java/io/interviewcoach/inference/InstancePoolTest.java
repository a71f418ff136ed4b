package io.interviewcoach.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class InstancePoolTest {
    @Test
    void closeNeverFreesAnInstanceInUse() throws Exception {
        InstancePool<String> pool = new InstancePool<>("model", List.of("a", "b"));
        List<String> freed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread user = new Thread(() -> pool.use(instance -> {
            inside.countDown();
            await(release);
            return instance;
        }));
        user.start();
        assertTrue(inside.await(5, TimeUnit.SECONDS));

        assertFalse(pool.close(freed::add), "one instance was still inside an inference");
        assertEquals(1, freed.size(), "only the idle instance is freed");
        assertThrows(IllegalStateException.class, () -> pool.use(i -> i), "a closed pool hands nothing out");
        release.countDown();
        user.join();
        assertEquals(1, freed.size(), "the instance that was in use is left alone, not freed late");
    }

    @Test
    void closeWaitsBrieflyForAnInstanceToComeBack() throws Exception {
        InstancePool<String> pool = new InstancePool<>("model", List.of("a"));
        List<String> freed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch inside = new CountDownLatch(1);
        Thread user = new Thread(() -> pool.use(instance -> {
            inside.countDown();
            sleep(100);
            return instance;
        }));
        user.start();
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        assertTrue(pool.close(freed::add));
        assertEquals(List.of("a"), freed);
        user.join();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
