package io.interviewcoach.report.html;

import static io.interviewcoach.report.html.Html.esc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The reference parts of the HTML report: the table of moments, every measurement, and the notes on the input. */
final class MeasurementSection {
    /** A long live session can log thousands of fillers; the table lists the first ones, the JSON keeps all. */
    private static final int MAX_EVENT_ROWS = 200;

    private MeasurementSection() {
    }

    static String events(JsonNode r) {
        JsonNode events = Json.at(r, "events");
        if (!events.isArray() || events.isEmpty()) {
            return "<section><h2>Moments</h2><p class='muted card'>No events were recorded.</p></section>";
        }
        StringBuilder b = new StringBuilder("<section><h2>Moments</h2><div class='card'><table class='events'>"
                + "<thead><tr><th>What</th><th>When</th><th>Length</th><th>Details</th></tr></thead><tbody>");
        int shown = 0;
        for (JsonNode e : events) {
            if (shown++ == MAX_EVENT_ROWS) {
                b.append("<tr><td colspan='4' class='muted'>… and ").append(events.size() - MAX_EVENT_ROWS)
                        .append(" more (all of them are in the report's JSON)</td></tr>");
                break;
            }
            String type = Json.text(e, "type");
            Double start = Json.num(e, "start");
            Double end = Json.num(e, "end");
            String label = type == null ? "Event" : TimelineChart.EVENT_LABELS.getOrDefault(type, Html.words(type));
            b.append("<tr><td>").append(esc(label)).append("</td><td>")
                    .append(start == null ? "" : Html.range(start, end == null ? start : end)).append("</td><td>")
                    .append(start == null || end == null ? "" : Html.num(Math.max(0, end - start), 1) + " s")
                    .append("</td><td>").append(esc(details(Json.at(e, "detail")))).append("</td></tr>");
        }
        return b.append("</tbody></table></div></section>").toString();
    }

    private static String details(JsonNode detail) {
        if (!detail.isObject()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = detail.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String shown = v.isNumber() ? Html.num(v.asDouble(), 2) : v.isValueNode() ? v.asText() : v.toString();
            parts.add(Html.words(e.getKey()).toLowerCase() + ": " + shown);
        }
        return String.join(", ", parts);
    }

    private static final String[][] ANALYZERS = {
            {"face", "Face"}, {"posture", "Posture"}, {"voice", "Voice"}, {"speech", "Speech"}};

    static String measurements(JsonNode r) {
        StringBuilder b = new StringBuilder("<section><h2>All measurements</h2><div class='measures'>");
        for (String[] a : ANALYZERS) {
            JsonNode m = Json.at(r, "metrics", a[0]);
            b.append("<div class='card'><h3>").append(a[1]).append("</h3>");
            if (!m.isObject()) {
                b.append("<p class='muted'>This analyzer did not run.</p></div>");
                continue;
            }
            b.append("<table class='kv'>");
            Iterator<Map.Entry<String, JsonNode>> it = m.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                String shown;
                boolean missing = v == null || v.isNull();
                if (e.getKey().equals("baseline")) {
                    shown = baseline(v);
                    missing = false;
                } else if (missing) {
                    shown = Html.NOT_MEASURED;
                } else if (v.isNumber()) {
                    shown = formatMetric(e.getKey(), v.asDouble());
                } else {
                    shown = v.isValueNode() ? v.asText() : v.toString();
                }
                b.append("<tr").append(missing ? " class='na'" : "").append("><th>").append(esc(Html.words(e.getKey())))
                        .append("</th><td>").append(esc(shown)).append("</td></tr>");
            }
            b.append("</table></div>");
        }
        return b.append("</div></section>").toString();
    }

    /** The face's per-user baseline (metrics.face.baseline) in words; null when none was asked for. */
    private static String baseline(JsonNode b) {
        if (b == null || !b.isObject()) {
            return "none (eye contact judged against the camera axis)";
        }
        String span = Html.num(b.path("fromSec").asDouble(), 1) + "-" + Html.num(b.path("toSec").asDouble(), 1) + " s";
        if (!b.path("used").asBoolean()) {
            return "calibration at " + span + " not used: " + b.path("reason").asText("no reason given");
        }
        return "calibrated at " + span + " (" + b.path("frames").asInt() + " frames): head "
                + Html.num(b.path("headYawDeg").asDouble(), 0) + "° yaw, " + Html.num(b.path("headPitchDeg").asDouble(), 0)
                + "° pitch; eyes " + Html.num(b.path("gazeYawDeg").asDouble(), 0) + "° yaw, "
                + Html.num(b.path("gazePitchDeg").asDouble(), 0) + "° pitch";
    }

    private static String formatMetric(String key, double v) {
        if (key.endsWith("Ratio")) {
            return Html.num(v * 100, 0) + "%";
        }
        if (key.endsWith("Score")) {
            return Html.num(v, 0) + "/100";
        }
        if (key.endsWith("Hz")) {
            return Html.num(v, 0) + " Hz";
        }
        if (key.endsWith("PerMin")) {
            return Html.num(v, 1) + "/min";
        }
        if (key.endsWith("Semitones")) {
            return Html.num(v, 1) + " semitones";
        }
        if (key.equals("wordsPerMinute")) {
            return Html.num(v, 0) + " wpm";
        }
        if (key.endsWith("PerSec")) {
            return Html.num(v, 2) + "/s";
        }
        return Html.num(v, 2);
    }

    /** What the analysis says about the input itself (turned video, truncated file, ignored tracks, missing models). */
    static String notes(JsonNode r) {
        JsonNode notes = Json.at(r, "notes");
        if (!notes.isArray() || notes.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section><h2>About this recording</h2><ul class='card notes'>");
        for (JsonNode n : notes) {
            b.append("<li>").append(esc(n.asText())).append("</li>");
        }
        return b.append("</ul></section>").toString();
    }
}
