package io.interviewcoach.voice;

import io.interviewcoach.measure.Rounding;

/** The 0-100 voice scores as documented functions of measured quantities (docs/scoring.md (voice)). */
public final class VoiceScores {
    private VoiceScores() {
    }

    /** 100 when the speech level of 1 s windows varies by ≤ 3 dB (SD), 0 at ≥ 12 dB, linear between. */
    public static Double volumeConsistency(Double windowLevelSdDb) {
        if (windowLevelSdDb == null) {
            return null;
        }
        return Rounding.round(100 * ramp(windowLevelSdDb, 12, 3), 1);
    }

    /**
     * Half harmonics-to-noise ratio (0 at ≤ 5 dB, full at ≥ 15 dB), a quarter jitter (full at ≤ 1.5 %, 0 at ≥ 4 %),
     * a quarter shimmer (full at ≤ 8 %, 0 at ≥ 20 %). Running speech, measured cycle by cycle, sits above the
     * sustained-vowel norms (jitter 1 %, shimmer 3.8 %, HNR 20 dB); the ranges are set for running speech.
     */
    public static Double voiceClarity(Double hnrDb, Double jitterPercent, Double shimmerPercent) {
        if (hnrDb == null || jitterPercent == null || shimmerPercent == null) {
            return null;
        }
        double h = ramp(hnrDb, 5, 15);
        double j = ramp(jitterPercent, 4, 1.5);
        double s = ramp(shimmerPercent, 20, 8);
        return Rounding.round(100 * (0.5 * h + 0.25 * j + 0.25 * s), 1);
    }

    /** 0 at {@code zeroAt}, 1 at {@code fullAt}, linear between, clamped (either direction). */
    static double ramp(double v, double zeroAt, double fullAt) {
        double t = (v - zeroAt) / (fullAt - zeroAt);
        return Math.max(0, Math.min(1, t));
    }

}
