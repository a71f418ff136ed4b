package io.interviewcoach.pipeline;

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
import io.smallrye.mutiny.Uni;

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

    /** Two analyzers' results of one window, the way a session combines its analyzer calls. */
    record Pair<A, B>(MediaWindow window, A first, B second) {}

    private <A, B> WindowPipeline<Pair<A, B>> pipeline(AnalyzerCall<A> a, AnalyzerCall<B> b, RunningStream stream) {
        return new WindowPipeline<>(w -> Uni.combine().all().unis(a.analyze(w, stream), b.analyze(w, stream))
                .with((x, y) -> new Pair<>(w, x, y)), pool);
    }

    private <A, B> List<Pair<A, B>> run(WindowPipeline<Pair<A, B>> pipeline, Multi<MediaWindow> windows,
            RunningStream stream) {
        return pipeline.process(windows, stream).collect().asList().await().atMost(Duration.ofSeconds(20));
    }

    @Test
    void analyzersOfAWindowRunConcurrentlyAndEachSeesWindowsInOrderOneAtATime() {
        CountDownLatch meet = new CountDownLatch(2);
        Recorder a = new Recorder(meet);
        Recorder b = new Recorder(meet);
        RunningStream stream = RunningStream.detached("test");
        List<Pair<Integer, Integer>> out = run(pipeline(new AnalyzerCall<>("a", a, pool, null),
                new AnalyzerCall<>("b", b, pool, null), stream), windows(30), stream);
        assertEquals(30, out.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(i, out.get(i).window().index());
            assertEquals(i, out.get(i).first());
            assertEquals(i, out.get(i).second());
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
        RunningStream stream = RunningStream.detached("test");
        AnalyzerCall<String> flakyCall = new AnalyzerCall<>("flaky", flaky, pool, null);
        AnalyzerCall<Integer> steady = new AnalyzerCall<>("steady", new Recorder(null), pool, null);
        List<Pair<String, Integer>> out = run(pipeline(flakyCall, steady, stream), windows(10), stream);
        assertEquals(10, out.size());
        assertNull(out.get(2).first());
        assertEquals("ok3", out.get(3).first());
        assertEquals(7, out.get(7).second());
        assertEquals(2, flakyCall.failures());
        assertEquals(0, steady.failures());
        assertEquals("flaky failed on 2 windows", flakyCall.problems());
    }

    @Test
    void anAnalyzerThatHangsMissesItsDeadlineAndIsNotEnteredAgainWhileTheOthersGoOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger entered = new AtomicInteger();
        StreamAnalyzer<Integer, Void> hangsOnWindow1 = new StreamAnalyzer<>() {
            @Override
            public Integer analyze(MediaWindow window) {
                entered.incrementAndGet();
                if (window.index() == 1) {
                    try {
                        release.await(30, TimeUnit.SECONDS); // a native call that does not come back
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return window.index();
            }

            @Override
            public Void finish() {
                return null;
            }
        };
        RunningStream stream = RunningStream.detached("test");
        AnalyzerCall<Integer> hanging = new AnalyzerCall<>("hanging", hangsOnWindow1, pool, Duration.ofMillis(200));
        Recorder other = new Recorder(null);
        AnalyzerCall<Integer> steady = new AnalyzerCall<>("steady", other, pool, Duration.ofMillis(200));
        try {
            List<Pair<Integer, Integer>> out = run(pipeline(hanging, steady, stream), windows(6), stream);
            assertEquals(6, out.size());
            assertEquals(0, out.get(0).first());
            for (int i = 1; i < 6; i++) {
                assertNull(out.get(i).first(), "window " + i + " had the hung analyzer's result");
                assertEquals(i, out.get(i).second(), "the other analyzer stalled on window " + i);
            }
            assertEquals(2, entered.get(), "the hung analyzer was entered again while still inside window 1");
            assertEquals(1, hanging.lateWindows());
            assertEquals(4, hanging.skippedWindows());
            assertEquals("hanging missed the deadline on 1 window, was still busy and skipped 4 windows",
                    hanging.problems());
        } finally {
            release.countDown();
        }
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
        AnalyzerCall<Integer> slowCall = new AnalyzerCall<>("slow", slow, pool, null);
        WindowPipeline<Integer> pipeline = new WindowPipeline<>(w -> slowCall.analyze(w, stream), pool);
        var result = pipeline.process(source, stream).collect().asList().subscribeAsCompletionStage();
        assertTrue(inWindow5.await(10, TimeUnit.SECONDS));
        stream.cancel();
        cancelled.countDown();
        List<Integer> out = result.get(10, TimeUnit.SECONDS);

        assertEquals(5, out.size(), "windows 0-4 complete; window 5 finished after cancellation and is dropped");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), seen, "no window after the one in flight reached the analyzer");
        assertEquals(1, finishedInside.get());
        assertTrue(pulled.get() < 20, "the source kept reading after cancellation: " + pulled.get() + " windows");
        assertEquals(0, slowCall.failures());
    }
}
