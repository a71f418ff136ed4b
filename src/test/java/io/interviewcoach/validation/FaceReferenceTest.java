package io.interviewcoach.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.interviewcoach.face.FaceModels;
import io.interviewcoach.face.FaceSettings;
import io.interviewcoach.face.FaceTestMedia;
import io.interviewcoach.face.FaceTracker;
import io.interviewcoach.face.mesh.FaceMesh;
import io.interviewcoach.face.mesh.Iris;
import io.interviewcoach.face.metrics.FaceFeatures;
import io.interviewcoach.face.metrics.FaceGeometry;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.testsupport.TestAssets;

/**
 * The Java face pipeline against MediaPipe's JS face mesh (refineLandmarks) on the same frames: mesh points,
 * iris centres, head pose, eye aperture. Targets: issue 7; figures: docs/validation.md.
 */
class FaceReferenceTest {
    /** Reference aperture below which the lids are lowered or closed (open eyes read 0.25-0.40). */
    private static final double LOWERED_LIDS = 0.15;
    private static FaceModels models;

    @BeforeAll
    static void load() {
        models = FaceModels.load(TestAssets.models());
    }

    @AfterAll
    static void close() {
        models.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"d3_first6s.mp4", "d9.mp4", "katie_hill.mp4"})
    void faceAgreesWithMediaPipe(String clip) {
        MediaPipeReference ref = MediaPipeReference.load(clip);
        FaceTracker tracker = new FaceTracker(models, FaceSettings.defaults());
        List<Double> rawMesh = new ArrayList<>();
        List<Double> smoothedMesh = new ArrayList<>();
        List<Double> iris = new ArrayList<>();
        List<Double> yaw = new ArrayList<>();
        List<Double> pitch = new ArrayList<>();
        List<Double> roll = new ArrayList<>();
        List<Double> smoothedPose = new ArrayList<>();
        List<Double> irisAperture = new ArrayList<>();
        List<Double> meshAperture = new ArrayList<>();
        List<Double> meshApertureSameModel = new ArrayList<>();
        List<Double> irisApertureLowLids = new ArrayList<>();
        List<Double> meshApertureLowLids = new ArrayList<>();
        List<Double> gazeYError = new ArrayList<>();
        int compared = 0;
        for (VideoFrame video : FaceTestMedia.frames(clip)) {
            FaceTracker.Result r = tracker.process(video);
            MediaPipeReference.Frame f = ref.at(video.timeSec());
            if (r.mesh() == null || f == null || f.face() == null || f.eyes() == null) {
                continue;
            }
            compared++;
            double iod = Math.hypot(f.faceX(263) - f.faceX(33), f.faceY(263) - f.faceY(33));
            rawMesh.add(meshError(r.mesh(), f) / iod);
            smoothedMesh.add(meshError(r.smoothedMesh(), f) / iod);
            iris.add(irisError(r.rightEye(), ref, f, MediaPipeReference.RIGHT_IRIS, 33, 133));
            iris.add(irisError(r.leftEye(), ref, f, MediaPipeReference.LEFT_IRIS, 362, 263));
            FaceFeatures ours = FaceGeometry.measure(r.mesh(), r.rightEye(), r.leftEye());
            FaceFeatures theirs = FaceGeometry.measure(referenceMesh(ref, f), null, null);
            yaw.add(Math.abs(ours.headYawDeg() - theirs.headYawDeg()));
            pitch.add(Math.abs(ours.headPitchDeg() - theirs.headPitchDeg()));
            roll.add(Math.abs(ours.headRollDeg() - theirs.headRollDeg()));
            FaceFeatures smoothed = FaceGeometry.measure(r.smoothedMesh(), null, null);
            smoothedPose.add((Math.abs(smoothed.headYawDeg() - theirs.headYawDeg()) + Math.abs(smoothed.headPitchDeg() - theirs.headPitchDeg())) / 2);
            double reference = aperture(p -> ref.eyeX(f, p), p -> ref.eyeY(f, p));
            irisAperture.add(Math.abs(ours.eyeOpenness() - reference));
            double meshLids = aperture(r.mesh()::x, r.mesh()::y);
            meshAperture.add(Math.abs(meshLids - reference));
            meshApertureSameModel.add(Math.abs(meshLids - aperture(f::faceX, f::faceY)));
            if (reference < LOWERED_LIDS) {
                irisApertureLowLids.add(Math.abs(ours.eyeOpenness() - reference));
                meshApertureLowLids.add(Math.abs(meshLids - reference));
            }
            gazeYError.add(ours.gazeY() - referenceGazeY(ref, f));
        }
        System.out.printf("VALIDATION face %s: frames %d | mesh error / IOD raw mean %.2f%% p95 %.2f%%, smoothed mean %.2f%% p95 %.2f%%"
                + " | iris centre / eye width mean %.3f p95 %.3f | head |err| deg yaw %.1f pitch %.1f roll %.1f (p95 %.1f %.1f %.1f), smoothed mesh yaw+pitch %.1f"
                + " | vertical iris offset error mean %+.3f, |err| %.3f eye widths"
                + " | aperture |err| vs refined mesh: iris model %.3f, face mesh %.3f (lowered or closed lids, %d frames: %.3f, %.3f);"
                + " face mesh vs MediaPipe's face_landmark %.3f%n", clip, compared,
                100 * mean(rawMesh), 100 * p95(rawMesh), 100 * mean(smoothedMesh), 100 * p95(smoothedMesh), mean(iris), p95(iris),
                mean(yaw), mean(pitch), mean(roll), p95(yaw), p95(pitch), p95(roll), mean(smoothedPose), mean(gazeYError), meanAbs(gazeYError),
                mean(irisAperture), mean(meshAperture), irisApertureLowLids.size(), mean(irisApertureLowLids), mean(meshApertureLowLids),
                mean(meshApertureSameModel));
        assertTrue(compared >= 0.95 * ref.frames().size(), compared + " of " + ref.frames().size() + " frames compared");
        assertTrue(mean(rawMesh) <= 0.01, "mesh the metrics use: mean error " + mean(rawMesh) + " of the inter-ocular distance");
        assertTrue(mean(iris) <= 0.05, "iris centre error " + mean(iris) + " eye widths");
        assertTrue(meanAbs(gazeYError) <= 0.03, "vertical iris offset error " + meanAbs(gazeYError) + " eye widths");
        assertTrue(mean(yaw) <= 3 && mean(pitch) <= 3 && mean(roll) <= 1, "head pose error " + mean(yaw) + ", " + mean(pitch) + ", " + mean(roll));
        if (irisApertureLowLids.size() >= 5) {
            assertTrue(mean(irisApertureLowLids) < mean(meshApertureLowLids), "on lowered and closed lids the iris model agrees better"
                    + " with MediaPipe than our mesh: " + mean(irisApertureLowLids) + " vs " + mean(meshApertureLowLids));
        }
    }

    /** Mean distance of the 468 mesh points, pixels. */
    private static double meshError(FaceMesh mesh, MediaPipeReference.Frame f) {
        double sum = 0;
        for (int i = 0; i < FaceMesh.LANDMARKS; i++) {
            sum += Math.hypot(mesh.x(i) - f.faceX(i), mesh.y(i) - f.faceY(i));
        }
        return sum / FaceMesh.LANDMARKS;
    }

    /** Iris centre distance in eye widths (MediaPipe's corners). */
    private static double irisError(Iris eye, MediaPipeReference ref, MediaPipeReference.Frame f, int irisPoint, int cornerA, int cornerB) {
        double width = Math.hypot(ref.eyeX(f, cornerA) - ref.eyeX(f, cornerB), ref.eyeY(f, cornerA) - ref.eyeY(f, cornerB));
        return Math.hypot(eye.centerX() - ref.eyeX(f, irisPoint), eye.centerY() - ref.eyeY(f, irisPoint)) / width;
    }

    /** MediaPipe's mesh as a FaceMesh: x, y of every point, depth where the reference kept it (the head-pose points). */
    private static FaceMesh referenceMesh(MediaPipeReference ref, MediaPipeReference.Frame f) {
        float[] p = new float[3 * FaceMesh.LANDMARKS];
        for (int i = 0; i < FaceMesh.LANDMARKS; i++) {
            p[3 * i] = (float) f.faceX(i);
            p[3 * i + 1] = (float) f.faceY(i);
        }
        for (int k = 0; k < ref.zPoints().length; k++) {
            p[3 * ref.zPoints()[k] + 2] = (float) f.faceZ()[k];
        }
        return new FaceMesh(p, 1, null);
    }

    /** Eye aperture from mesh lid points: mean of three lid gaps / corner distance, both eyes (as the iris model's). */
    private static double aperture(IntToDoubleFunction x, IntToDoubleFunction y) {
        return (lids(x, y, 33, 133, new int[] {160, 144, 159, 145, 158, 153}) + lids(x, y, 362, 263, new int[] {385, 380, 386, 374, 387, 373})) / 2;
    }

    private static double lids(IntToDoubleFunction x, IntToDoubleFunction y, int cornerA,
            int cornerB, int[] pairs) {
        double width = Math.hypot(x.applyAsDouble(cornerA) - x.applyAsDouble(cornerB), y.applyAsDouble(cornerA) - y.applyAsDouble(cornerB));
        double gaps = 0;
        for (int k = 0; k < pairs.length; k += 2) {
            gaps += Math.hypot(x.applyAsDouble(pairs[k]) - x.applyAsDouble(pairs[k + 1]), y.applyAsDouble(pairs[k]) - y.applyAsDouble(pairs[k + 1]));
        }
        return gaps / (pairs.length / 2) / width;
    }

    /** MediaPipe's vertical iris offset (refined mesh): iris centre below the eye-corner midpoint / eye width, mean of both eyes. */
    private static double referenceGazeY(MediaPipeReference ref, MediaPipeReference.Frame f) {
        return (offsetAcross(ref, f, MediaPipeReference.RIGHT_IRIS, 33, 133) + offsetAcross(ref, f, MediaPipeReference.LEFT_IRIS, 362, 263)) / 2;
    }

    private static double offsetAcross(MediaPipeReference ref, MediaPipeReference.Frame f, int iris, int imageLeft, int imageRight) {
        double lx = ref.eyeX(f, imageLeft);
        double ly = ref.eyeY(f, imageLeft);
        double rx = ref.eyeX(f, imageRight);
        double ry = ref.eyeY(f, imageRight);
        double w = Math.hypot(rx - lx, ry - ly);
        double dx = ref.eyeX(f, iris) - (lx + rx) / 2;
        double dy = ref.eyeY(f, iris) - (ly + ry) / 2;
        return (-dx * (ry - ly) / w + dy * (rx - lx) / w) / w;
    }

    static double meanAbs(List<Double> v) {
        return v.stream().mapToDouble(Math::abs).average().orElse(Double.NaN);
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double p95(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[(int) Math.round(0.95 * (s.length - 1))];
    }
}
