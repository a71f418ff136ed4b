package io.interviewcoach.pose.landmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoiTest {
    private static double[] apply(double[] m, double u, double v) {
        return new double[] {m[0] * u + m[1] * v + m[2], m[3] * u + m[4] * v + m[5]};
    }

    @Test
    void uprightRoiMapsInputCornersToTheSquareAroundItsCentre() {
        double[] m = new Roi(300, 200, 512, 0).inputToFrame(256);
        assertArrayClose(new double[] {300, 200}, apply(m, 128, 128));
        assertArrayClose(new double[] {44, -56}, apply(m, 0, 0));
        assertArrayClose(new double[] {556, 456}, apply(m, 256, 256));
    }

    @Test
    void rotatedRoiPointsItsUpTowardsSinMinusCos() {
        // 90 degrees clockwise on screen: the model's "up" (top centre of the input) lies right of the centre.
        double[] m = new Roi(100, 100, 256, Math.PI / 2).inputToFrame(256);
        assertArrayClose(new double[] {228, 100}, apply(m, 128, 0));
        assertArrayClose(new double[] {100, 228}, apply(m, 256, 128));
    }

    @Test
    void rejectsDegenerateRois() {
        assertThrows(IllegalArgumentException.class, () -> new Roi(0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Roi(Double.NaN, 0, 10, 0));
    }

    @Test
    void decodesModelOutputThroughTheRoiWithSigmoidVisibility() {
        float[] raw = new float[39 * 5];
        raw[0] = 128;
        raw[1] = 64;
        raw[3] = 0; // visibility logit 0 -> 0.5
        raw[4] = 20;
        PoseLandmarks p = PoseLandmarkTranslator.toFrame(raw, 0.9f, new Roi(300, 200, 512, 0));
        assertEquals(300, p.get(0).x(), 1e-9);
        assertEquals(72, p.get(0).y(), 1e-9);
        assertEquals(0.5, p.get(0).visibility(), 1e-9);
        assertEquals(1.0, p.get(0).presence(), 1e-6);
        assertEquals(0.9, p.presenceScore(), 1e-6);
        assertEquals(BodyPoint.ALL_COUNT, p.points().size());
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9, "index " + i);
        }
    }
}
