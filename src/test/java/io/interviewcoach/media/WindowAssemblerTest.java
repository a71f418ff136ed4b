package io.interviewcoach.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowAssemblerTest {
    private static final int SR = AudioChunk.SAMPLE_RATE;

    private static VideoFrame frame(double t) {
        return new VideoFrame(t, 2, 2, new byte[12]);
    }

    private static float[] ramp(int n) {
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = i / (float) n;
        }
        return s;
    }

    /** 3.5 s of media: 10 fps video and audio, fed in the given audio packet size, video interleaved. */
    private static List<MediaWindow> assemble(int audioPacket) {
        WindowAssembler a = new WindowAssembler(1.0, true, true);
        float[] audio = ramp((int) (3.5 * SR));
        List<MediaWindow> out = new ArrayList<>();
        int sent = 0;
        for (int f = 0; f < 35; f++) {
            double t = f / 10.0;
            a.addFrame(frame(t));
            while (sent < audio.length && sent < (t + 0.1) * SR) {
                int n = Math.min(audioPacket, audio.length - sent);
                a.addAudio(audio, sent, n);
                sent += n;
            }
            out.addAll(a.drainReady());
        }
        out.addAll(a.flush());
        return out;
    }

    @Test
    void theSameMediaGivesTheSameWindowsHoweverItArrives() {
        List<MediaWindow> file = assemble(1024);
        List<MediaWindow> live = assemble(333);
        assertEquals(4, file.size());
        assertEquals(file.size(), live.size());
        for (int i = 0; i < file.size(); i++) {
            MediaWindow f = file.get(i);
            MediaWindow l = live.get(i);
            assertEquals(i, f.index());
            assertEquals(f.startSec(), l.startSec());
            assertEquals(f.endSec(), l.endSec(), 1e-9);
            assertEquals(f.frames().stream().map(VideoFrame::timeSec).toList(), l.frames().stream().map(VideoFrame::timeSec).toList());
            assertArrayEquals(f.audio().samples(), l.audio().samples());
        }
        assertEquals(10, file.get(0).frames().size());
        assertEquals(SR, file.get(0).audio().samples().length);
        assertEquals(3.5, file.get(3).endSec(), 1e-9);
        assertEquals(SR / 2, file.get(3).audio().samples().length);
    }

    @Test
    void aGapInALiveStreamStillYieldsEveryWindowInOrder() {
        WindowAssembler a = new WindowAssembler(1.0, true, false);
        a.addFrame(frame(0.2));
        a.addFrame(frame(3.4));
        List<MediaWindow> out = new ArrayList<>(a.drainReady());
        out.addAll(a.flush());
        assertEquals(List.of(0, 1, 2, 3), out.stream().map(MediaWindow::index).toList());
        assertTrue(out.get(1).frames().isEmpty() && out.get(2).frames().isEmpty());
    }

    @Test
    void lateFramesOfAnEmittedWindowAreDropped() {
        WindowAssembler a = new WindowAssembler(1.0, true, false);
        a.addFrame(frame(0.5));
        a.addFrame(frame(1.5));
        assertEquals(1, a.drainReady().size());
        a.addFrame(frame(0.9));
        List<MediaWindow> rest = a.flush();
        assertEquals(1, rest.size());
        assertEquals(1, rest.get(0).frames().size());
    }
}
