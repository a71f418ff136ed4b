package io.interviewcoach.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.FusionResult;
import io.interviewcoach.fusion.FusionSettings;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/** A hand-built report.json tree of a 90-second practice answer, shaped like the lead's report contract. */
final class SampleReport {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final double DURATION = 90.0;

    private SampleReport() {
    }

    static Metrics metrics() {
        return new Metrics(
                new FaceMetrics(0.96, 0.41, 48.0, 22.5, 2, 0.12, 58.0, 63.0, null, null, null, null, null, null, null, null, null),
                new PostureMetrics(0.93, 84.0, 71.0, 77.0, 76.0, 62.0, 48.0, null, null, null, null, null, null, null),
                new VoiceMetrics(0.71, 131.0, 1.7, 74.0, 80.0, 19, 3, 3.9, null, null, null, null, null, null, null, null, null, null, null, null, null),
                new SpeechMetrics(171.0, 5.3, 0.68, 2.6, 72.0, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    static List<ReportEvent> events() {
        return List.of(
                new ReportEvent(EventType.LOOKED_AWAY, 14.0, 18.5, Map.of("direction", "down")),
                new ReportEvent(EventType.LOOKED_AWAY, 41.2, 47.0, Map.of("direction", "left")),
                new ReportEvent(EventType.EYES_CLOSED, 60.1, 61.0, Map.of()),
                new ReportEvent(EventType.LONG_PAUSE, 33.0, 36.4, Map.of("silenceSec", 3.4)),
                new ReportEvent(EventType.LONG_PAUSE, 71.0, 74.5, Map.of("silenceSec", 3.5)),
                new ReportEvent(EventType.HANDS_TOUCHING_FACE, 52.0, 55.5, Map.of()),
                new ReportEvent(EventType.FILLER, 5.2, 5.5, Map.of("word", "um")),
                new ReportEvent(EventType.FILLER, 22.8, 23.1, Map.of("word", "uh")),
                new ReportEvent(EventType.FILLER, 64.4, 64.7, Map.of("word", "um")));
    }

    static ObjectNode build() {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("schemaVersion", "1");
        ObjectNode media = r.putObject("media");
        media.put("file", "/home/ana/recordings/tell-me-about-yourself.webm");
        media.put("durationSec", DURATION);
        ObjectNode video = media.putObject("video");
        video.put("width", 1280);
        video.put("height", 720);
        video.put("fps", 30.0);
        ObjectNode audio = media.putObject("audio");
        audio.put("sampleRate", 48000);
        audio.put("channels", 1);
        ObjectNode analysis = r.putObject("analysis");
        analysis.put("fps", 10.0);
        analysis.put("windowSec", 1.0);
        analysis.put("framesAnalyzed", 900);
        analysis.put("framesUnreadable", 0);
        analysis.put("processingSec", 21.4);
        ArrayNode models = analysis.putArray("models");
        models.addObject().put("id", "pose_landmark_full").put("version", "0.10.x").put("sha256", "ab12");
        models.addObject().put("id", "face_landmark").put("version", "0.10.x").put("sha256", "cd34");

        Metrics metrics = metrics();
        r.set("metrics", MAPPER.valueToTree(metrics));
        ArrayNode timeline = timeline();
        List<ReportEvent> events = events();
        FusionResult fused = new Fusion(FusionSettings.defaults()).fuse(metrics, events,
                TimelineValues.read(timeline), DURATION);
        r.set("scores", MAPPER.valueToTree(fused.scores()));
        r.set("scoreBreakdown", MAPPER.valueToTree(fused.scoreBreakdown()));
        r.set("transcript", transcript());
        r.set("feedback", MAPPER.valueToTree(fused.feedback()));
        r.set("timeline", timeline);
        r.set("events", MAPPER.valueToTree(events));
        return r;
    }

    static ArrayNode timeline() {
        ArrayNode tl = MAPPER.createArrayNode();
        for (int t = 0; t < (int) DURATION; t++) {
            ObjectNode w = tl.addObject();
            w.put("t", (double) t);
            w.put("end", t + 1.0);
            boolean away = (t >= 14 && t < 19) || (t >= 41 && t < 47);
            w.put("faceVisible", true);
            w.put("eyeContact", away ? 0.1 : 0.55 + 0.35 * Math.abs(Math.sin(t / 7.0)));
            w.put("postureScore", 70 + 12 * Math.sin(t / 11.0));
            boolean pause = (t >= 33 && t < 36) || (t >= 71 && t < 74);
            w.put("speaking", pause ? 0.0 : 0.8 + 0.2 * Math.cos(t / 3.0));
            if (!pause) {
                w.put("pitchHz", 125 + 18 * Math.sin(t / 2.3));
                w.put("wordsPerMinute", 165 + 25 * Math.sin(t / 9.0));
            } else {
                w.putNull("pitchHz");
            }
            w.put("loudnessDb", pause ? -48.0 : -24 + 3 * Math.sin(t / 4.0));
            w.put("fillers", t == 5 || t == 22 || t == 64 ? 1 : 0);
        }
        return tl;
    }

    static ObjectNode transcript() {
        ObjectNode t = MAPPER.createObjectNode();
        t.put("source", "vosk-small-en-us-0.15");
        String[] words = ("so um I have been working as a backend engineer for five years mostly on payment systems"
                + " uh I think my biggest project was moving our billing to an event driven design which kind of cut"
                + " our outage minutes in half <script>alert('x')</script> and um I led a team of four").split(" ");
        List<String> fillers = List.of("um", "uh");
        List<String> hedges = List.of("think", "kind");
        ArrayNode arr = t.putArray("words");
        StringBuilder text = new StringBuilder();
        double at = 1.0;
        List<Double> starts = new ArrayList<>();
        for (String word : words) {
            starts.add(at);
            ObjectNode w = arr.addObject();
            w.put("word", word);
            w.put("start", at);
            w.put("end", at + 0.32);
            w.put("conf", word.equals("event") ? 0.42 : 0.93);
            w.put("filler", fillers.contains(word));
            if (hedges.contains(word)) {
                w.put("hedge", true);
            }
            text.append(word).append(' ');
            at += word.equals("systems") ? 2.4 : 0.38;
        }
        t.put("text", text.toString().trim());
        return t;
    }
}
