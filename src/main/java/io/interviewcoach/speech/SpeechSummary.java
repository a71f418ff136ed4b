package io.interviewcoach.speech;

import java.util.List;

import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.content.ContentAnalysis;
import io.interviewcoach.speech.text.RepetitionDetector.PhraseCount;

/**
 * The speech analyzer's result for a whole recording: metrics, the transcript (fillers flagged), events
 * (filler, hedge, repetition, starCue), content analysis, three-word phrases said three or more times, and,
 * when nothing could be measured, why ({@code unavailableReason}; null otherwise).
 */
public record SpeechSummary(
        SpeechMetrics metrics,
        Transcript transcript,
        List<ReportEvent> events,
        ContentAnalysis content,
        List<PhraseCount> recurringPhrases,
        String unavailableReason) {

    public SpeechSummary {
        events = events == null ? List.of() : List.copyOf(events);
        recurringPhrases = recurringPhrases == null ? List.of() : List.copyOf(recurringPhrases);
    }

    public static SpeechSummary unavailable(String reason) {
        return new SpeechSummary(SpeechMetrics.unavailable(), null, List.of(), null, List.of(), reason);
    }
}
