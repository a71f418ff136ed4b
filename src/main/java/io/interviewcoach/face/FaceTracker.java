package io.interviewcoach.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.face.detection.Box;
import io.interviewcoach.face.detection.FaceDetection;
import io.interviewcoach.face.mesh.FaceMesh;
import io.interviewcoach.face.mesh.FaceRoi;
import io.interviewcoach.face.mesh.Iris;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.smoothing.OneEuroFilter;

/**
 * The per-frame model chain of one stream, MediaPipe style: detect only when tracking is lost or every
 * {@code redetectIntervalSec} (to count people and notice new faces); otherwise the landmarks of the
 * previous frame give this frame's region. Then face mesh, both irises, and One-Euro smoothing of the mesh.
 * Not thread-safe: one per stream.
 */
public final class FaceTracker {
    /** One frame's result; {@code mesh} null when no face was found. */
    public record Result(int faces, Box subjectBox, FaceMesh mesh, FaceMesh smoothedMesh, Iris rightEye, Iris leftEye) {
    }

    private static final int MAX_CANDIDATES = 3;

    private final FaceModels models;
    private final FaceSettings settings;
    private final OneEuroFilter smoothing;
    private FaceRoi roi;
    private double lastDetectionSec = Double.NEGATIVE_INFINITY;
    private int faces;

    public FaceTracker(FaceModels models, FaceSettings settings) {
        this.models = models;
        this.settings = settings;
        this.smoothing = new OneEuroFilter(settings.smoothingMinCutoffHz(), settings.smoothingBeta(), 1.0);
    }

    public Result process(VideoFrame frame) {
        try (Mat bgr = frame.toMat()) {
            return process(bgr, frame.timeSec());
        }
    }

    /** Forgets the tracked face (after a failed frame). */
    public void reset() {
        roi = null;
        smoothing.reset();
    }

    /** One frame (8-bit BGR, not modified) at {@code timeSec}; frames must come in time order. */
    public Result process(Mat bgr, double timeSec) {
        List<FaceDetection> candidates = null;
        if (roi == null || timeSec - lastDetectionSec >= settings.redetectIntervalSec() || timeSec < lastDetectionSec) {
            candidates = detect(bgr, timeSec);
        }
        FaceMesh mesh = roi == null ? null : models.mesh().landmarks(bgr, roi);
        if (mesh == null || mesh.presence() < settings.minTrackingPresence()) {
            reset();
            mesh = null;
            if (candidates == null) {
                candidates = detect(bgr, timeSec);
            }
            // the subject first; if the mesh rejects its crop (turned away, occluded), the next candidates
            for (int i = 0; i < Math.min(MAX_CANDIDATES, candidates.size()) && mesh == null; i++) {
                FaceMesh m = models.mesh().landmarks(bgr, FaceRoi.fromDetection(candidates.get(i)));
                if (m.presence() >= settings.minTrackingPresence()) {
                    mesh = m;
                }
            }
            if (mesh == null) {
                return new Result(faces, null, null, null, null, null);
            }
        }
        roi = mesh.nextRoi();
        faces = Math.max(faces, 1);
        List<Iris> eyes = models.iris().bothEyes(bgr, mesh);
        Iris right = eyes.get(0);
        Iris left = eyes.get(1);
        float[] smoothed = mesh.points().clone();
        smoothing.apply(timeSec, smoothed, roi.size() / FaceRoi.FACE_SCALE);
        FaceMesh smoothedMesh = new FaceMesh(smoothed, mesh.presence(), mesh.roi());
        return new Result(faces, boundingBox(smoothedMesh), mesh, smoothedMesh, right, left);
    }

    /** Runs the detectors, updates the face count, returns the faces, likeliest subject (largest, most central) first. */
    private List<FaceDetection> detect(Mat bgr, double timeSec) {
        lastDetectionSec = timeSec;
        List<FaceDetection> found = new ArrayList<>(models.shortRangeDetector().detect(bgr));
        if (settings.countWithFullRange() || found.isEmpty()) {
            for (FaceDetection far : models.fullRangeDetector().detect(bgr)) {
                if (found.stream().noneMatch(near -> near.box().iou(far.box()) > 0.3)) {
                    found.add(far);
                }
            }
        }
        faces = found.size();
        double cx = bgr.cols() / 2.0;
        double cy = bgr.rows() / 2.0;
        double halfDiagonal = Math.hypot(cx, cy);
        found.sort(Comparator.comparingDouble((FaceDetection d) -> {
            double offCentre = Math.hypot(d.box().centerX() - cx, d.box().centerY() - cy) / halfDiagonal;
            return d.box().area() * (1 - 0.5 * Math.min(1, offCentre));
        }).reversed());
        return found;
    }

    private static Box boundingBox(FaceMesh mesh) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < FaceMesh.LANDMARKS; i++) {
            minX = Math.min(minX, mesh.x(i));
            maxX = Math.max(maxX, mesh.x(i));
            minY = Math.min(minY, mesh.y(i));
            maxY = Math.max(maxY, mesh.y(i));
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
