package io.interviewcoach.live.protocol;

/**
 * What one answer (question shown until answer finished) measured, from the windows it spans; null where nothing
 * was measured. Ratios are 0-1, means are over the windows that measured the quantity.
 */
public record AnswerSummary(double durationSec, int windows, Double eyeContactRatio, Double faceVisibleRatio,
        Double postureScore, Double speechRatio, Double wordsPerMinute, Integer fillers, Double pitchMedianHz,
        Double loudnessDb) {}
