package io.interviewcoach.smoothing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class OneEuroFilterTest {
    @Test
    void holdsAConstantSignal() {
        OneEuroFilter f = new OneEuroFilter(0.3, 20, 1);
        for (int i = 0; i < 50; i++) {
            assertEquals(5.0, f.filter(5.0, i * 0.1, 1), 1e-12);
        }
    }

    @Test
    void removesMostJitterOfAStillPoint() {
        OneEuroFilter f = new OneEuroFilter(0.3, 20, 1);
        Random random = new Random(7);
        double rawError = 0;
        double smoothError = 0;
        for (int i = 0; i < 200; i++) {
            double noise = random.nextGaussian() * 0.005;
            double out = f.filter(noise, i * 0.1, 1);
            if (i > 20) {
                rawError += noise * noise;
                smoothError += out * out;
            }
        }
        assertTrue(smoothError < 0.5 * rawError, "smoothed " + smoothError + " raw " + rawError);
    }

    @Test
    void followsAFastDeliberateMoveWithLittleLag() {
        OneEuroFilter f = new OneEuroFilter(0.3, 20, 1);
        double out = 0;
        for (int i = 0; i <= 10; i++) {
            out = f.filter(i * 0.1, i * 0.1, 1); // one unit per second, e.g. a hand crossing the ROI in a second
        }
        assertTrue(out > 0.8, "lagging at " + out);
    }

    @Test
    void restartsAfterReset() {
        OneEuroFilter f = new OneEuroFilter(0.3, 20, 1);
        f.filter(0, 0, 1);
        f.filter(0, 0.1, 1);
        f.reset();
        assertEquals(10.0, f.filter(10, 0.2, 1), 1e-12);
    }

    @Test
    void pointsOfOneVectorShareTheirSpeed() {
        OneEuroFilter f = new OneEuroFilter(0.3, 20, 1);
        float[] still = {1, 1, 1, 1};
        f.apply(0, still.clone(), 1);
        float[] moved = {1.02f, 1.02f, 1.02f, 1.02f};
        f.apply(0.1, moved, 1);
        assertTrue(moved[0] > 1.0 && moved[0] < 1.02, "smoothed but moving: " + moved[0]);
        assertEquals(moved[0], moved[3], 1e-6);
    }

    @Test
    void faceSettingsSmoothJitterButFollowLargeMoves() {
        OneEuroFilter filter = new OneEuroFilter(0.05, 20, 1.0);
        float[] still = {100f};
        filter.apply(0.0, still, 100);
        float[] jitter = {101f};
        filter.apply(0.1, jitter, 100);
        assertTrue(Math.abs(jitter[0] - 100f) < 0.5f, "1 px jitter mostly removed: " + jitter[0]);
        float[] jump = {150f};
        filter.apply(0.2, jump, 100);
        assertTrue(jump[0] > 140f, "a half-face move is followed: " + jump[0]);
    }
}
