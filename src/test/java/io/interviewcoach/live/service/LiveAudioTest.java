package io.interviewcoach.live.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.interviewcoach.live.client.ClientMedia;
import io.interviewcoach.live.protocol.ProtocolException;

/** 48 kHz microphone audio becomes 16 kHz: speech-band tones pass, tones above 8 kHz do not fold back. */
class LiveAudioTest {
    private static final int SECONDS = 2;

    @Test
    void a48kHzStreamBecomes16kHzKeepingSpeechAndRemovingWhatWouldAlias() {
        double level = 0.5 * Math.sqrt(0.5);
        assertEquals(level, rmsAt16k(1000), 0.01 * level, "a 1 kHz tone keeps its level");
        assertEquals(level, rmsAt16k(3000), 0.02 * level, "3 kHz passes");
        assertTrue(rmsAt16k(11_000) < 0.02, "11 kHz (would alias to 5 kHz) is removed: " + rmsAt16k(11_000));
    }

    @Test
    void samplesArriveInChunksOfAnySizeAndCountOneThird() {
        LiveAudio audio = new LiveAudio();
        int total = 0;
        for (int chunk : new int[] {4800, 1000, 7, 2401, 4800}) {
            total += audio.accept(new byte[chunk * 2], 48_000).length;
        }
        int input = 4800 + 1000 + 7 + 2401 + 4800;
        assertTrue(Math.abs(total - input / 3) <= 12, total + " of " + input / 3);
    }

    @Test
    void aSecondRateInTheSameSessionIsRefused() {
        LiveAudio audio = new LiveAudio();
        audio.accept(new byte[320], 16_000);
        ProtocolException e = assertThrows(ProtocolException.class, () -> audio.accept(new byte[960], 48_000));
        assertEquals("audioSampleRates", e.limit());
    }

    private static double rmsAt16k(double hz) {
        float[] wide = new float[48_000 * SECONDS];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / 48_000));
        }
        LiveAudio audio = new LiveAudio();
        float[] out = new float[0];
        for (int from = 0; from < wide.length; from += 4800) {
            float[] part = audio.accept(ClientMedia.pcm16(wide, from, from + 4800), 48_000);
            float[] joined = java.util.Arrays.copyOf(out, out.length + part.length);
            System.arraycopy(part, 0, joined, out.length, part.length);
            out = joined;
        }
        double sum = 0;
        int n = 0;
        for (int i = 1000; i < out.length - 1000; i++) {
            sum += out[i] * out[i];
            n++;
        }
        return Math.sqrt(sum / n);
    }
}
