package io.interviewcoach.face;

/**
 * Whole-recording face measurements (report `metrics.face`); null where not measurable. Ratios 0..1, scores 0..100.
 * Formulas and thresholds: docs/scoring.md (face).
 *
 * @param visibleRatio           frames with the subject's face / frames analysed
 * @param eyeContactRatio        frames looking at the camera / frames with a measurable gaze (eyes open)
 * @param eyeContactScore        0..100 from eyeContactRatio
 * @param blinkRatePerMin        blinks per minute of visible face
 * @param eyesClosedEvents       closures of at least 0.4 s
 * @param smileRatio             frames with smile intensity at least 0.5 / face frames
 * @param expressionVarietyScore 0..100 from how much smile, brows and mouth move
 * @param engagementScore        0..100 combination of visibility, eye contact, smiling and variety
 * @param headYawStdDeg          spread of head yaw (degrees), how much the head turns
 * @param headPitchStdDeg        spread of head pitch (degrees)
 * @param eyesClosedRatio        frames with closed eyes / face frames
 * @param blinkCount             closures shorter than an eyesClosed event
 * @param maxFaces               most faces seen in one detection
 * @param multiplePeopleRatio    frames when more than one face was seen / frames analysed
 * @param mouthOpenMean          mean inner-lip gap / mouth width (talking, surprise)
 * @param framesAnalyzed         video frames analysed
 * @param framesFailed           frames skipped because processing them failed
 * @param baseline               the per-user baseline eye contact was judged against, or the calibration that was not
 *                               used and why; null when no calibration was asked for
 */
public record FaceMetrics(
        Double visibleRatio,
        Double eyeContactRatio,
        Double eyeContactScore,
        Double blinkRatePerMin,
        Integer eyesClosedEvents,
        Double smileRatio,
        Double expressionVarietyScore,
        Double engagementScore,
        Double headYawStdDeg,
        Double headPitchStdDeg,
        Double eyesClosedRatio,
        Integer blinkCount,
        Integer maxFaces,
        Double multiplePeopleRatio,
        Double mouthOpenMean,
        Integer framesAnalyzed,
        Integer framesFailed,
        FaceBaseline baseline) {

    /** Without a calibration. */
    public FaceMetrics(Double visibleRatio, Double eyeContactRatio, Double eyeContactScore, Double blinkRatePerMin,
            Integer eyesClosedEvents, Double smileRatio, Double expressionVarietyScore, Double engagementScore,
            Double headYawStdDeg, Double headPitchStdDeg, Double eyesClosedRatio, Integer blinkCount, Integer maxFaces,
            Double multiplePeopleRatio, Double mouthOpenMean, Integer framesAnalyzed, Integer framesFailed) {
        this(visibleRatio, eyeContactRatio, eyeContactScore, blinkRatePerMin, eyesClosedEvents, smileRatio,
                expressionVarietyScore, engagementScore, headYawStdDeg, headPitchStdDeg, eyesClosedRatio, blinkCount, maxFaces,
                multiplePeopleRatio, mouthOpenMean, framesAnalyzed, framesFailed, null);
    }
}
