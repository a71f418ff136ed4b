package io.interviewcoach.pose.metrics;

/**
 * Thresholds of the posture measures; every value is explained in docs/scoring.md (pose).
 *
 * @param visibilityThreshold   landmark visibility/presence needed to use a landmark
 * @param shoulderTiltGoodDeg   shoulder tilt scored 100 up to here …
 * @param shoulderTiltBadDeg    … and 0 from here
 * @param torsoLeanGoodDeg      torso lean from vertical (hips visible) scored 100 up to here …
 * @param torsoLeanBadDeg       … and 0 from here
 * @param headOffsetGood        lateral head offset / shoulder width scored 100 up to here (hips not visible) …
 * @param headOffsetBad         … and 0 from here
 * @param headTiltGoodDeg       head roll scored 100 up to here …
 * @param headTiltBadDeg        … and 0 from here
 * @param neckRatioGood         nose height above the shoulder line / shoulder width scored 100 from here up …
 * @param neckRatioBad          … and 0 from here down (head sunk between the shoulders)
 * @param gestureMinSpeed       wrist speed (shoulder widths per second) that counts as moving
 * @param gestureZoneSideMargin gesture zone reaches this many shoulder widths beyond each shoulder
 * @param waistBelowShoulders   waist line estimate below the shoulders when hips are not visible (shoulder widths)
 * @param faceTouchRadius       hand-to-nose distance that counts as touching, in face widths
 * @param edgeMargin            a landmark nearer the frame border than this share of the frame's short side counts as
 *                              out of frame (the model's position error straddles the border: docs/validation.md)
 * @param settleSec             a track's first this many seconds feed no shoulder-based measure (posture, gestures,
 *                              jitter): the smoother starts at the first reading and the region is still converging
 *                              from its face-anchored guess, so the shoulders are off and raw minus smoothed is the
 *                              track settling, not the person moving
 */
public record MeasureSettings(double visibilityThreshold, double shoulderTiltGoodDeg, double shoulderTiltBadDeg,
        double torsoLeanGoodDeg, double torsoLeanBadDeg, double headOffsetGood, double headOffsetBad, double headTiltGoodDeg,
        double headTiltBadDeg, double neckRatioGood, double neckRatioBad, double gestureMinSpeed,
        double gestureZoneSideMargin, double waistBelowShoulders, double faceTouchRadius, double edgeMargin,
        double settleSec) {

    public static MeasureSettings defaults() {
        return new MeasureSettings(0.5, 3, 12, 5, 20, 0.10, 0.40, 8, 25, 0.45, 0.20, 0.25, 0.5, 1.4, 0.75, 0.08, 0.5);
    }
}
