package io.interviewcoach.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignalMeterTest {
    private static float[] sine(double amplitude, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        }
        return x;
    }

    @Test
    void loudestWindowIsItsRmsLevel() {
        SignalMeter m = new SignalMeter();
        m.accept(sine(0.001, 16000)); // -63 dBFS RMS
        m.accept(sine(0.1, 16000)); // -23 dBFS RMS
        m.accept(new float[] {Float.NaN, Float.POSITIVE_INFINITY});
        SignalLevel level = m.level(-60);
        assertEquals(20 * Math.log10(0.1 / Math.sqrt(2)), level.loudestWindowDb(), 0.01);
        assertTrue(level.aboveNoiseFloor());
    }

    @Test
    void zerosAreDigitalSilenceAndQuietHissIsBelowTheFloor() {
        SignalMeter zeros = new SignalMeter();
        zeros.accept(new float[16000]);
        assertTrue(zeros.level(-60).digitalSilence());
        assertFalse(zeros.level(-60).aboveNoiseFloor());
        SignalMeter hiss = new SignalMeter();
        hiss.accept(sine(0.001, 16000));
        assertFalse(hiss.level(-60).aboveNoiseFloor());
        assertFalse(hiss.level(-60).digitalSilence());
        assertNull(new SignalMeter().level(-60), "no audio: no level");
    }
}
