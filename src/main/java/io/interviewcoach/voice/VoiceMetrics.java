package io.interviewcoach.voice;

/** Whole-recording voice measurements (report `metrics.voice`); null where not measurable. */
public record VoiceMetrics(
        Double speechRatio,
        Double pitchMedianHz,
        Double pitchVariationSemitones,
        Double volumeConsistencyScore,
        Double voiceClarityScore,
        Integer pauseCount,
        Integer longPauseCount,
        Double syllablesPerSec) {
}
