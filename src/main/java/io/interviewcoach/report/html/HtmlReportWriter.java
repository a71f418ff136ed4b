package io.interviewcoach.report.html;

import static io.interviewcoach.report.html.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.fusion.Category;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.FusionSettings;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.measure.ReportEvent;

/**
 * Renders a saved report (its JSON tree) as one self-contained HTML page: inline CSS and SVG, no scripts, fonts or
 * links to anything outside the file. Every text from the report is escaped. A section that cannot be drawn from
 * odd input is replaced by a short note instead of failing the whole page.
 *
 * <p>Score breakdowns come from the report's `scoreBreakdown` when it has one, otherwise they are recomputed from
 * `metrics` with this writer's fusion settings; `feedback` likewise.
 */
public final class HtmlReportWriter {
    private static final String NOT_MEASURED = "not measured";
    /** A long live session can log thousands of fillers; the table lists the first ones, the JSON keeps all. */
    private static final int MAX_EVENT_ROWS = 200;

    private final Fusion fusion;
    private final ObjectMapper mapper;

    public HtmlReportWriter() {
        this(FusionSettings.defaults());
    }

    public HtmlReportWriter(FusionSettings settings) {
        this.fusion = new Fusion(settings);
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public void write(JsonNode report, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, render(report), StandardCharsets.UTF_8);
    }

    public String render(JsonNode report) {
        JsonNode r = report == null ? mapper.createObjectNode() : report;
        StringBuilder b = new StringBuilder(64_000);
        String file = Json.text(r, "media", "file");
        b.append("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>")
                .append("<meta name='viewport' content='width=device-width, initial-scale=1'>")
                .append("<title>Interview report").append(file == null ? "" : " – " + esc(baseName(file)))
                .append("</title><style>").append(Style.CSS).append("</style></head><body><main class='wrap'>\n");
        section(b, "header", () -> header(r));
        JsonNode breakdown = breakdown(r);
        section(b, "scores", () -> categories(r, breakdown));
        JsonNode feedback = feedback(r);
        section(b, "improvement plan", () -> plan(feedback));
        boolean anything = Json.num(r, "scores", "overall") != null || hasMeasured(breakdown);
        section(b, "feedback", () -> strengthsAndTips(feedback, anything));
        section(b, "timeline", () -> timeline(r));
        section(b, "transcript", () -> transcript(r));
        section(b, "events", () -> events(r));
        section(b, "measurements", () -> measurements(r));
        section(b, "notes", () -> notes(r));
        section(b, "footer", () -> footer(r));
        b.append("</main></body></html>\n");
        return b.toString();
    }

    private interface Part {
        String html();
    }

    private static void section(StringBuilder b, String name, Part part) {
        try {
            b.append(part.html()).append('\n');
        } catch (RuntimeException e) {
            b.append("<section class='card'><p class='muted'>The ").append(esc(name))
                    .append(" section could not be shown: ").append(esc(String.valueOf(e.getMessage())))
                    .append("</p></section>\n");
        }
    }

    // ---------------------------------------------------------------- header

    private String header(JsonNode r) {
        String file = Json.text(r, "media", "file");
        Double duration = Json.num(r, "media", "durationSec");
        Double overall = Json.num(r, "scores", "overall");
        StringBuilder facts = new StringBuilder();
        fact(facts, "Duration", duration == null ? NOT_MEASURED : Html.time(duration));
        Double w = Json.num(r, "media", "video", "width");
        Double h = Json.num(r, "media", "video", "height");
        Double fps = Json.num(r, "media", "video", "fps");
        if (w != null && h != null) {
            fact(facts, "Video", Html.num(w, 0) + "×" + Html.num(h, 0) + (fps == null ? "" : " · " + Html.num(fps, 1)
                    + " fps"));
        } else {
            fact(facts, "Video", "none");
        }
        JsonNode audio = Json.at(r, "media", "audio");
        fact(facts, "Audio", !Json.present(audio) ? "none" : audio.isBoolean() ? (audio.asBoolean() ? "yes" : "none")
                : audio.isContainerNode() ? summary(audio) : audio.asText());
        Double frames = Json.num(r, "analysis", "framesAnalyzed");
        if (frames != null) {
            Double afps = Json.num(r, "analysis", "fps");
            fact(facts, "Analysed", Html.num(frames, 0) + " frames" + (afps == null ? "" : " at " + Html.num(afps, 1)
                    + " fps"));
        }
        return "<header class='hero'><div class='hero-text'><p class='kicker'>Interview practice report</p><h1>"
                + esc(file == null ? "Recording" : baseName(file)) + "</h1>"
                + (file != null && !baseName(file).equals(file) ? "<p class='path'>" + esc(file) + "</p>" : "")
                + "<dl class='facts'>" + facts + "</dl></div>"
                + "<div class='hero-gauge'>" + gauge(overall, 132, true) + "<p>Overall</p></div></header>";
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<div><dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd></div>");
    }

