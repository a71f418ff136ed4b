package io.interviewcoach.face;

import io.interviewcoach.face.detection.Box;
import io.interviewcoach.face.detection.Point;

/**
 * What the face analyzer saw in one video frame (for the video overlay); fields are null when not measured.
 *
 * @param faces        faces counted by the latest detection
 * @param faceBox      subject's face box (pixels)
 * @param landmarks    468 smoothed mesh points x, y in frame pixels (null without a face)
 * @param rightIris    iris centre of the subject's right eye (image left), pixels
 * @param leftIris     iris centre of the subject's left eye, pixels
 * @param gazeX        iris offset along the eye axis / eye width (+ = image right)
 * @param gazeY        iris offset across the eye axis / eye width (+ = down)
 * @param gazeYawDeg   head yaw + eye yaw: where the eyes point, + = image right
 * @param gazePitchDeg head pitch + eye pitch relative to a straight look, + = up
 * @param eyeContact   looking at the camera; null while the eyes are closed or not measured
 * @param lookingDown  looking down (iris low in the eye and/or lids lowered, eyes open); null as eyeContact
 * @param eyeOpenness  eye aspect ratio (lid gap / eye width)
 * @param smile        smile intensity 0..1
 * @param mouthOpen    inner-lip gap / mouth width
 * @param browRaise    brow raise 0..1 relative to the person's usual brow height
 * @param failed       processing this frame failed; nothing was measured
 */
public record FaceFrame(double timeSec, Integer faces, Box faceBox, float[] landmarks, Point rightIris, Point leftIris,
        Double gazeX, Double gazeY, Double gazeYawDeg, Double gazePitchDeg, Double headYawDeg, Double headPitchDeg,
        Double headRollDeg, Boolean eyeContact, Boolean lookingDown, Double eyeOpenness, Boolean eyesClosed, Double smile, Double mouthOpen,
        Double browRaise, boolean failed) {

    public boolean faceFound() {
        return landmarks != null;
    }

    static FaceFrame noFace(double timeSec, int faces) {
        return new FaceFrame(timeSec, faces, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false);
    }

    static FaceFrame failed(double timeSec) {
        return new FaceFrame(timeSec, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, true);
    }
}
