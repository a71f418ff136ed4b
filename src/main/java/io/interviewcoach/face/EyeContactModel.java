package io.interviewcoach.face;

import io.interviewcoach.stats.RollingValues;
import io.interviewcoach.face.metrics.FaceFeatures;

/**
 * Where the eyes of one stream point, frame by frame: closed, looking down, eye contact or looking away.
 * Looking down (notes, a second screen) lowers the lids and moves the iris down in the eye; neither alone is
 * reliable (the iris offset barely moves while the head tilts, a narrow-eyed person has low lids), so a
 * frame looks down when their weighted sum passes 1, both measured against the person's own baselines:
 * {@code (irisDrop / downGazeOffset) + (lidDrop / downLidDrop) >= 1}, or when head pitch + eye pitch points
 * more than {@code maxGazeDownDeg} below the camera. Closed eyes are a deeper lid drop with hysteresis (a
 * closure starts below {@code closingEyeFactor} of the open aperture and lasts while below
 * {@code closedEyeFactor}), so lowered lids over a lowered gaze are not taken for a blink. The lids half-way
 * through a blink look the same as a look down for a frame or two, so a look down counts only once it has
 * lasted {@code minLookDownSec}; until then the frame has no gaze, and counts as closed (part of a blink) when
 * its aperture is below {@code closedEyeFactor}.
 * With a per-user baseline ({@link Neutral}, docs/adr/0008-per-user-baseline.md) the gaze angles are measured
 * from the candidate's calibrated look instead of the default straight look, and the look-down terms from its
 * iris offset and lids; closures stay relative to the usual open aperture.
 * Why and how it was measured: docs/adr/0005-looking-down.md, docs/scoring.md (face). One per stream.
 */
final class EyeContactModel {
    /** One frame's judgement; all null when the eyes were not measured. */
    record Judgement(Double gazeYawDeg, Double gazePitchDeg, Boolean eyesClosed, Boolean lookingDown, Boolean eyeContact) {
        static final Judgement UNMEASURED = new Judgement(null, null, null, null, null);
    }

    /**
     * A candidate's calibrated look at the camera (medians of a calibration span): gaze is judged relative to it.
     *
     * @param headYawDeg   head yaw as measured (no neutral offset)
     * @param headPitchDeg head pitch as measured
     * @param eyeYawDeg    eye-in-head yaw ({@link #eyeYawDeg})
     * @param eyePitchDeg  eye-in-head pitch ({@link #eyePitchDeg})
     * @param gazeY        iris offset across the eye (+ = down): the straight look of the look-down test
     * @param eyeOpenness  eye aspect ratio: the lid level of the look-down test
     */
    record Neutral(double headYawDeg, double headPitchDeg, double eyeYawDeg, double eyePitchDeg, double gazeY,
            double eyeOpenness) {
    }

    private static final int HISTORY = 600;
    private static final int MIN_BASELINE_SAMPLES = 10;
    /** The open-eye aperture is the 75th percentile of the person's apertures: blinks and looks down sit below it. */
    private static final double OPEN_APERTURE_PERCENTILE = 0.75;
    /**
     * The straight-look iris offset is the median offset of the frames with wide-open lids (at least this share of
     * the open aperture): a look down lowers the lids, so those frames are left out; looks up are too rare to move
     * a median (a person who looks up often would pull a low percentile up, d12).
     */
    private static final double WIDE_OPEN = 0.9;

    private final FaceSettings settings;
    private final RollingValues apertures = new RollingValues(HISTORY);
    /** Iris offsets of wide-open frames. */
    private final RollingValues gazeOffsets = new RollingValues(HISTORY);
    private double openAperture;
    private double straightGazeY;
    private boolean closedBefore;
    /** Start of the current run of frames that look down, NaN when there is none. */
    private double downSince = Double.NaN;

    EyeContactModel(FaceSettings settings) {
        this.settings = settings;
        this.openAperture = settings.defaultOpenEyeAspect();
        this.straightGazeY = settings.neutralGazeY();
    }

