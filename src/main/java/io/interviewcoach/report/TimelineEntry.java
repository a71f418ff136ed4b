package io.interviewcoach.report;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One window of the timeline (one second by default): its start {@code t}, its {@code end}, and the fields
 * every analyzer measured in it, flattened (`faceVisible`, `eyeContact`, `postureScore`, `pitchHz`, …).
 */
@JsonPropertyOrder({"t", "end"})
public record TimelineEntry(double t, double end, Map<String, Object> fields) {
    public TimelineEntry {
        fields = new LinkedHashMap<>(fields);
    }

    @JsonAnyGetter
    public Map<String, Object> fields() {
        return fields;
    }
}
