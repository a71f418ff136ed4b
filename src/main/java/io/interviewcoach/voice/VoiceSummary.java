package io.interviewcoach.voice;

import java.util.List;

import io.interviewcoach.report.ReportEvent;

/** The voice analyzer's result for a whole stream: metrics, acoustic filled pauses and events (longPause, monotone, clipping). */
public record VoiceSummary(VoiceMetrics metrics, List<FilledPause> filledPauses, List<ReportEvent> events) {
    public VoiceSummary {
        filledPauses = List.copyOf(filledPauses);
        events = List.copyOf(events);
    }
}
