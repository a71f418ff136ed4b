package io.interviewcoach.voice;

/**
 * Whole-recording voice measurements (report `metrics.voice`); null where not measurable.
 * Definitions, units and thresholds: docs/scoring.md (voice).
 */
public record VoiceMetrics(
        Double speechRatio,
        Double pitchMedianHz,
        Double pitchVariationSemitones,
        Double volumeConsistencyScore,
        Double voiceClarityScore,
        Integer pauseCount,
        Integer longPauseCount,
        Double syllablesPerSec,
        Double articulationRate,
        Double meanPauseSec,
        Double pitchP10Hz,
        Double pitchP90Hz,
        Boolean monotone,
        Double hnrDb,
        Double jitterPercent,
        Double shimmerPercent,
        Double loudnessMeanDb,
        Double loudnessStdDb,
        Double clippingRatio,
        Double speechSec,
        Double analyzedSec) {

    /** The original contract's fields only; the later ones are null. */
    public VoiceMetrics(Double speechRatio, Double pitchMedianHz, Double pitchVariationSemitones,
            Double volumeConsistencyScore, Double voiceClarityScore, Integer pauseCount, Integer longPauseCount,
            Double syllablesPerSec) {
        this(speechRatio, pitchMedianHz, pitchVariationSemitones, volumeConsistencyScore, voiceClarityScore, pauseCount,
                longPauseCount, syllablesPerSec, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
