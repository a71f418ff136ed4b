package io.interviewcoach.pose.metrics;

import static io.interviewcoach.pose.landmark.BodyPoint.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.landmark.PoseLandmarks;
import io.interviewcoach.pose.landmark.Roi;
import io.interviewcoach.pose.tracking.TrackedPose;

/** Geometry of the frame measures on a hand-built upright skeleton (640x720 frame, shoulder width 200 px). */
class PoseMeasurerTest {
    private static final int W = 640;
    private static final int H = 720;

    /** Person facing the camera: their left is on the image's right. */
    private static List<Landmark> upright() {
        List<Landmark> p = new ArrayList<>();
        for (int i = 0; i < ALL_COUNT; i++) {
            p.add(new Landmark(320, 400, 0, 0.01, 0.01)); // invisible unless placed below
        }
        put(p, NOSE, 320, 200);
        put(p, LEFT_EYE, 340, 180);
        put(p, RIGHT_EYE, 300, 180);
        put(p, LEFT_EYE_OUTER, 350, 180);
        put(p, RIGHT_EYE_OUTER, 290, 180);
        put(p, LEFT_EAR, 370, 190);
        put(p, RIGHT_EAR, 270, 190);
        put(p, LEFT_SHOULDER, 420, 310);
        put(p, RIGHT_SHOULDER, 220, 310);
        put(p, LEFT_WRIST, 380, 480);
        put(p, RIGHT_WRIST, 260, 480);
        return p;
    }

    private static void put(List<Landmark> p, int i, double x, double y) {
        p.set(i, new Landmark(x, y, 0, 0.99, 0.99));
    }

    private static TrackedPose pose(double t, List<Landmark> points, boolean first) {
        return pose(t, points, points, first);
    }

    private static TrackedPose pose(double t, List<Landmark> raw, List<Landmark> smoothed, boolean first) {
        Roi roi = new Roi(320, 500, 900, 0);
        return new TrackedPose(t, new PoseLandmarks(raw, 0.99, roi), new PoseLandmarks(smoothed, 0.99, roi), first);
    }

    /** The measures of a track that has settled (0.5 s after its start) with these landmarks all along. */
    private static FrameMeasures settled(List<Landmark> points) {
        PoseMeasurer measurer = new PoseMeasurer(MeasureSettings.defaults());
        measurer.measure(pose(0, points, true), W, H);
        return measurer.measure(pose(0.5, points, false), W, H);
    }

    @Test
    void aNewTracksShouldersFeedNoMeasureUntilItSettles() {
        PoseMeasurer measurer = new PoseMeasurer(MeasureSettings.defaults());
        for (double t : new double[] {0, 0.1, 0.4}) {
            FrameMeasures m = measurer.measure(pose(t, upright(), t == 0), W, H);
            assertNull(m.shoulderTiltDeg(), "settling at " + t);
            assertNull(m.neckRatio());
            assertNull(m.jitter());
            assertEquals(0.0, m.headTiltDeg(), 1e-9, "the eyes still count");
        }
        assertEquals(0.0, measurer.measure(pose(0.5, upright(), false), W, H).shoulderTiltDeg(), 1e-9);
    }

    @Test
    void levelUprightPersonScoresFullMarks() {
        FrameMeasures m = settled(upright());
        assertEquals(0.0, m.shoulderTiltDeg(), 1e-9);
        assertEquals(0.0, m.headTiltDeg(), 1e-9);
        assertEquals(0.55, m.neckRatio(), 1e-9);
        assertEquals(0.0, m.headOffsetRatio(), 1e-9);
        assertNull(m.torsoLeanDeg());
        assertEquals(100.0, m.postureScore(), 1e-9);
        assertEquals(2, m.handsVisible());
        assertTrue(m.gestureZoneInFrame());
        assertFalse(m.gesturing(), "no motion");
        assertNull(m.handNearFace());
        assertEquals(0.0, m.jitter(), 1e-9, "raw = smoothed");
    }

