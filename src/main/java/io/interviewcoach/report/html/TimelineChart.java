package io.interviewcoach.report.html;

import static io.interviewcoach.report.html.Html.c;
import static io.interviewcoach.report.html.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.fusion.WindowValues;

/**
 * The timeline as one inline SVG: a lane per timeline field that is present (eye contact, speaking, pace with its
 * comfortable band, pitch, loudness, posture), a lane of filler marks, and a row per event type.
 */
final class TimelineChart {
    private static final double WIDTH = 1000;
    private static final double GUTTER = 150;
    private static final double RIGHT = 12;
    private static final double LANE = 54;
    private static final double EVENT_ROW = 20;
    private static final double GAP = 12;

    private enum Kind { SHARE, LINE, MARKS }

    private record Lane(String field, String label, Kind kind, String color, Double min, Double max, String unit) {}

    /** Timeline names some analyzers use for the same quantity; the first one a report has is drawn. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "speaking", List.of("speaking", "speechRatio", "voice.speechRatio"));

    private static final List<Lane> LANES = List.of(
            new Lane("eyeContact", "Eye contact", Kind.SHARE, "#3b5bdb", 0.0, 1.0, "%"),
            new Lane("faceVisible", "Face visible", Kind.SHARE, "#7048e8", 0.0, 1.0, "%"),
            new Lane("smile", "Smile", Kind.SHARE, "#f59f00", 0.0, 1.0, "%"),
            new Lane("speaking", "Speaking", Kind.SHARE, "#0ca678", 0.0, 1.0, "%"),
            new Lane("wordsPerMinute", "Pace", Kind.LINE, "#f08c00", null, null, "wpm"),
            new Lane("pitchHz", "Pitch", Kind.LINE, "#d6336c", null, null, "Hz"),
            new Lane("loudnessDb", "Loudness", Kind.LINE, "#868e96", null, null, "dB"),
            new Lane("postureScore", "Posture", Kind.LINE, "#1098ad", 0.0, 100.0, "/100"));

    static final Map<String, String> EVENT_LABELS = Map.ofEntries(
            Map.entry("noFace", "No face"), Map.entry("lookedAway", "Looked away"),
            Map.entry("lookedDown", "Looked down"),
            Map.entry("eyesClosed", "Eyes closed"), Map.entry("multiplePeople", "Others in frame"),
            Map.entry("handsTouchingFace", "Hand to face"), Map.entry("longPause", "Long pause"),
            Map.entry("filler", "Filler"), Map.entry("monotone", "Monotone"), Map.entry("hedge", "Hedge"));

    private static final String[] EVENT_COLORS = {"#e8590c", "#7048e8", "#1c7ed6", "#c2255c", "#2b8a3e", "#5f3dc4",
            "#e67700", "#0b7285"};
    private static final int MAX_EVENT_ROWS = 8;

    private final double wpmLow;
    private final double wpmHigh;

    TimelineChart(double wpmLow, double wpmHigh) {
        this.wpmLow = wpmLow;
        this.wpmHigh = wpmHigh;
    }

    /** Returns null when there is nothing to draw. */
    String render(JsonNode timeline, JsonNode events, JsonNode words, Double durationSec) {
        List<WindowValues> windows = TimelineValues.read(timeline);
        List<Lane> lanes = new ArrayList<>();
        for (Lane lane : LANES) {
            if (lane.field().equals("faceVisible") && has(windows, "eyeContact")) {
                continue; // eye contact already shows where the face was missing
            }
            for (String field : ALIASES.getOrDefault(lane.field(), List.of(lane.field()))) {
                if (has(windows, field)) {
                    lanes.add(new Lane(field, lane.label(), lane.kind(), lane.color(), lane.min(), lane.max(),
                            lane.unit()));
                    break;
                }
            }
        }
        List<double[]> fillerMarks = fillerMarks(windows, events, words);
        Map<String, List<double[]>> eventRows = eventRows(events);
        if (lanes.isEmpty() && fillerMarks.isEmpty() && eventRows.isEmpty()) {
            return null;
        }

        double duration = durationSec != null && durationSec > 0 ? durationSec : 0;
        for (WindowValues w : windows) {
            duration = Math.max(duration, w.end());
        }
        for (List<double[]> rows : eventRows.values()) {
            for (double[] r : rows) {
                duration = Math.max(duration, r[1]);
            }
        }
        for (double[] m : fillerMarks) {
            duration = Math.max(duration, m[0]);
        }
        if (duration <= 0) {
            duration = 1;
        }
        double plotW = WIDTH - GUTTER - RIGHT;
        final double dur = duration;
        java.util.function.DoubleUnaryOperator x = t -> GUTTER + Math.max(0, Math.min(1, t / dur)) * plotW;

        StringBuilder svg = new StringBuilder();
        double y = 8;
        for (Lane lane : lanes) {
            drawLane(svg, lane, windows, x, y, plotW);
            y += LANE + GAP;
        }
        if (!fillerMarks.isEmpty()) {
            laneFrame(svg, "Fillers", fillerMarks.size() + " marked", y, EVENT_ROW + 6, plotW);
            for (double[] m : fillerMarks) {
                double xm = x.applyAsDouble(m[0]);
                svg.append("<line x1='").append(c(xm)).append("' x2='").append(c(xm)).append("' y1='").append(c(y + 3))
                        .append("' y2='").append(c(y + EVENT_ROW + 3)).append("' stroke='#e03131' stroke-width='2.5'>")
                        .append("<title>filler at ").append(Html.time(m[0])).append("</title></line>");
            }
            y += EVENT_ROW + 6 + GAP;
        }
        int colour = 0;
        for (Map.Entry<String, List<double[]>> row : eventRows.entrySet()) {
            String label = EVENT_LABELS.getOrDefault(row.getKey(), Html.words(row.getKey()));
            String color = EVENT_COLORS[colour++ % EVENT_COLORS.length];
            laneFrame(svg, label, row.getValue().size() + "×", y, EVENT_ROW, plotW);
            for (double[] r : row.getValue()) {
                double x0 = x.applyAsDouble(r[0]);
                double w = Math.max(3, x.applyAsDouble(r[1]) - x0);
                svg.append("<rect x='").append(c(x0)).append("' y='").append(c(y + 3)).append("' width='").append(c(w))
                        .append("' height='").append(c(EVENT_ROW - 6)).append("' rx='3' fill='").append(color)
                        .append("'><title>").append(esc(label)).append(' ').append(Html.range(r[0], r[1]))
                        .append("</title></rect>");
            }
            y += EVENT_ROW + 6;
        }
        y += 4;
        double axisY = y;
        double step = tickStep(duration);
        for (double t = 0; t <= duration + 1e-6; t += step) {
            double xt = x.applyAsDouble(t);
            svg.append("<line x1='").append(c(xt)).append("' x2='").append(c(xt)).append("' y1='0' y2='")
                    .append(c(axisY)).append("' stroke='#dfe3ec' stroke-dasharray='2 4'/>");
            svg.append("<text x='").append(c(xt)).append("' y='").append(c(axisY + 16))
                    .append("' class='tick' text-anchor='middle'>").append(Html.time(t)).append("</text>");
        }
        double height = axisY + 24;
        return "<svg class='timeline' viewBox='0 0 " + c(WIDTH) + ' ' + c(height) + "' role='img' aria-label='"
                + "Timeline of the recording'>" + svg + "</svg>";
    }

