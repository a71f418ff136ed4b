package io.interviewcoach.live.recovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.TimelineReport;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.state.LiveStateStore.StoredWindow;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.report.TimelineEntry;

/**
 * The final report of a session whose server died, from what was stored of it: the same schema as every session's
 * report (built by {@link TimelineReport} from the stored windows), the {@code answers} completed before the end, and a
 * {@code recovered} object saying so (docs/report-schema.md).
 */
final class RecoveredReport {
    static final String REASON = "server restarted";
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private RecoveredReport() {
    }

    /**
     * @param windows the stored windows, in order; null when the live state was kept in the dead process (no Redis)
     * @param answers the stored answer messages (a JSON array), null when none
     */
    static ObjectNode of(TimelineReport builder, String sessionId, double fps, double windowSec,
            List<StoredWindow> windows, String answers) {
        List<TimelineReport.Window> kept = new ArrayList<>();
        if (windows != null) {
            for (StoredWindow w : windows) {
                if (w.detail() != null) {
                    kept.add(window(w.detail()));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (windows == null) {
            notes.add("The server running this session stopped, and its live state was kept in that server's memory "
                    + "(no Redis configured): the windows analysed until then were lost with it, so nothing is scored.");
        } else {
            notes.add("The server running this session stopped; another server finalized it from the " + kept.size()
                    + " windows and the answers stored until then (an answer still open was lost). Events and the "
                    + "metrics that need every frame were lost with that server and are empty (docs/live-state.md).");
        }
        if (windows != null && kept.size() < windows.size()) {
            notes.add((windows.size() - kept.size()) + " stored windows had no detail to build the report from.");
        }
        Double duration = kept.isEmpty() ? null : kept.get(kept.size() - 1).entry().end();
        MediaInfo media = new MediaInfo("live session " + sessionId, duration, null, null, List.of());
        ObjectNode json = (ObjectNode) ReportJson.toTree(builder.build(media, fps, windowSec, kept, notes));
        json.set("answers", ProtocolJson.mapper().valueToTree(answers(answers)));
        ObjectNode recovered = json.putObject("recovered");
        recovered.put("reason", REASON);
        recovered.put("windows", kept.size());
        recovered.put("windowsKept", windows != null);
        return json;
    }

    private static List<ServerMessage.Answer> answers(String json) {
        try {
            return json == null ? List.of() : List.of(ProtocolJson.mapper().readValue(json, ServerMessage.Answer[].class));
        } catch (IOException e) {
            throw new IllegalStateException("the stored answers are not readable: " + e.getMessage(), e);
        }
    }

    private static TimelineReport.Window window(String detail) {
        try {
            JsonNode node = ReportJson.mapper().readTree(detail);
            Map<String, Object> fields = ReportJson.mapper().convertValue(node.path("entry"), MAP);
            double t = ((Number) fields.remove("t")).doubleValue();
            double end = ((Number) fields.remove("end")).doubleValue();
            return new TimelineReport.Window(new TimelineEntry(t, end, fields), node.path("frames").asInt());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("a stored window's detail is not readable: " + e.getMessage(), e);
        }
    }
}
