package io.interviewcoach.face.detection;

import java.util.List;

/**
 * One face found by BlazeFace, in frame pixels.
 *
 * @param box       face box
 * @param score     detector confidence 0..1 (sigmoid of the classifier logit)
 * @param keypoints 6 points in BlazeFace order: subject's right eye, left eye, nose tip, mouth centre,
 *                  right ear tragion, left ear tragion ("right" = the subject's right = image left on a
 *                  non-mirrored camera)
 */
public record FaceDetection(Box box, float score, List<Point> keypoints) {
    public static final int RIGHT_EYE = 0;
    public static final int LEFT_EYE = 1;
    public static final int NOSE_TIP = 2;
    public static final int MOUTH = 3;
    public static final int RIGHT_EAR = 4;
    public static final int LEFT_EAR = 5;

    public FaceDetection {
        keypoints = List.copyOf(keypoints);
    }

    public Point keypoint(int index) {
        return keypoints.get(index);
    }
}
