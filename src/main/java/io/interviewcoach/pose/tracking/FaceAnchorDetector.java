package io.interviewcoach.pose.tracking;

import java.util.Optional;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.VideoFrame;

/**
 * Finds the face to anchor the pose search on (the most prominent one), or nothing. Gets the frame both as
 * the shared record and as an OpenCV Mat over the same pixels (packed BGR), whichever the detector prefers.
 */
@FunctionalInterface
public interface FaceAnchorDetector {
    Optional<FaceAnchor> find(VideoFrame frame, Mat frameBgr);
}
