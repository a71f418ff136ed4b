package io.interviewcoach.voice;

import java.util.List;

import io.interviewcoach.measure.ReportEvent;

/**
 * The voice analyzer's result for a whole stream: metrics, acoustic filled pauses, events (longPause, monotone,
 * clipping) and the signal level ({@code null} when no audio sample arrived).
 */
public record VoiceSummary(VoiceMetrics metrics, List<FilledPause> filledPauses, List<ReportEvent> events,
        SignalLevel signal) {
    public VoiceSummary {
        filledPauses = List.copyOf(filledPauses);
        events = List.copyOf(events);
    }
}
