package io.interviewcoach.pose.tracking;

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
}
