package io.interviewcoach.measure;

import java.util.Map;

/**
 * Something that happened over a time range of the recording (seconds): noFace, lookedAway, lookedDown, eyesClosed,
 * multiplePeople, longPause, filler, … with measured details.
 */
public record ReportEvent(EventType type, double start, double end, Map<String, Object> detail) {
    public ReportEvent {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    public double durationSec() {
        return end - start;
    }
}
