package io.interviewcoach.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.interviewcoach.face.FaceTestMedia;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pose.PoseAnalyzer;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.pose.landmark.BodyPoint;
import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.metrics.MeasureSettings;
import io.interviewcoach.pose.metrics.PoseMeasurer;
import io.interviewcoach.pose.tracking.TrackedPose;
import io.interviewcoach.testsupport.TestAssets;

/**
 * The Java pose pipeline (lite model, face-anchored region, tracking) against MediaPipe's JS pose (full model,
 * its own detector) on the same frames: shoulder positions where MediaPipe has them in the frame, shoulders posture
 * uses where MediaPipe has them outside (none allowed), and track drops. Figures: docs/validation.md.
 */
class PoseReferenceTest {
    private static final int[] SHOULDERS = {BodyPoint.LEFT_SHOULDER, BodyPoint.RIGHT_SHOULDER};
    private static PoseModels models;

    @BeforeAll
    static void load() {
        models = PoseModels.load(TestAssets.models(), PoseModels.Variant.LITE, 1);
    }

    @AfterAll
    static void close() {
        models.close();
    }

    /** What one run of the pose pipeline over a clip shows against the reference. */
    record Comparison(String clip, int frames, int lost, int trackStarts, int theirsInFrame, int oursInFrame, int oursWhereTheirsOut,
            int theirsOut, List<Double> errors, List<Double> roiSides) {
        double meanError() {
            return FaceReferenceTest.mean(errors);
        }

        @Override
        public String toString() {
            return String.format("%s: frames %d, lost %d, track starts %d | shoulders in frame: MediaPipe %d, ours %d;"
                    + " ours used where MediaPipe's are out %d of %d | shoulder error / shoulder width mean %.3f p95 %.3f max %.3f"
                    + " | ROI side px median %.0f (%.0f-%.0f)", clip, frames, lost, trackStarts, theirsInFrame, oursInFrame,
                    oursWhereTheirsOut, theirsOut, meanError(), FaceReferenceTest.p95(errors),
                    errors.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(roiSides),
                    roiSides.stream().mapToDouble(Double::doubleValue).min().orElse(0), roiSides.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"d3_first6s.mp4", "d9.mp4", "katie_hill.mp4"})
    void shouldersAgreeWithMediaPipe(String clip) {
        Comparison c = compare(clip, new PoseAnalyzer(models), MeasureSettings.defaults());
        System.out.println("VALIDATION pose " + c);
        assertTrue(c.theirsInFrame() == 0 || c.meanError() <= 0.10, "shoulder error " + c.meanError());
        assertTrue(c.oursWhereTheirsOut() == 0, "shoulders used that MediaPipe has out of frame: " + c);
        assertTrue(c.lost() == 0 && c.trackStarts() == 1, "one track, never dropped: " + c);
    }

    static Comparison compare(String clip, PoseAnalyzer analyzer, MeasureSettings measures) {
        MediaPipeReference ref = MediaPipeReference.load(clip);
        double threshold = measures.visibilityThreshold();
        PoseMeasurer measurer = new PoseMeasurer(measures);
        List<Double> errors = new ArrayList<>();
        int theirsInFrame = 0;
        int oursInFrame = 0;
        int oursWhereTheirsOut = 0;
        int theirsOut = 0;
        int reacquired = 0;
        int lost = 0;
        int frames = 0;
        List<Double> roiSides = new ArrayList<>();
        for (VideoFrame video : FaceTestMedia.frames(clip)) {
            Optional<TrackedPose> pose = analyzer.trackFrame(video);
            MediaPipeReference.Frame f = ref.at(video.timeSec());
            frames++;
            if (pose.isEmpty()) {
                lost++;
                continue;
            }
            if (pose.get().reacquired()) {
                reacquired++;
            }
            roiSides.add(pose.get().raw().roi().side());
            // What posture uses: the measurer's own decision (both shoulders usable in a settled track).
            boolean shouldersUsed = measurer.measure(pose.get(), video.width(), video.height()).shoulderTiltDeg() != null;
            if (f == null || f.pose() == null) {
                continue;
            }
            double width = Math.hypot(f.poseX(11) - f.poseX(12), f.poseY(11) - f.poseY(12));
            for (int i : SHOULDERS) {
                Landmark ours = pose.get().raw().get(i);
                boolean theirsIn = f.poseVisibility(i) >= threshold && inside(f.poseX(i), f.poseY(i), video);
                boolean oursIn = shouldersUsed;
                if (theirsIn) {
                    theirsInFrame++;
                    errors.add(Math.hypot(ours.x() - f.poseX(i), ours.y() - f.poseY(i)) / width);
                } else {
                    theirsOut++;
                    if (oursIn) {
                        oursWhereTheirsOut++;
                    }
                }
                if (oursIn) {
                    oursInFrame++;
                }
            }
        }
        return new Comparison(clip, frames, lost, reacquired, theirsInFrame, oursInFrame, oursWhereTheirsOut, theirsOut, errors, roiSides);
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    static boolean inside(double x, double y, VideoFrame frame) {
        return x >= 0 && y >= 0 && x < frame.width() && y < frame.height();
    }
}
