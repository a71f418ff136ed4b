package io.interviewcoach.face.metrics;

/**
 * What one frame's mesh and irises say, before any judgement over time. Angles in degrees; ratios are
 * dimensionless (normalised by the outer-eye-corner distance or the eye width); null when not measurable.
 *
 * @param headYawDeg    + = face turned towards image right (the subject's left on a non-mirrored camera)
 * @param headPitchDeg  + = face tilted up
 * @param headRollDeg   + = eye line rotated clockwise in the image
 * @param gazeX         mean iris offset from the eye centre along the eye axis / eye width, + = image right
 * @param gazeY         mean iris offset across the eye axis / eye width, + = down
 * @param eyeOpenness   eye aspect ratio (lid opening / eye width), mean of both eyes
 * @param mouthWidth    mouth corner distance / outer eye corner distance
 * @param cornerLift    mouth-corner height above the lip centre / outer eye corner distance
 * @param mouthOpen     inner lip gap / mouth width
 * @param browHeight    brow height above the eye corners / outer eye corner distance
 */
public record FaceFeatures(double headYawDeg, double headPitchDeg, double headRollDeg, Double gazeX, Double gazeY,
        Double eyeOpenness, double mouthWidth, double cornerLift, double mouthOpen, double browHeight) {
}
