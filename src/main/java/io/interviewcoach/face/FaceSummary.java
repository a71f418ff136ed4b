package io.interviewcoach.face;

import java.util.List;

import io.interviewcoach.measure.ReportEvent;

/** The face analyzer's result for a whole stream: metrics and events (noFace, lookedAway, lookedDown, eyesClosed, multiplePeople). */
public record FaceSummary(FaceMetrics metrics, List<ReportEvent> events) {
    public FaceSummary {
        events = List.copyOf(events);
    }
}
