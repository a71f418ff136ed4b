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

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.FusionSettings;

/**
 * Renders a saved report (its JSON tree) as one self-contained HTML page: inline CSS and SVG, no scripts, fonts or
 * links to anything outside the file. Every text from the report is escaped. A section that cannot be drawn from
 * odd input is replaced by a short note instead of failing the whole page.
 *
 * <p>Score breakdowns come from the report's `scoreBreakdown` when it has one, otherwise they are recomputed from
 * `metrics` with this writer's fusion settings; `feedback` likewise.
 */
public final class HtmlReportWriter {

    private final Fusion fusion;
    private final ObjectMapper mapper;
    private final RecomputedParts recomputed;

    public HtmlReportWriter() {
        this(FusionSettings.defaults());
    }

    public HtmlReportWriter(FusionSettings settings) {
        this.fusion = new Fusion(settings);
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.recomputed = new RecomputedParts(fusion, mapper);
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
        JsonNode breakdown = recomputed.breakdown(r);
        section(b, "scores", () -> ScoreSection.categories(r, breakdown));
        JsonNode feedback = recomputed.feedback(r);
        section(b, "improvement plan", () -> FeedbackSection.plan(feedback));
        boolean anything = Json.num(r, "scores", "overall") != null || FeedbackSection.hasMeasured(breakdown);
        section(b, "feedback", () -> FeedbackSection.strengthsAndTips(feedback, anything));
        section(b, "timeline", () -> timeline(r));
        section(b, "transcript", () -> TranscriptSection.transcript(r));
        section(b, "events", () -> MeasurementSection.events(r));
        section(b, "measurements", () -> MeasurementSection.measurements(r));
        section(b, "notes", () -> MeasurementSection.notes(r));
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
        fact(facts, "Duration", duration == null ? Html.NOT_MEASURED : Html.time(duration));
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
                + "<div class='hero-gauge'>" + ScoreSection.gauge(overall, 132, true) + "<p>Overall</p></div></header>";
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
