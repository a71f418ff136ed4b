package io.interviewcoach.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;

/**
 * The score breakdown and the feedback of a report that does not carry them (an older report): recomputed from its
 * `metrics`, `events` and `timeline` with the writer's fusion settings. Unreadable input gives an empty result.
 */
final class RecomputedParts {
    private final Fusion fusion;
    private final ObjectMapper mapper;

    RecomputedParts(Fusion fusion, ObjectMapper mapper) {
        this.fusion = fusion;
        this.mapper = mapper;
    }

    JsonNode breakdown(JsonNode r) {
        JsonNode stored = Json.at(r, "scoreBreakdown");
        if (stored.isArray() && !stored.isEmpty()) {
            return stored;
        }
        try {
            Metrics metrics = mapper.treeToValue(Json.at(r, "metrics"), Metrics.class);
            return mapper.valueToTree(fusion.score(metrics, Json.num(r, "media", "durationSec")).breakdown());
        } catch (Exception e) {
            return mapper.createArrayNode();
        }
    }

    JsonNode feedback(JsonNode r) {
        JsonNode stored = Json.at(r, "feedback");
        if (stored.isObject()) {
            return stored;
        }
        try {
            Metrics metrics = mapper.treeToValue(Json.at(r, "metrics"), Metrics.class);
            List<ReportEvent> events = parseEvents(Json.at(r, "events"));
            List<WindowValues> windows = TimelineValues.read(Json.at(r, "timeline"));
            return mapper.valueToTree(fusion.fuse(metrics, events, windows, Json.num(r, "media", "durationSec"))
                    .feedback());
        } catch (Exception e) {
            return mapper.createObjectNode();
        }
    }

    /** Tolerant: an event without start, or without a type this version knows, is skipped; null detail values are dropped. */
    private List<ReportEvent> parseEvents(JsonNode events) {
        List<ReportEvent> out = new ArrayList<>();
        if (!events.isArray()) {
            return out;
        }
        for (JsonNode e : events) {
            EventType type = EventType.byId(Json.text(e, "type")).orElse(null);
            Double start = Json.num(e, "start");
            Double end = Json.num(e, "end");
            if (type == null || start == null) {
                continue;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            JsonNode d = Json.at(e, "detail");
            if (d.isObject()) {
                Map<String, Object> raw = mapper.convertValue(d, new TypeReference<Map<String, Object>>() {});
                raw.forEach((k, v) -> {
                    if (k != null && v != null) {
                        detail.put(k, v);
                    }
                });
            }
            out.add(new ReportEvent(type, start, end == null ? start : end, detail));
        }
        return out;
    }
}