    /** Moves the person's baselines to what has been seen so far (call between windows, not per frame). */
    void updateBaselines() {
        if (apertures.size() >= MIN_BASELINE_SAMPLES) {
            openAperture = apertures.percentile(OPEN_APERTURE_PERCENTILE);
        }
        if (gazeOffsets.size() >= MIN_BASELINE_SAMPLES) {
            straightGazeY = gazeOffsets.median();
        }
    }

    /**
     * Judges one frame at {@code timeSec} from its raw (unsmoothed) features, against {@code neutral} when a
     * baseline is in use (else null); frames must come in time order.
     */
    Judgement judge(FaceFeatures f, double timeSec, double frameIntervalSec, Neutral neutral) {
        if (f.eyeOpenness() == null || f.gazeX() == null || f.gazeY() == null) {
            closedBefore = false;
            downSince = Double.NaN;
            return Judgement.UNMEASURED;
        }
        apertures.add(f.eyeOpenness());
        double aperture = f.eyeOpenness() / openAperture;
        boolean closed = aperture < (closedBefore ? settings.closedEyeFactor() : settings.closingEyeFactor());
        closedBefore = closed;
        double eyeYaw = eyeYawDeg(settings, f.gazeX());
        double eyePitch = eyePitchDeg(settings, f.gazeY());
        double gazeYaw;
        double gazePitch;
        double straightY;
        double lidReference;
        if (neutral == null) {
            gazeYaw = f.headYawDeg() + eyeYaw;
            gazePitch = f.headPitchDeg() - settings.neutralHeadPitchDeg() + eyePitch;
            straightY = straightGazeY;
            lidReference = openAperture;
        } else {
            gazeYaw = f.headYawDeg() - neutral.headYawDeg() + eyeYaw - neutral.eyeYawDeg();
            gazePitch = f.headPitchDeg() - neutral.headPitchDeg() + eyePitch - neutral.eyePitchDeg();
            straightY = neutral.gazeY();
            // calibrated lids lower than usual (a screen under the camera) are the new straight look; calibrated lids
            // wider than usual would make ordinary lids look down, so the usual open aperture caps the reference
            lidReference = Math.min(openAperture, neutral.eyeOpenness());
        }
        if (closed) {
            downSince = Double.NaN;
            return new Judgement(gazeYaw, gazePitch, true, null, null);
        }
        if (aperture >= WIDE_OPEN) {
            gazeOffsets.add(f.gazeY());
        }
        double downScore = (f.gazeY() - straightY) / settings.downGazeOffset()
                + Math.max(0, 1 - f.eyeOpenness() / lidReference) / settings.downLidDrop();
        boolean down = downScore >= 1 || gazePitch < -settings.maxGazeDownDeg();
        if (!down) {
            downSince = Double.NaN;
        } else if (Double.isNaN(downSince)) {
            downSince = timeSec;
        }
        if (down && timeSec - downSince + frameIntervalSec < settings.minLookDownSec() - 1e-6) {
            // not yet a look down: lids below the closed level are a blink on its way, otherwise no judgement
            return new Judgement(gazeYaw, gazePitch, aperture < settings.closedEyeFactor(), null, null);
        }
        boolean contact = !down && Math.abs(gazeYaw) <= settings.maxGazeYawDeg() && gazePitch <= settings.maxGazeUpDeg();
        return new Judgement(gazeYaw, gazePitch, false, down, contact);
    }

    /** Eye-in-head yaw (degrees, + = image right) from the iris offset along the eye. */
    static double eyeYawDeg(FaceSettings settings, double gazeX) {
        return Math.toDegrees(Math.asin(clamp(settings.eyeRotationGain() * gazeX)));
    }

    /** Eye-in-head pitch (degrees, + = up) from the iris offset across the eye, 0 for the default straight look. */
    static double eyePitchDeg(FaceSettings settings, double gazeY) {
        return -Math.toDegrees(Math.asin(clamp(settings.eyeRotationGain() * (gazeY - settings.neutralGazeY()))));
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