    @Test
    void jitterWaitsHalfASecondAfterEachTrackStart() {
        List<Landmark> smoothed = upright();
        List<Landmark> raw = upright();
        put(raw, LEFT_SHOULDER, 430, 310); // 10 px off the smoothed position
        put(raw, RIGHT_SHOULDER, 220, 320);
        // RMS over nose, both shoulders, both wrists: sqrt((10² + 10²) / 5) / 200 px shoulder width
        double expected = Math.sqrt(200.0 / 5) / 200;
        PoseMeasurer measurer = new PoseMeasurer(MeasureSettings.defaults());
        for (int i = 0; i <= 12; i++) {
            double t = 2.0 + 0.1 * i;
            boolean start = i == 0 || i == 8;
            Double jitter = measurer.measure(pose(t, raw, smoothed, start), W, H).jitter();
            boolean settled = i >= 5 && i < 8 || i >= 13;
            if (settled) {
                assertEquals(expected, jitter, 1e-9, "settled at " + t);
            } else {
                assertNull(jitter, "settling at " + t);
            }
        }
        measurer.reset();
        assertNull(measurer.measure(pose(4, raw, smoothed, false), W, H).jitter(), "after a reset the next frame starts a track");
        assertEquals(expected, measurer.measure(pose(4.5, raw, smoothed, false), W, H).jitter(), 1e-9);
    }

    @Test
    void droppedLeftShoulderIsAPositiveTiltAndLowersTheScore() {
        List<Landmark> p = upright();
        double dy = 200 * Math.tan(Math.toRadians(10));
        put(p, LEFT_SHOULDER, 420, 310 + dy / 2);
        put(p, RIGHT_SHOULDER, 220, 310 - dy / 2);
        FrameMeasures m = settled(p);
        assertEquals(10.0, m.shoulderTiltDeg(), 1e-6);
        assertEquals(100.0 * (12 - 10) / (12 - 3), m.shoulderScore(), 1e-6);
    }

    @Test
    void sunkenHeadLowersTheHeadScore() {
        List<Landmark> p = upright();
        put(p, NOSE, 320, 270); // 40 px above the shoulder line: neck ratio 0.2
        FrameMeasures m = settled(p);
        assertEquals(0.2, m.neckRatio(), 1e-9);
        assertEquals(0.0, m.headScore(), 1e-9);
    }

    @Test
    void aWristMovingInFrontOfTheTorsoIsAGesture() {
        PoseMeasurer measurer = new PoseMeasurer(MeasureSettings.defaults());
        measurer.measure(pose(0, upright(), true), W, H);
        measurer.measure(pose(0.5, upright(), false), W, H);
        List<Landmark> moved = upright();
        put(moved, LEFT_WRIST, 340, 440); // 56 px in 0.1 s = 2.8 shoulder widths per second
        assertTrue(measurer.measure(pose(0.6, moved, false), W, H).gesturing());
        List<Landmark> still = new ArrayList<>(moved);
        assertFalse(measurer.measure(pose(0.7, still, false), W, H).gesturing());
    }

    @Test
    void aMovingHandOutsideTheZoneIsNotAGesture() {
        PoseMeasurer measurer = new PoseMeasurer(MeasureSettings.defaults());
        List<Landmark> a = upright();
        put(a, LEFT_WRIST, 600, 150); // raised beside the head, above the chin
        measurer.measure(pose(0, a, true), W, H);
        measurer.measure(pose(0.5, a, false), W, H);
        List<Landmark> b = upright();
        put(b, LEFT_WRIST, 600, 100);
        put(b, RIGHT_WRIST, 260, 480);
        assertFalse(measurer.measure(pose(0.6, b, false), W, H).gesturing());
    }

    @Test
    void aHandAtTheChinTouchesTheFace() {
        List<Landmark> p = upright();
        put(p, RIGHT_INDEX, 300, 240);
        FrameMeasures m = new PoseMeasurer(MeasureSettings.defaults()).measure(pose(0, p, true), W, H);
        assertEquals("right", m.handNearFace());
    }

    @Test
    void hiddenShouldersMakeShoulderMeasuresNull() {
        List<Landmark> p = upright();
        put(p, LEFT_SHOULDER, 420, H + 50); // below the frame
        PoseMeasurer measurer = new PoseMeasurer(MeasureSettings.defaults());
        measurer.measure(pose(0, upright(), true), W, H);
        FrameMeasures m = measurer.measure(pose(1, p, false), W, H); // a settled track: jitter would be measured
        assertNull(m.shoulderTiltDeg());
        assertNull(m.shoulderScore());
        assertNull(m.jitter());
        assertFalse(m.gesturing());
        assertEquals(100.0, m.postureScore(), 1e-9, "head roll still measured");
    }
}
