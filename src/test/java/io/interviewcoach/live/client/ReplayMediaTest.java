package io.interviewcoach.live.client;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.testsupport.TestAssets;

/** d9.mp4 (512x480, 19.6 s, a very quiet audio track) decoded the way the live replay sends it. */
class ReplayMediaTest {
    @Test
    void d9BecomesDecodableJpegFramesAtTheRateAndWholeAudioChunksOfSpeech() {
        ReplayMedia media = ReplayMedia.decode(TestAssets.media("d9.mp4"), 10, 100);
        assertEquals(0, media.durationMs() % 100, "whole chunks, so a loop keeps audio and video aligned");
        assertEquals(19_600, media.durationMs(), 200);
        assertEquals(media.durationMs() / 100, media.audioChunks().size());
        int frames = media.frames().size();
        assertTrue(frames >= 190 && frames <= 197, "about 10 fps over 19.6 s: " + frames);
        for (int i = 1; i < frames; i++) {
            long step = media.frames().get(i).timeMs() - media.frames().get(i - 1).timeMs();
            assertTrue(step >= 50 && step <= 150, "frame " + i + " comes " + step + " ms after the previous one");
        }
        ReplayMedia.Frame first = media.frames().get(0);
        try (Mat decoded = imdecode(new Mat(first.jpeg()), IMREAD_COLOR)) {
            assertEquals(512, decoded.cols());
            assertEquals(480, decoded.rows());
        }
        assertTrue(first.jpeg().length > 5_000 && first.jpeg().length < 200_000, "a JPEG of quality 80: " + first.jpeg().length);
        assertEquals(3200, media.audioChunks().get(0).length, "100 ms of 16 kHz PCM16");
        float[] original = audio(TestAssets.media("d9.mp4"));
        byte[] pcm = media.audioChunks().stream().reduce(new byte[0], ReplayMediaTest::concat);
        ByteBuffer b = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double maxError = 0;
        for (float x : original) {
            maxError = Math.max(maxError, Math.abs(b.getShort() / 32767.0 - x));
        }
        assertTrue(maxError < 1e-4, "PCM16 keeps every sample to within its step: max error " + maxError);
        while (b.hasRemaining()) {
            assertEquals(0, b.getShort(), "padded with silence");
        }
        double rms = rms(pcm);
        assertTrue(rms > 1e-4, "d9's quiet track (-63 dB mean) is not replaced by silence: rms " + rms);
    }

    private static float[] audio(java.nio.file.Path file) {
        float[] all = new float[0];
        try (MediaReader reader = MediaReader.open(file, new ReadOptions(10, 1.0, false, true, 1280))) {
            for (var it = reader.windows(); it.hasNext();) {
                MediaWindow w = it.next();
                if (w.hasAudio()) {
                    float[] x = w.audio().samples();
                    int n = all.length;
                    all = java.util.Arrays.copyOf(all, n + x.length);
                    System.arraycopy(x, 0, all, n, x.length);
                }
            }
        }
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double rms(byte[] pcm16le) {
        ByteBuffer b = ByteBuffer.wrap(pcm16le).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int n = pcm16le.length / 2;
        for (int i = 0; i < n; i++) {
            double v = b.getShort() / 32768.0;
            sum += v * v;
        }
        return Math.sqrt(sum / n);
    }
}
