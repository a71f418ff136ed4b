package io.interviewcoach.pose.tracking;

import java.util.Comparator;
import java.util.Optional;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.face.detection.Box;
import io.interviewcoach.face.detection.FaceDetection;
import io.interviewcoach.face.detection.FaceDetector;
import io.interviewcoach.media.VideoFrame;

/** Face anchors from the face package's detector: the largest face is taken as the candidate. */
public final class BlazeFaceAnchors implements FaceAnchorDetector {
    private final FaceDetector detector;

    public BlazeFaceAnchors(FaceDetector detector) {
        this.detector = detector;
    }

    @Override
    public Optional<FaceAnchor> find(VideoFrame frame, Mat frameBgr) {
        return detector.detect(frameBgr).stream()
                .max(Comparator.comparingDouble(d -> d.box().area()))
                .map(BlazeFaceAnchors::toAnchor);
    }

    private static FaceAnchor toAnchor(FaceDetection d) {
        Box b = d.box();
        return new FaceAnchor(b.centerX(), b.centerY(), b.width(), b.height(), d.score());
    }
}
