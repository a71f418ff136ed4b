package io.interviewcoach.pose;

import java.util.List;

import io.interviewcoach.measure.ReportEvent;

/** The whole stream's posture metrics and events (handsTouchingFace, slouching, noPerson). */
public record PoseSummary(PostureMetrics metrics, List<ReportEvent> events) {
    public PoseSummary {
        events = List.copyOf(events);
    }
}
