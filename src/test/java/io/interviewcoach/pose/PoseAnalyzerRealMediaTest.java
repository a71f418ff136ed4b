package io.interviewcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pose.landmark.BodyPoint;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.testsupport.TestAssets;

/**
 * The whole pose pipeline (face anchor, landmark model, tracking, measures) on real clips decoded once at
 * 10 fps. Assertions are geometric facts a broken pipeline (wrong channel order, layout, ROI maths, left/right
 * swap) fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoseAnalyzerRealMediaTest {
    private static final double GAP_START = 4.0;
    private static final double GAP_END = 5.0;

    private PoseModels models;
    private PoseClipRun s20;
    private PoseClipRun s20WithGap;
    private PoseClipRun d12;
    private PoseClipRun d9;
    private PoseClipRun d12WithFailure;

    @BeforeAll
    void analyseClips() {
        models = PoseModels.load(TestAssets.models(), PoseModels.Variant.LITE, 1);
        List<PoseClipRun> s20Runs = PoseClipRun.run(TestAssets.media("s20.mp4"),
                List.of(new PoseAnalyzer(models), new PoseAnalyzer(models)), List.of(w -> w, blackout(GAP_START, GAP_END)));
        s20 = s20Runs.get(0);
        s20WithGap = s20Runs.get(1);
        // A face detector that fails once: that frame is skipped and counted, the stream goes on.
        AtomicInteger calls = new AtomicInteger();
        PoseModels failingOnce = new PoseModels(models.landmarks(), (frame, bgr) -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("simulated detector failure");
            }
            return models.faceAnchors().find(frame, bgr);
        }, null);
        List<PoseClipRun> d12Runs = PoseClipRun.run(TestAssets.media("d12.mp4"),
                List.of(new PoseAnalyzer(models), new PoseAnalyzer(failingOnce)), List.of(w -> w, w -> w.index() < 2 ? w : null));
        d12 = d12Runs.get(0);
        d12WithFailure = d12Runs.get(1);
        // The first 8 s of d9 are enough for pose (the rest differs only in eye closures).
        d9 = PoseClipRun.run(TestAssets.media("d9.mp4"), List.of(new PoseAnalyzer(models)), List.of(w -> w.startSec() < 8 ? w : null)).get(0);
        for (var e : List.of(List.of("s20", s20), List.of("s20+gap", s20WithGap), List.of("d12", d12), List.of("d9", d9))) {
            PoseClipRun r = (PoseClipRun) e.get(1);
            System.out.printf(Locale.ROOT, "pose %s: tracked %.2f of %d frames; %s; events %s%n", e.get(0), r.trackedRatio(),
                    r.inputFrames, r.summary.metrics(), r.summary.events());
        }
    }

    @AfterAll
    void close() {
        if (models != null) {
            models.close();
        }
    }

    @Test
    void s20TracksShouldersAndBothWristsInMostFrames() {
        assertTrue(s20.trackedRatio() >= 0.95, "tracked " + s20.trackedRatio());
        long withArms = s20.frames().stream().filter(f -> visible(f, BodyPoint.LEFT_SHOULDER) && visible(f, BodyPoint.RIGHT_SHOULDER)
                && visible(f, BodyPoint.LEFT_WRIST) && visible(f, BodyPoint.RIGHT_WRIST)).count();
        assertTrue(withArms >= 0.9 * s20.inputFrames, withArms + " of " + s20.inputFrames);
        s20.frames().forEach(f -> assertUprightFrontalGeometry(f, "s20"));
        PostureMetrics m = s20.summary.metrics();
        assertTrue(m.handsVisibleRatio() >= 0.9, "hands visible " + m.handsVisibleRatio());
        assertNotNull(m.gestureScore());
        assertTrue(m.gestureScore() >= 60, "gesture " + m.gestureScore());
        // Her wrists hang below the shoulders, inside the torso's width: the gesture zone.
        double wristBelow = s20.frames().stream().mapToDouble(f -> y(f, BodyPoint.LEFT_WRIST) - y(f, BodyPoint.LEFT_SHOULDER)).average().orElseThrow();
        assertTrue(wristBelow > 0.3 * meanShoulderWidth(s20), "wrists " + wristBelow + " px below shoulders");
    }

    @Test
    void s20WristsMoveMoreThanD12Shoulders() {
        double wristStd = (std(s20, BodyPoint.LEFT_WRIST) + std(s20, BodyPoint.RIGHT_WRIST)) / 2 / meanShoulderWidth(s20);
        double shoulderStd = (std(s20, BodyPoint.LEFT_SHOULDER) + std(s20, BodyPoint.RIGHT_SHOULDER)) / 2 / meanShoulderWidth(s20);
        assertTrue(wristStd > 0.08, "s20 wrist std " + wristStd + " shoulder widths");
        assertTrue(wristStd > 1.5 * shoulderStd, "wrists " + wristStd + " vs shoulders " + shoulderStd);
    }

    @Test
    void d12TracksShouldersAtADesk() {
        assertTrue(d12.trackedRatio() >= 0.9, "tracked " + d12.trackedRatio());
        long shoulders = d12.frames().stream().filter(f -> visible(f, BodyPoint.LEFT_SHOULDER) && visible(f, BodyPoint.RIGHT_SHOULDER)).count();
        assertTrue(shoulders >= 0.9 * d12.inputFrames, shoulders + " of " + d12.inputFrames);
        d12.frames().forEach(f -> assertUprightFrontalGeometry(f, "d12"));
        PostureMetrics m = d12.summary.metrics();
        assertNotNull(m.shoulderAlignmentScore());
        assertTrue(Math.abs(m.shoulderTiltDeg()) < 6, "shoulder tilt " + m.shoulderTiltDeg());
        assertTrue(m.postureScore() >= 70, "posture " + m.postureScore());
    }

    @Test
    void d9CloseUpTracksThePersonWithShouldersBelowTheFace() {
        assertTrue(d9.trackedRatio() >= 0.9, "tracked " + d9.trackedRatio());
        for (PoseFrame f : d9.frames()) {
            double eyeY = (y(f, BodyPoint.LEFT_EYE) + y(f, BodyPoint.RIGHT_EYE)) / 2;
            double eyeDist = dist(f, BodyPoint.LEFT_EYE, BodyPoint.RIGHT_EYE);
            double faceToShoulders = (y(f, BodyPoint.LEFT_SHOULDER) + y(f, BodyPoint.RIGHT_SHOULDER)) / 2 - eyeY;
            assertTrue(faceToShoulders > 1.5 * eyeDist, "d9 at " + f.timeSec() + ": shoulders only " + faceToShoulders + " px below the eyes");
            assertTrue(x(f, BodyPoint.LEFT_SHOULDER) > x(f, BodyPoint.NOSE) && x(f, BodyPoint.RIGHT_SHOULDER) < x(f, BodyPoint.NOSE),
                    "d9 at " + f.timeSec() + ": shoulders on the wrong sides");
            double ratio = dist(f, BodyPoint.LEFT_SHOULDER, BodyPoint.RIGHT_SHOULDER) / eyeDist;
            assertTrue(ratio > 2.5 && ratio < 9, "d9 at " + f.timeSec() + ": shoulder width " + ratio + " eye distances");
        }
        PostureMetrics m = d9.summary.metrics();
        // The hands never enter this frame: nothing about gestures can be said.
        assertEquals(0.0, m.handsVisibleRatio());
        assertNull(m.gestureScore());
        // The shoulders are inside the frame only while the track settles (its first 0.2 s): no fidgeting figure.
        assertNull(m.fidgetingScore(), "fidgeting from the track's settling frames: " + m);
        assertTrue(Math.abs(m.headTiltDeg()) < 8, "head tilt " + m.headTiltDeg());
    }

    @Test
    void handsOutOfTheCloseUpAreReportedInvisibleNotMoving() {
        // In d9 the hands are below the frame: the model's wrist visibility says so, so their (guessed)
        // positions never count as visible hands or gestures, unlike s20's hands in front of her body.
        long d9Wrists = d9.frames().stream().filter(f -> visible(f, BodyPoint.LEFT_WRIST) || visible(f, BodyPoint.RIGHT_WRIST)).count();
        assertTrue(d9Wrists <= 0.05 * d9.frames().size(), d9Wrists + " d9 frames with a visible wrist");
        assertTrue(d9.windows.stream().noneMatch(w -> Boolean.TRUE.equals(w.gesturing())));
        assertTrue(s20.windows.stream().filter(w -> Boolean.TRUE.equals(w.gesturing())).count() >= 3, "s20 gesturing windows");
    }

    @Test
    void reacquiresThePersonAfterASecondOfBlackFrames() {
        List<PoseFrame> frames = s20WithGap.frames();
        assertTrue(frames.stream().noneMatch(f -> f.timeSec() >= GAP_START && f.timeSec() < GAP_END - 1e-6), "pose seen in black frames");
        double firstBack = frames.stream().mapToDouble(PoseFrame::timeSec).filter(t -> t >= GAP_END - 1e-6).min().orElseThrow();
        assertTrue(firstBack <= GAP_END + 0.3, "tracked again only at " + firstBack);
        long after = frames.stream().filter(f -> f.timeSec() >= GAP_END - 1e-6).count();
        long expectedAfter = s20.frames().stream().filter(f -> f.timeSec() >= GAP_END - 1e-6 && f.timeSec() < GAP_END + 2).count();
        assertTrue(after >= expectedAfter - 3, after + " frames after the gap vs " + expectedAfter);
        ReportEvent noPerson = s20WithGap.summary.events().stream().filter(e -> e.type() == EventType.NO_PERSON).findFirst().orElse(null);
        assertTrue(noPerson == null || noPerson.start() >= GAP_START - 0.05, "noPerson " + noPerson);
        assertEquals(0.0, s20WithGap.windows.get((int) GAP_START).visibleRatio());
        assertTrue(s20WithGap.windows.get((int) GAP_END).poseVisible());
    }

    @Test
    void aFailingFrameIsSkippedAndCountedNotFatal() {
        assertEquals(1, d12WithFailure.windows.get(0).skippedFrames());
        assertEquals(1, d12WithFailure.summary.metrics().skippedFrames());
        assertEquals(d12WithFailure.inputFrames - 1, d12WithFailure.frames().size());
        assertTrue(d12WithFailure.windows.get(0).poseVisible());
    }

    @Test
    void windowsCarryTimelineFields() {
        PoseWindow w = s20.windows.get(3);
        assertEquals(3, w.index());
        assertTrue(w.poseVisible());
        assertNotNull(w.postureScore());
        assertTrue(w.postureScore() >= 0 && w.postureScore() <= 100);
        assertNotNull(w.shoulderTiltDeg());
        assertEquals(Boolean.TRUE, w.handsVisible());
        assertEquals(0, w.skippedFrames());
    }

    private static void assertUprightFrontalGeometry(PoseFrame f, String clip) {
        String at = clip + " at " + f.timeSec();
        // BlazePose "left" is the person's left: on the image's right for someone facing the camera.
        assertTrue(x(f, BodyPoint.LEFT_SHOULDER) > x(f, BodyPoint.NOSE), at + ": left shoulder not right of the nose");
        assertTrue(x(f, BodyPoint.RIGHT_SHOULDER) < x(f, BodyPoint.NOSE), at + ": right shoulder not left of the nose");
        assertTrue(x(f, BodyPoint.LEFT_EYE) > x(f, BodyPoint.RIGHT_EYE), at + ": eyes swapped");
        double eyeY = (y(f, BodyPoint.LEFT_EYE) + y(f, BodyPoint.RIGHT_EYE)) / 2;
        assertTrue(y(f, BodyPoint.LEFT_SHOULDER) > eyeY && y(f, BodyPoint.RIGHT_SHOULDER) > eyeY, at + ": shoulders above the eyes");
        assertTrue(y(f, BodyPoint.NOSE) > eyeY, at + ": nose above the eyes");
        double ratio = dist(f, BodyPoint.LEFT_SHOULDER, BodyPoint.RIGHT_SHOULDER) / dist(f, BodyPoint.LEFT_EYE, BodyPoint.RIGHT_EYE);
        assertTrue(ratio > 2.5 && ratio < 9, at + ": shoulder width " + ratio + " eye distances");
    }

    private static UnaryOperator<MediaWindow> blackout(double from, double to) {
        return w -> {
            List<VideoFrame> frames = new ArrayList<>();
            if (w.startSec() >= to + 2) {
                return null; // enough to see the track come back
            }
            for (VideoFrame f : w.frames()) {
                boolean dark = f.timeSec() >= from - 1e-6 && f.timeSec() < to - 1e-6;
                frames.add(dark ? new VideoFrame(f.timeSec(), f.width(), f.height(), new byte[f.bgr().length]) : f);
            }
            return new MediaWindow(w.index(), w.startSec(), w.endSec(), frames, w.audio());
        };
    }

    private static double std(PoseClipRun run, int point) {
        double[] xs = run.frames().stream().mapToDouble(f -> x(f, point)).toArray();
        double[] ys = run.frames().stream().mapToDouble(f -> y(f, point)).toArray();
        return Math.sqrt(variance(xs) + variance(ys));
    }

    private static double variance(double[] v) {
        double mean = Arrays.stream(v).average().orElseThrow();
        return Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
    }

    private static double meanShoulderWidth(PoseClipRun run) {
        return run.frames().stream().mapToDouble(f -> dist(f, BodyPoint.LEFT_SHOULDER, BodyPoint.RIGHT_SHOULDER)).average().orElseThrow();
    }

    private static boolean visible(PoseFrame f, int point) {
        return f.visibility()[point] >= 0.5;
    }

    private static double x(PoseFrame f, int point) {
        return f.xy()[2 * point];
    }

    private static double y(PoseFrame f, int point) {
        return f.xy()[2 * point + 1];
    }

    private static double dist(PoseFrame f, int a, int b) {
        return Math.hypot(x(f, a) - x(f, b), y(f, a) - y(f, b));
    }
}