    private void drawLane(StringBuilder svg, Lane lane, List<WindowValues> windows,
            java.util.function.DoubleUnaryOperator x, double y, double plotW) {
        double lo = lane.min() != null ? lane.min() : Double.POSITIVE_INFINITY;
        double hi = lane.max() != null ? lane.max() : Double.NEGATIVE_INFINITY;
        if (lane.min() == null || lane.max() == null) {
            for (WindowValues w : windows) {
                Double v = w.get(lane.field());
                if (v != null) {
                    if (lane.min() == null) {
                        lo = Math.min(lo, v);
                    }
                    if (lane.max() == null) {
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (lane.field().equals("wordsPerMinute")) {
                lo = Math.max(0, Math.min(lo, wpmLow) - 20);
                hi = Math.max(hi, wpmHigh) + 20;
            } else {
                double pad = Math.max(1, (hi - lo) * 0.1);
                lo = lane.min() != null ? lo : lo - pad;
                hi = lane.max() != null ? hi : hi + pad;
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        String range = lane.kind() == Kind.SHARE ? "0–100%"
                : Html.num(lo, 0) + (lo < 0 || hi < 0 ? " to " : "–") + Html.num(hi, 0) + " " + lane.unit();
        laneFrame(svg, lane.label(), range, y, LANE, plotW);
        final double low = lo;
        final double span = hi - lo;
        java.util.function.DoubleUnaryOperator yOf = v -> y + LANE - 2 - (Math.max(low, Math.min(low + span, v)) - low)
                / span * (LANE - 4);

        if (lane.field().equals("wordsPerMinute")) {
            double yTop = yOf.applyAsDouble(wpmHigh);
            double yBottom = yOf.applyAsDouble(wpmLow);
            svg.append("<rect x='").append(c(GUTTER)).append("' y='").append(c(yTop)).append("' width='")
                    .append(c(plotW)).append("' height='").append(c(yBottom - yTop))
                    .append("' fill='#2f9e44' opacity='0.16'><title>comfortable pace ").append(Html.num(wpmLow, 0))
                    .append("–").append(Html.num(wpmHigh, 0)).append(" wpm</title></rect>");
        }
        for (List<double[]> seg : segments(windows, lane.field())) {
            StringBuilder pts = new StringBuilder();
            for (double[] p : seg) {
                pts.append(c(x.applyAsDouble(p[0]))).append(',').append(c(yOf.applyAsDouble(p[1]))).append(' ');
            }
            if (lane.kind() == Kind.SHARE) {
                double base = y + LANE - 2;
                String first = c(x.applyAsDouble(seg.get(0)[0]));
                String last = c(x.applyAsDouble(seg.get(seg.size() - 1)[0]));
                svg.append("<polygon points='").append(first).append(',').append(c(base)).append(' ').append(pts)
                        .append(last).append(',').append(c(base)).append("' fill='").append(lane.color())
                        .append("' opacity='0.28'/>");
            }
            if (seg.size() == 1) {
                svg.append("<circle cx='").append(c(x.applyAsDouble(seg.get(0)[0]))).append("' cy='")
                        .append(c(yOf.applyAsDouble(seg.get(0)[1]))).append("' r='2.5' fill='").append(lane.color())
                        .append("'/>");
            } else {
                svg.append("<polyline points='").append(pts.toString().trim()).append("' fill='none' stroke='")
                        .append(lane.color()).append("' stroke-width='2' stroke-linejoin='round'/>");
            }
        }
    }

    private static void laneFrame(StringBuilder svg, String label, String note, double y, double h, double plotW) {
        svg.append("<rect x='").append(c(GUTTER)).append("' y='").append(c(y)).append("' width='").append(c(plotW))
                .append("' height='").append(c(h)).append("' rx='5' fill='#f5f7fc'/>");
        double mid = y + h / 2;
        boolean tall = h > 30;
        svg.append("<text x='").append(c(GUTTER - 10)).append("' y='").append(c(tall ? mid - 2 : mid + 4))
                .append("' class='lane' text-anchor='end'>").append(esc(label)).append("</text>");
        if (tall && note != null) {
            svg.append("<text x='").append(c(GUTTER - 10)).append("' y='").append(c(mid + 14))
                    .append("' class='note' text-anchor='end'>").append(esc(note)).append("</text>");
        }
    }

    /** Runs of consecutive windows that have the field, as (window centre, value); a hole breaks the line. */
    private static List<List<double[]>> segments(List<WindowValues> windows, String field) {
        List<List<double[]>> out = new ArrayList<>();
        List<double[]> cur = new ArrayList<>();
        double lastEnd = Double.NaN;
        for (WindowValues w : windows) {
            Double v = w.get(field);
            boolean contiguous = Double.isNaN(lastEnd) || w.t() - lastEnd < 0.5;
            if (v == null || !contiguous) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                }
                cur = new ArrayList<>();
            }
            if (v != null) {
                cur.add(new double[] {(w.t() + w.end()) / 2, v});
            }
            lastEnd = w.end();
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Filler times: from the transcript's words when it has any, else filler events, else timeline counts. */
    private static List<double[]> fillerMarks(List<WindowValues> windows, JsonNode events, JsonNode words) {
        List<double[]> marks = new ArrayList<>();
        if (words != null && words.isArray()) {
            for (JsonNode w : words) {
                Double start = Json.num(w, "start");
                if (start != null && Json.flag(w, "filler")) {
                    marks.add(new double[] {start});
                }
            }
        }
        if (marks.isEmpty() && events != null && events.isArray()) {
            for (JsonNode e : events) {
                Double start = Json.num(e, "start");
                if (start != null && "filler".equals(Json.text(e, "type"))) {
                    marks.add(new double[] {start});
                }
            }
        }
        if (marks.isEmpty()) {
            for (WindowValues w : windows) {
                Double n = w.get("fillers");
                if (n != null && n >= 1) {
                    marks.add(new double[] {(w.t() + w.end()) / 2});
                }
            }
        }
        return marks;
    }

    private static Map<String, List<double[]>> eventRows(JsonNode events) {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        if (events == null || !events.isArray()) {
            return rows;
        }
        for (JsonNode e : events) {
            String type = Json.text(e, "type");
            Double start = Json.num(e, "start");
            Double end = Json.num(e, "end");
            if (type == null || start == null || "filler".equals(type)) {
                continue;
            }
            if (!rows.containsKey(type) && rows.size() >= MAX_EVENT_ROWS) {
                continue;
            }
            rows.computeIfAbsent(type, k -> new ArrayList<>())
                    .add(new double[] {start, end == null ? start : Math.max(start, end)});
        }
        return rows;
    }

    private static boolean has(List<WindowValues> windows, String field) {
        for (WindowValues w : windows) {
            if (w.get(field) != null) {
                return true;
            }
        }
        return false;
    }

    private static double tickStep(double duration) {
        for (double s : new double[] {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800}) {
            if (duration / s <= 12) {
                return s;
            }
        }
        return 3600;
    }
}
