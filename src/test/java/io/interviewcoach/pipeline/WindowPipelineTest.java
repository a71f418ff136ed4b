package io.interviewcoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.interviewcoach.media.MediaWindow;
import io.smallrye.mutiny.Multi;

class WindowPipelineTest {
    private final ExecutorService pool = WorkerThreads.inferencePool();

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    private static Multi<MediaWindow> windows(int n) {
        List<MediaWindow> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new MediaWindow(i, i, i + 1, List.of(), null));
        }
        return Multi.createFrom().iterable(list);
    }

    /** Records the order it saw windows in and whether it was ever entered twice at once. */
    static final class Recorder implements StreamAnalyzer<Integer, List<Integer>> {
        final List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;
        final CountDownLatch meet;

        Recorder(CountDownLatch meet) {
            this.meet = meet;
        }

        @Override
        public Integer analyze(MediaWindow window) {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                if (window.index() == 0 && meet != null) {
                    meet.countDown();
                    // both analyzers must be inside window 0 at the same time, or this times out
                    if (!meet.await(5, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("analyzers of one window did not run concurrently");
                    }
                }
                seen.add(window.index());
                return window.index();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public List<Integer> finish() {
            return seen;
        }
    }

    @Test
    void analyzersOfAWindowRunConcurrentlyAndEachSeesWindowsInOrderOneAtATime() {
        CountDownLatch meet = new CountDownLatch(2);
        Recorder a = new Recorder(meet);
        Recorder b = new Recorder(meet);
        WindowPipeline pipeline = new WindowPipeline(List.of(a, b), pool);
        List<WindowOutcome> out = pipeline.process(windows(30)).collect().asList().await().atMost(Duration.ofSeconds(20));
        assertEquals(30, out.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(i, out.get(i).window().index());
            assertEquals(List.of(i, i), out.get(i).results());
        }
        List<Integer> expected = java.util.stream.IntStream.range(0, 30).boxed().toList();
        assertEquals(expected, a.seen);
        assertEquals(expected, b.seen);
        assertTrue(!a.overlapped && !b.overlapped, "an analyzer was entered concurrently with itself");
    }

    @Test
    void aFailingWindowIsCountedAndTheStreamGoesOn() {
        StreamAnalyzer<String, Void> flaky = new StreamAnalyzer<>() {
            @Override
            public String analyze(MediaWindow window) {
                if (window.index() % 5 == 2) {
                    throw new IllegalArgumentException("bad frame");
                }
                return "ok" + window.index();
            }

            @Override
            public Void finish() {
                return null;
            }
        };
        WindowPipeline pipeline = new WindowPipeline(List.of(flaky, new Recorder(null)), pool);
        List<WindowOutcome> out = pipeline.process(windows(10)).collect().asList().await().atMost(Duration.ofSeconds(20));
        assertEquals(10, out.size());
        assertNull(out.get(2).results().get(0));
        assertEquals("ok3", out.get(3).results().get(0));
        assertEquals(7, out.get(7).results().get(1));
        assertArrayEquals(new int[] {2, 0}, pipeline.failures());
    }

    @Test
    void aCancelledStreamStopsItsSourceSkipsQueuedWindowsAndLetsTheRunningOneFinish() throws Exception {
        AtomicInteger pulled = new AtomicInteger();
        Multi<MediaWindow> source = Multi.createFrom().range(0, 1000)
                .map(i -> {
                    pulled.incrementAndGet();
                    return new MediaWindow(i, i, i + 1, List.of(), null);
                });
        RunningStream stream = RunningStream.detached("test");
        CountDownLatch inWindow5 = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger finishedInside = new AtomicInteger();
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        StreamAnalyzer<Integer, Void> slow = new StreamAnalyzer<>() {
            @Override
            public Integer analyze(MediaWindow window) {
                seen.add(window.index());
                if (window.index() == 5) {
                    inWindow5.countDown();
                    try {
                        // the window in flight when the stream is cancelled still runs to its end
                        cancelled.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    finishedInside.incrementAndGet();
                }
                return window.index();
            }

            @Override
            public Void finish() {
                return null;
            }
        };
        WindowPipeline pipeline = new WindowPipeline(List.of(slow), pool);
        var result = pipeline.process(source, stream).collect().asList().subscribeAsCompletionStage();
        assertTrue(inWindow5.await(10, TimeUnit.SECONDS));
        stream.cancel();
        cancelled.countDown();
        List<WindowOutcome> out = result.get(10, TimeUnit.SECONDS);

        assertEquals(5, out.size(), "windows 0-4 complete; window 5 finished after cancellation and is dropped");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), seen, "no window after the one in flight reached the analyzer");
        assertEquals(1, finishedInside.get());
        assertTrue(pulled.get() < 20, "the source kept reading after cancellation: " + pulled.get() + " windows");
        assertArrayEquals(new int[] {0}, pipeline.failures());
    }
}
