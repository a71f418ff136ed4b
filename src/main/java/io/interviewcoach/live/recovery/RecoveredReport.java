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
import io.interviewcoach.live.state.LiveStateStore.StoredWindow;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.report.TimelineEntry;

/**
 * The final report of a session whose server died, from what was stored of it: the same schema as every session's
 * report (built by {@link TimelineReport} from the stored windows), an empty {@code answers} array, and a
 * {@code recovered} object saying so (docs/report-schema.md).
 */
final class RecoveredReport {
    static final String REASON = "server restarted";
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private RecoveredReport() {
    }

    /**
     * @param windows the stored windows, in order; null when the live state was kept in the dead process (no Redis)
     */
    static ObjectNode of(TimelineReport builder, String sessionId, double fps, double windowSec,
            List<StoredWindow> windows) {
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
                    + " windows stored until then. Events, answers and the metrics that need every frame were lost "
                    + "with that server and are empty (docs/live-state.md).");
        }
        if (windows != null && kept.size() < windows.size()) {
            notes.add((windows.size() - kept.size()) + " stored windows had no detail to build the report from.");
        }
        Double duration = kept.isEmpty() ? null : kept.get(kept.size() - 1).entry().end();
        MediaInfo media = new MediaInfo("live session " + sessionId, duration, null, null, List.of());
        ObjectNode json = (ObjectNode) ReportJson.toTree(builder.build(media, fps, windowSec, kept, notes));
        json.putArray("answers");
        ObjectNode recovered = json.putObject("recovered");
        recovered.put("reason", REASON);
        recovered.put("windows", kept.size());
        recovered.put("windowsKept", windows != null);
        return json;
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
