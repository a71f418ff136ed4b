package io.interviewcoach.face;

/**
 * The per-user baseline of a stream (report {@code metrics.face.baseline}): where the candidate looked while
 * calibrating, as medians over the span's frames with a face and open eyes, and whether eye contact was judged
 * against it. Angles in degrees, null when no frame was usable. docs/scoring.md (face, per-user baseline).
 *
 * @param fromSec      start of the calibration span (stream time); null when it never started
 * @param toSec        end of the span; from here on frames are judged against the baseline when {@code used}
 * @param frames       frames of the span with a face and open eyes (the medians' samples)
 * @param headYawDeg   median head yaw (+ = turned towards image right)
 * @param headPitchDeg median head pitch relative to a head facing the camera (+ = up)
 * @param gazeYawDeg   median eye-in-head yaw (+ = image right); head + eyes is where the candidate looked
 * @param gazePitchDeg median eye-in-head pitch relative to a straight look (+ = up)
 * @param used         eye contact was judged against this baseline from {@code toSec} on
 * @param reason       why it was not used; null when used
 */
public record FaceBaseline(Double fromSec, Double toSec, int frames, Double headYawDeg, Double headPitchDeg,
        Double gazeYawDeg, Double gazePitchDeg, boolean used, String reason) {

    static FaceBaseline notTaken(String reason) {
        return new FaceBaseline(null, null, 0, null, null, null, null, false, reason);
    }
}
