package io.interviewcoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.interviewcoach.media.FrameFeed;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;

/** Frames handed to an analyzer ahead of their window: same results, frames in time order, never concurrently. */
class FramesAheadTest {
    private final ExecutorService pool = WorkerThreads.inferencePool();

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    /** A stateful per-frame step (a running count, like a tracker) and a per-window sum of its results. */
    static final class Counting implements StreamAnalyzer<List<Integer>, Void> {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;
        private final FrameResults<Integer> steps = new FrameResults<>(this::step);
        private int count;

        private Integer step(VideoFrame f) {
            calls.add("step " + f.timeSec());
            return ++count;
        }

        @Override
        public void prepare(VideoFrame frame) {
            enter();
            try {
                steps.prepare(frame);
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public List<Integer> analyze(MediaWindow window) {
            enter();
            try {
                calls.add("window " + window.index());
                List<Integer> out = new ArrayList<>();
                window.frames().forEach(f -> out.add(steps.take(f)));
                steps.forgetBefore(window.endSec());
                return out;
            } finally {
                inside.decrementAndGet();
            }
        }

        private void enter() {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
        }

        @Override
        public Void finish() {
            return null;
        }
    }

    private static VideoFrame frame(double t) {
        return new VideoFrame(t, 1, 1, new byte[3]);
    }

    private static List<MediaWindow> windows(int n, int framesPerWindow) {
        List<MediaWindow> out = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            List<VideoFrame> frames = new ArrayList<>();
            for (int i = 0; i < framesPerWindow; i++) {
                frames.add(frame(w + i / (double) framesPerWindow));
            }
            out.add(new MediaWindow(w, w, w + 1, frames, null));
        }
        return out;
    }

    private List<List<Integer>> analyse(Counting analyzer, List<MediaWindow> windows, boolean ahead) {
        RunningStream stream = RunningStream.detached("test");
        AnalyzerCall<List<Integer>> call = new AnalyzerCall<>("counting", analyzer, pool, null);
        List<List<Integer>> out = new ArrayList<>();
        for (MediaWindow w : windows) {
            if (ahead) {
                w.frames().forEach(f -> call.prepare(f, stream));
            }
        }
        for (MediaWindow w : windows) {
            out.add(call.analyze(w, stream).await().atMost(Duration.ofSeconds(10)));
        }
        return out;
    }

    @Test
    void framesPreparedAheadGiveTheSameResultsInTheSameOrder() {
        List<MediaWindow> windows = windows(4, 5);
        Counting inline = new Counting();
        Counting ahead = new Counting();

        List<List<Integer>> expected = analyse(inline, windows, false);
        List<List<Integer>> actual = analyse(ahead, windows, true);

        assertEquals(List.of(List.of(1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10), List.of(11, 12, 13, 14, 15),
                List.of(16, 17, 18, 19, 20)), expected);
        assertEquals(expected, actual);
        // every frame stepped before any window: the windows only collected what was ready
        assertEquals("window 0", ahead.calls.get(20));
        assertEquals(24, ahead.calls.size());
        assertFalse(ahead.overlapped);
    }

    @Test
    void aFeedHandsOverEarlyFramesInOrderThenNewOnesAsTheyCome() {
        FrameFeed feed = new FrameFeed();
        List<Double> got = new ArrayList<>();
        feed.publish(frame(0.0));
        feed.publish(frame(0.1));
        feed.listen(f -> got.add(f.timeSec()));
        feed.publish(frame(0.2));
        feed.close();
        feed.publish(frame(0.3));

        assertEquals(List.of(0.0, 0.1, 0.2), got);
    }

    @Test
    void aFeedNobodyListensToKeepsABoundedNumberOfFrames() {
        FrameFeed feed = new FrameFeed();
        for (int i = 0; i < 100; i++) {
            feed.publish(frame(i / 10.0));
        }
        List<Double> got = new ArrayList<>();
        feed.listen(f -> got.add(f.timeSec()));

        assertEquals(48, got.size());
        assertEquals(5.2, got.get(0), 1e-9);
        assertEquals(9.9, got.get(47), 1e-9);
    }
}
