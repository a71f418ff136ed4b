package io.interviewcoach.report.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class HtmlReportWriterTest {
    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void showsTheFiveScoresAndTheirBreakdown() throws Exception {
        ObjectNode report = SampleReport.build();
        String html = writer.render(report);
        Path out = Path.of("target", "html-report", "sample-report.html");
        writer.write(report, out);
        assertTrue(Files.size(out) > 10_000);

        JsonNode scores = report.get("scores");
        assertTrue(html.contains("aria-label='score " + Math.round(scores.get("overall").asDouble()) + "'"), "overall");
        for (String key : new String[] {"bodyLanguage", "facialExpression", "vocalDelivery", "speechContent"}) {
            String shown = String.valueOf(Math.round(scores.get(key).asDouble()));
            assertTrue(html.contains("'>" + shown + "<small>/100</small>"), key + " " + shown);
        }
        assertTrue(html.contains("Body language") && html.contains("Speech content"));
        assertTrue(html.contains("171 wpm"), "measured pace in the breakdown");
        assertTrue(html.contains("target ≤ 2 fillers/min"), "tip evidence target");
        assertTrue(html.contains("title='time in the recording'>0:14–0:19<"), "looked-away range as a time chip");
        assertEquals(3, count(html, "<li class='card'><h3>"), "three plan items");
        assertTrue(html.contains("<svg class='timeline'"));
        assertTrue(html.contains(">Eye contact</text>") && html.contains(">Pace</text>") && html.contains(">Pitch</text>"));
        assertTrue(html.contains(">Looked away</text>"));
        assertTrue(html.contains("<mark class='filler'"));
        assertTrue(html.contains("<mark class='hedge'"));
    }

    @Test
    void escapesScriptInTranscriptAndEverywhereElse() {
        ObjectNode report = SampleReport.build();
        report.with("media").put("file", "a<b>\"c'.mp4");
        ((ObjectNode) report.get("events").get(0).get("detail")).put("note", "<img src=x onerror=alert(1)>");
        String html = writer.render(report);
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.toLowerCase().contains("<img"), "no injected element");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "transcript word shown as text");
        assertTrue(html.contains("a&lt;b&gt;&quot;c&#39;.mp4"));
    }

    @Test
    void rendersAllNullMetricsAsNotMeasured() throws Exception {
        ObjectNode r = SampleReport.MAPPER.createObjectNode();
        r.putObject("media").put("file", "silent.mp4").putNull("durationSec");
        ObjectNode metrics = r.putObject("metrics");
        ObjectNode face = metrics.putObject("face");
        for (String f : new String[] {"visibleRatio", "eyeContactRatio", "eyeContactScore", "blinkRatePerMin",
                "eyesClosedEvents", "smileRatio", "expressionVarietyScore", "engagementScore"}) {
            face.putNull(f);
        }
        metrics.putNull("posture");
        metrics.putNull("voice");
        metrics.putNull("speech");
        ObjectNode scores = r.putObject("scores");
        for (String k : new String[] {"overall", "bodyLanguage", "facialExpression", "vocalDelivery", "speechContent"}) {
            scores.putNull(k);
        }
        r.putNull("transcript");
        r.putArray("timeline");
        r.putArray("events");
        String html = assertDoesNotThrow(() -> writer.render(r));
        writer.write(r, Path.of("target", "html-report", "all-null-report.html"));
        assertTrue(html.contains("not measured"));
        assertTrue(html.contains("This analyzer did not run."));
        assertTrue(html.contains("No transcript"));
        assertFalse(html.contains("could not be shown"), "every section rendered");
        assertFalse(html.contains(">0<small>/100"), "a null score is not shown as 0");
        assertTrue(html.contains("aria-label='score not measured'"));
    }

    @Test
    void rendersAnEmptyOrOddTreeWithoutExceptions() {
        assertDoesNotThrow(() -> writer.render(SampleReport.MAPPER.createObjectNode()));
        assertDoesNotThrow(() -> writer.render(null));
        ObjectNode odd = SampleReport.MAPPER.createObjectNode();
        odd.put("timeline", "not an array");
        odd.putObject("metrics").put("face", 3);
        odd.putArray("events").addObject().put("type", "lookedAway");
        assertDoesNotThrow(() -> writer.render(odd));
    }

    @Test
    void recomputesBreakdownAndFeedbackWhenTheReportHasNone() {
        ObjectNode report = SampleReport.build();
        report.remove("scoreBreakdown");
        report.remove("feedback");
        ((ObjectNode) report.get("events").get(0).get("detail")).putNull("confidence");
        ((ObjectNode) report.get("events").get(1)).remove("detail");
        String html = writer.render(report);
        assertTrue(html.contains("171 wpm"));
        assertTrue(html.contains("Your plan for the next practice"));
        assertTrue(html.contains("title='time in the recording'>0:14–0:19<"));
    }

    @Test
    void drawsATimelineNestedPerAnalyzer() throws Exception {
        // the analyzers' own window records, one object each, as a lead might nest them
        String json = """
                {"media":{"file":"d14.mp4","durationSec":3.0},
                 "timeline":[
                  {"t":0,"end":1,"face":{"faceVisible":true,"eyeContact":0.9,"smile":0.1},
                   "voice":{"speechRatio":0.8,"pitchHz":210.5,"loudnessDb":-23.0},"speech":{"wordsPerMinute":140,"fillers":0}},
                  {"t":1,"end":2,"face":{"faceVisible":true,"eyeContact":0.2,"smile":0.0},
                   "voice":{"speechRatio":0.0,"pitchHz":null,"loudnessDb":null},"speech":{"wordsPerMinute":null,"fillers":1}},
                  {"t":2,"end":3,"face":{"faceVisible":false,"eyeContact":null},"pose":{"poseVisible":false}}]}
                """;
        String html = writer.render(SampleReport.MAPPER.readTree(json));
        for (String lane : new String[] {"Eye contact", "Smile", "Speaking", "Pace", "Pitch", "Loudness", "Fillers"}) {
            assertTrue(html.contains(">" + lane + "</text>"), lane);
        }
        assertTrue(html.contains("filler at 0:02"), "filler mark at the window centre (1.5 s)");
    }

    @Test
    void loadsNothingFromOutside() {
        String html = writer.render(SampleReport.build());
        Matcher m = Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=").matcher(html);
        assertFalse(m.find(), "no src/href attributes at all");
        assertFalse(html.contains("http://") || html.contains("https://"), "no URLs");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetches");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
