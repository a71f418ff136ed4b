package io.interviewcoach.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void progressBarRedrawsInPlaceOnATerminalAndPrintsCoarseStepsOtherwise() {
        AtomicLong clock = new AtomicLong();
        StringWriter tty = new StringWriter();
        ProgressBar interactive = new ProgressBar(new PrintWriter(tty), true, ProgressBar.Unit.BYTES, clock::get);
        interactive.start("silero-vad", 2_000_000);
        for (long b = 1_000; b <= 2_000_000; b += 1_000) {
            clock.addAndGet(1_000_000); // 1 ms per kB: 1 MB/s
            interactive.advance(b);
        }
        interactive.finish(true);
        String drawn = tty.toString();
        long redraws = drawn.chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 19 && redraws <= 22, "about one redraw per 100 ms over 2 s, got " + redraws);
        assertTrue(drawn.contains("2.0 MB / 2.0 MB  100%  1.0 MB/s"), drawn);
        assertTrue(drawn.endsWith(System.lineSeparator()));

        StringWriter log = new StringWriter();
        ProgressBar plain = new ProgressBar(new PrintWriter(log), false, ProgressBar.Unit.BYTES, clock::get);
        plain.start("silero-vad", 2_000_000);
        for (long b = 0; b <= 2_000_000; b += 1_000) {
            plain.advance(b);
        }
        plain.finish(true);
        List<String> lines = log.toString().lines().toList();
        assertEquals(11, lines.size(), "a start line and one per tenth: " + lines);
        assertFalse(log.toString().contains("\r"));
        assertTrue(lines.get(10).contains("100%"), lines.get(10));
    }

    @Test
    void analysisProgressReadsInSecondsOfMediaAndRealTimeSpeed() {
        AtomicLong clock = new AtomicLong();
        StringWriter log = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(log), false, ProgressBar.Unit.MEDIA_MILLIS, clock::get);
        bar.start("d9.mp4", 20_000);
        for (long ms = 1_000; ms <= 20_000; ms += 1_000) {
            clock.addAndGet(250_000_000L); // a second of media every 0.25 s: 4x real time
            bar.advance(ms);
        }
        bar.finish(true);
        List<String> lines = log.toString().lines().toList();
        assertEquals("d9.mp4: analysing 20 s", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).contains("20 s / 20 s  100%  4.0x real time"), lines.toString());
    }
}