    private static String summary(JsonNode obj) {
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                parts.add(Html.words(e.getKey()).toLowerCase() + " " + e.getValue().asText());
            }
        }
        return parts.isEmpty() ? "yes" : String.join(" · ", parts);
    }

    /** A ring gauge; a null score draws an empty ring reading "–". */
    private static String gauge(Double score, int size, boolean onDark) {
        double r = 52;
        double circ = 2 * Math.PI * r;
        double frac = score == null ? 0 : Math.max(0, Math.min(100, score)) / 100.0;
        String cls = Html.scoreClass(score);
        String track = onDark ? "rgba(255,255,255,0.25)" : "#e9ecf3";
        return "<svg class='gauge " + cls + "' width='" + size + "' height='" + size + "' viewBox='0 0 120 120'"
                + " role='img' aria-label='score " + (score == null ? NOT_MEASURED : Html.num(score, 0)) + "'>"
                + "<circle cx='60' cy='60' r='" + r + "' fill='none' stroke='" + track + "' stroke-width='10'/>"
                + (score == null || frac <= 0 ? ""
                        : "<circle class='arc' cx='60' cy='60' r='" + r + "' fill='none' stroke-width='10'"
                                + " stroke-linecap='round' stroke-dasharray='" + Html.c(circ * frac) + ' '
                                + Html.c(circ) + "' transform='rotate(-90 60 60)'/>")
                + "<text x='60' y='" + (score == null ? "68" : "70") + "' text-anchor='middle' class='gauge-num'>"
                + (score == null ? "–" : Html.num(score, 0)) + "</text></svg>";
    }

    // ---------------------------------------------------------------- scores

    private JsonNode breakdown(JsonNode r) {
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

    private String categories(JsonNode r, JsonNode breakdown) {
        StringBuilder b = new StringBuilder("<section><h2>Scores</h2><div class='cats'>");
        for (Category c : Category.values()) {
            JsonNode detail = null;
            for (JsonNode d : breakdown) {
                if (c.key().equals(Json.text(d, "category"))) {
                    detail = d;
                }
            }
            Double score = Json.at(r, "scores").has(c.key()) ? Json.num(r, "scores", c.key())
                    : detail == null ? null : Json.num(detail, "score");
            String cls = Html.scoreClass(score);
            b.append("<article class='card cat ").append(cls).append("'><div class='cat-head'><div><h3>")
                    .append(esc(c.label())).append("</h3><span class='word'>").append(Html.scoreWord(score))
                    .append("</span></div><div class='cat-score'>")
                    .append(score == null ? "<span class='na-text'>–</span>" : Html.num(score, 0) + "<small>/100</small>")
                    .append("</div></div><p class='muted desc'>").append(esc(c.description())).append("</p>");
            if (detail != null && Json.at(detail, "subScores").isArray()) {
                b.append("<ul class='subs'>");
                double totalWeight = 0;
                for (JsonNode s : Json.at(detail, "subScores")) {
                    Double wgt = Json.num(s, "weight");
                    totalWeight += wgt == null ? 0 : wgt;
                }
                for (JsonNode s : Json.at(detail, "subScores")) {
                    b.append(subScoreRow(s, totalWeight));
                }
                b.append("</ul>");
                Double coverage = Json.num(detail, "coverage");
                if (score != null && coverage != null && coverage < 0.999) {
                    b.append("<p class='cov'>Based on the measured inputs (").append(Html.num(coverage * 100, 0))
                            .append("% of this category's weight); the rest did not count.</p>");
                }
            } else if (score == null) {
                b.append("<p class='muted'>No input of this category was measured in this recording.</p>");
            }
            b.append("</article>");
        }
        return b.append("</div></section>").toString();
    }

    private static String subScoreRow(JsonNode s, double totalWeight) {
        String label = Json.text(s, "label");
        Double score = Json.num(s, "score");
        Double value = Json.num(s, "value");
        Double weight = Json.num(s, "weight");
        String unit = Json.text(s, "unit");
        String target = Json.text(s, "target");
        String metric = Json.text(s, "metric");
        String share = weight == null || totalWeight <= 0 ? "" : Html.num(weight / totalWeight * 100, 0) + "%";
        if (score == null) {
            return "<li class='na'><span class='sl'>" + esc(label) + "</span><span class='sv'>" + NOT_MEASURED
                    + "</span><span class='bar'></span><span class='sw' title='weight in this category'>" + share
                    + "</span></li>";
        }
        String shown = value == null ? "" : withUnit(value, unit);
        String tip = (metric == null ? "" : metric) + (target == null ? "" : " · target " + target)
                + " · sub-score " + Html.num(score, 0) + "/100";
        return "<li title='" + esc(tip) + "'><span class='sl'>" + esc(label) + "</span><span class='sv'>" + esc(shown)
                + "</span><span class='bar'><i class='" + Html.scoreClass(score) + "' style='width:"
                + Html.num(Math.max(2, Math.min(100, score)), 0) + "%'></i></span><span class='sw'"
                + " title='weight in this category'>" + share + "</span></li>";
    }

    private static String withUnit(double value, String unit) {
        String n = Html.num(value, Math.abs(value) >= 100 ? 0 : 1);
        if (unit == null || unit.isEmpty()) {
            return n;
        }
        return unit.startsWith("/") || unit.equals("%") ? n + unit : n + " " + unit;
    }

    // ---------------------------------------------------------------- feedback

    private JsonNode feedback(JsonNode r) {
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
            Map<String, Object> detail = new java.util.LinkedHashMap<>();
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

    private static String plan(JsonNode feedback) {
        JsonNode items = Json.at(feedback, "improvementPlan");
        if (!items.isArray() || items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section><h2>Your plan for the next practice</h2><ol class='plan'>");
        for (JsonNode p : items) {
            b.append("<li class='card'><h3>").append(esc(Json.text(p, "focus"))).append("</h3><p>")
                    .append(esc(Json.text(p, "exercise"))).append("</p>");
            String target = Json.text(p, "target");
            if (target != null) {
                b.append("<p class='target'><b>Target</b> ").append(esc(target)).append("</p>");
            }
            b.append("</li>");
        }
        return b.append("</ol></section>").toString();
    }

    private static boolean hasMeasured(JsonNode breakdown) {
        for (JsonNode c : breakdown) {
            if (Json.num(c, "score") != null) {
                return true;
            }
        }
        return false;
    }

    private static String strengthsAndTips(JsonNode feedback, boolean anythingMeasured) {
        JsonNode strengths = Json.at(feedback, "strengths");
        JsonNode tips = Json.at(feedback, "tips");
        StringBuilder b = new StringBuilder("<section class='two'>");
        b.append("<div><h2>What went well</h2>");
        if (strengths.isArray() && !strengths.isEmpty()) {
            b.append("<ul class='strengths'>");
            for (JsonNode s : strengths) {
                b.append("<li class='card'><span class='check' aria-hidden='true'>✓</span><div><b>")
                        .append(esc(Json.text(s, "area"))).append("</b><p>").append(esc(Json.text(s, "message")))
                        .append("</p></div></li>");
            }
            b.append("</ul>");
        } else {
            b.append(anythingMeasured
                    ? "<p class='muted card'>No measured area reached the strength threshold this time.</p>"
                    : "<p class='muted card'>Nothing could be measured in this recording.</p>");
        }
        b.append("</div><div><h2>Tips</h2>");
        if (tips.isArray() && !tips.isEmpty()) {
            for (JsonNode t : tips) {
                b.append("<article class='card tip'><h3>").append(esc(Json.text(t, "area"))).append("</h3><p>")
                        .append(esc(Json.text(t, "message"))).append("</p>").append(evidence(Json.at(t, "evidence")))
                        .append("</article>");
            }
        } else {
            b.append(anythingMeasured
                    ? "<p class='muted card'>No tips: every measured area was within its target band.</p>"
                    : "<p class='muted card'>No tips: there were no measurements to base them on.</p>");
        }
        return b.append("</div></section>").toString();
    }

    private static String evidence(JsonNode e) {
        if (!e.isObject()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class='evidence'>");
        Double value = Json.num(e, "value");
        b.append("<span class='chip measured'>measured ")
                .append(esc(value == null ? NOT_MEASURED : withUnit(value, Json.text(e, "unit")))).append("</span>");
        String target = Json.text(e, "target");
        if (target != null) {
            b.append("<span class='chip target'>target ").append(esc(target)).append("</span>");
        }
        JsonNode ranges = Json.at(e, "timeRanges");
        if (ranges.isArray()) {
            for (JsonNode tr : ranges) {
                Double s = Json.num(tr, "start");
                Double en = Json.num(tr, "end");
                if (s != null) {
                    b.append("<span class='chip time' title='time in the recording'>")
                            .append(Html.range(s, en == null ? s : en)).append("</span>");
                }
            }
        }
        String metric = Json.text(e, "metric");
        if (metric != null) {
            b.append("<span class='metric'>").append(esc(metric)).append("</span>");
        }
        return b.append("</div>").toString();
    }

    // ---------------------------------------------------------------- timeline

    private String timeline(JsonNode r) {
        double[] comfortablePace = fusion.settings().targets().wordsPerMinute().fullScoreRange();
        double lo = comfortablePace[0];
        double hi = comfortablePace[1];
        String svg = new TimelineChart(Double.isNaN(lo) ? 120 : lo, Double.isNaN(hi) ? 160 : hi).render(
                Json.at(r, "timeline"), Json.at(r, "events"), Json.at(r, "transcript", "words"),
                Json.num(r, "media", "durationSec"));
        if (svg == null) {
            return "<section><h2>Timeline</h2><p class='muted card'>No per-second measurements in this report.</p>"
                    + "</section>";
        }
        return "<section><h2>Timeline</h2><div class='card chart'>" + svg + "<p class='muted small'>One point per"
                + " analysis window; gaps mean not measured. The green band on pace is the comfortable "
                + Html.num(Double.isNaN(lo) ? 120 : lo, 0) + "–" + Html.num(Double.isNaN(hi) ? 160 : hi, 0)
                + " wpm.</p></div></section>";
    }

    // ---------------------------------------------------------------- transcript

    private static String transcript(JsonNode r) {
        JsonNode t = Json.at(r, "transcript");
        StringBuilder b = new StringBuilder("<section><h2>Transcript</h2><div class='card transcript'>");
        if (!t.isObject()) {
            return b.append("<p class='muted'>No transcript: speech was not recognised for this recording.</p>")
                    .append("</div></section>").toString();
        }
        JsonNode words = Json.at(t, "words");
        int fillers = 0;
        int hedges = 0;
        if (words.isArray() && !words.isEmpty()) {
            StringBuilder para = new StringBuilder();
            Double paraStart = null;
            Double lastEnd = null;
            StringBuilder body = new StringBuilder();
            for (JsonNode w : words) {
                String word = Json.text(w, "word");
                if (word == null) {
                    continue;
                }
                Double start = Json.num(w, "start");
                Double end = Json.num(w, "end");
                if (start != null && lastEnd != null && start - lastEnd > 1.5 && para.length() > 0) {
                    body.append(paragraph(paraStart, para));
                    para.setLength(0);
                    paraStart = null;
                }
                if (paraStart == null) {
                    paraStart = start;
                }
                boolean filler = Json.flag(w, "filler");
                boolean hedge = Json.flag(w, "hedge");
                Double conf = Json.num(w, "conf");
                String title = (start == null ? "" : Html.time(start)) + (conf == null ? "" : " · confidence "
                        + Html.num(conf, 2));
                if (filler) {
                    fillers++;
                    para.append("<mark class='filler' title='filler · ").append(esc(title)).append("'>")
                            .append(esc(word)).append("</mark> ");
                } else if (hedge) {
                    hedges++;
                    para.append("<mark class='hedge' title='hedge · ").append(esc(title)).append("'>")
                            .append(esc(word)).append("</mark> ");
                } else if (conf != null && conf < 0.5) {
                    para.append("<span class='low' title='").append(esc(title)).append("'>").append(esc(word))
                            .append("</span> ");
                } else {
                    para.append(esc(word)).append(' ');
                }
                lastEnd = end != null ? end : start;
            }
            if (para.length() > 0) {
                body.append(paragraph(paraStart, para));
            }
            b.append("<p class='legend'><mark class='filler'>filler</mark> ").append(fillers)
                    .append(hedges > 0 ? " · <mark class='hedge'>hedge</mark> " + hedges : "")
                    .append(" · <span class='low'>uncertain word</span>");
            String source = Json.text(t, "source");
            if (source != null) {
                b.append(" · recognised by ").append(esc(source));
            }
            b.append("</p>").append(body);
        } else {
            String text = Json.text(t, "text");
            b.append(text == null || text.isBlank() ? "<p class='muted'>The transcript is empty.</p>"
                    : "<p>" + esc(text) + "</p>");
        }
        return b.append("</div></section>").toString();
    }

    private static String paragraph(Double start, StringBuilder words) {
        return "<p><span class='ts'>" + (start == null ? "" : Html.time(start)) + "</span>" + words.toString().trim()
                + "</p>";
    }

    // ---------------------------------------------------------------- events

    private static String events(JsonNode r) {
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

    // ---------------------------------------------------------------- measurements

    private static final String[][] ANALYZERS = {
            {"face", "Face"}, {"posture", "Posture"}, {"voice", "Voice"}, {"speech", "Speech"}};

    private static String measurements(JsonNode r) {
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
                    shown = NOT_MEASURED;
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
    private static String notes(JsonNode r) {
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

    // ---------------------------------------------------------------- footer

    private static String footer(JsonNode r) {
        StringBuilder b = new StringBuilder("<footer>");
        Double processing = Json.num(r, "analysis", "processingSec");
        Double unreadable = Json.num(r, "analysis", "framesUnreadable");
        List<String> parts = new ArrayList<>();
        if (processing != null) {
            parts.add("analysed in " + Html.num(processing, 1) + " s");
        }
        if (unreadable != null && unreadable > 0) {
            parts.add(Html.num(unreadable, 0) + " unreadable frames skipped");
        }
        Double lost = Json.num(r, "analysis", "framesLost");
        if (lost != null && lost > 0) {
            parts.add(Html.num(lost, 0) + " frames lost to damage in the file");
        }
        JsonNode models = Json.at(r, "analysis", "models");
        if (models.isArray() && !models.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (JsonNode m : models) {
                String id = Json.text(m, "id");
                String version = Json.text(m, "version");
                if (id != null) {
                    ids.add(version == null ? id : id + " " + version);
                }
            }
            parts.add("models: " + String.join(", ", ids));
        }
        String schema = Json.text(r, "schemaVersion");
        if (schema != null) {
            parts.add("report schema " + schema);
        }
        b.append("<p>").append(esc(String.join(" · ", parts))).append("</p>")
                .append("<p>Scores are 0–100 functions of the measurements above; each tip names the measured value,")
                .append(" its target band and where in the recording it showed. A missing value means it could not")
                .append(" be measured, not that it was zero.</p></footer>");
        return b.toString();
    }

    private static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }
}
