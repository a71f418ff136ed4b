package io.interviewcoach.speech;

/** Whole-recording speech measurements (report `metrics.speech`); all null when there is no transcript. */
public record SpeechMetrics(
        Double wordsPerMinute,
        Double fillersPerMin,
        Double vocabularyDiversity,
        Double hedgesPerMin,
        Double contentRelevanceScore) {
}
