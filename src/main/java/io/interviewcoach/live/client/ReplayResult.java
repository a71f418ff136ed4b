package io.interviewcoach.live.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one replayed session saw. {@code latenciesSec}: per {@code window} message, its receive time minus the wall
 * time at which the media at the window's end was captured (sent). {@code lastStatus} is the server's last
 * {@code status} message and {@code report} its final report (null when none came; {@code failure} then says why).
 * {@code lowestAdvisedFps} is the lowest frame rate the server asked this client to send at.
 */
public record ReplayResult(String sessionId, List<Double> latenciesSec, long framesSent, long audioChunksSent, int cues,
        Map<String, Integer> warnings, Map<String, Integer> errors, JsonNode lastStatus, JsonNode report,
        double lowestAdvisedFps, String failure) {
    public ReplayResult {
        latenciesSec = List.copyOf(latenciesSec);
        warnings = Map.copyOf(warnings);
        errors = Map.copyOf(errors);
    }

    /** A counter from the last status message, or null when the server sent none with that field. */
    public Long statusCount(String field) {
        return lastStatus != null && lastStatus.path(field).isNumber() ? lastStatus.path(field).asLong() : null;
    }

    /** A number from the last status message, or null. */
    public Double statusValue(String field) {
        return lastStatus != null && lastStatus.path(field).isNumber() ? lastStatus.path(field).asDouble() : null;
    }
}
