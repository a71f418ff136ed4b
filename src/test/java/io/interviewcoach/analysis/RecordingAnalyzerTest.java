package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.Report;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.SyntheticMedia;
import io.interviewcoach.testsupport.TestAssets;

/** The whole `analyze` path on real and deliberately awkward media. */
class RecordingAnalyzerTest {
    private static AnalyzerModels models;
    private static ExecutorService pool;
    private static RecordingAnalyzer analyzer;
    private static Report d9;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void analyseD9() {
        models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
        pool = WorkerThreads.inferencePool();
        analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, pool, AnalyzerSettings.defaults()));
        d9 = analyze(TestAssets.media("d9.mp4"), tmp.resolve("d9-overlay.mp4"));
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        models.close();
    }

    private static Report analyze(Path file, Path overlay) {
        return OverlayRecording.analyze(analyzer, new AnalysisRequest(file, 10, 1.0, ReadOptions.DEFAULT_MAX_FRAME_SIDE,
                PoseModels.Variant.LITE, null, null), overlay);
    }

    @Test
    void d9ReportHasEveryContractFieldWithMeasuredValues() {
        JsonNode json = ReportJson.toTree(d9);
        for (String path : List.of("/schemaVersion", "/media/file", "/media/durationSec", "/media/video/width",
                "/media/video/height", "/media/video/fps", "/media/audio", "/analysis/fps", "/analysis/framesAnalyzed",
                "/analysis/framesUnreadable", "/analysis/processingSec", "/analysis/models",
                "/metrics/face/visibleRatio", "/metrics/face/eyeContactRatio", "/metrics/face/eyeContactScore",
                "/metrics/face/blinkRatePerMin", "/metrics/face/eyesClosedEvents", "/metrics/face/smileRatio",
                "/metrics/face/expressionVarietyScore", "/metrics/face/engagementScore",
                "/metrics/posture/visibleRatio", "/metrics/posture/shoulderAlignmentScore",
                "/metrics/posture/spineStraightnessScore", "/metrics/posture/headPositionScore",
                "/metrics/posture/postureScore", "/metrics/posture/fidgetingScore", "/metrics/posture/gestureScore",
                "/metrics/voice/speechRatio", "/metrics/voice/pitchMedianHz", "/metrics/voice/pitchVariationSemitones",
                "/metrics/voice/volumeConsistencyScore", "/metrics/voice/voiceClarityScore", "/metrics/voice/pauseCount",
                "/metrics/voice/longPauseCount", "/metrics/voice/syllablesPerSec",
                "/metrics/speech/wordsPerMinute", "/metrics/speech/fillersPerMin", "/metrics/speech/vocabularyDiversity",
                "/metrics/speech/hedgesPerMin", "/metrics/speech/contentRelevanceScore",
                "/scores/overall", "/scores/bodyLanguage", "/scores/facialExpression", "/scores/vocalDelivery",
                "/scores/speechContent", "/transcript", "/feedback/strengths", "/feedback/tips",
                "/feedback/improvementPlan", "/timeline", "/events")) {
            assertFalse(json.at(path).isMissingNode(), "report lacks " + path);
        }
        assertEquals(512, json.at("/media/video/width").asInt());
        assertEquals(196, json.at("/analysis/framesAnalyzed").asInt(), 2);
        assertEquals(20, d9.timeline().size());
        JsonNode first = json.at("/timeline/0");
        assertEquals(0.0, first.get("t").asDouble());
        assertTrue(first.get("faceVisible").asBoolean());
        assertTrue(first.has("eyeContact") && first.has("postureScore"), first.toString());
        assertTrue(first.has("faceVisibleRatio") && first.has("poseVisibleRatio"), "shared names are prefixed: " + first);
        assertTrue(json.at("/timeline/0/frames").isMissingNode(), "per-frame overlay data stays out of the JSON");
    }

    @Test
    void d9MeasuresTheFaceThePersonAndTheClosedEyes() {
        assertTrue(d9.metrics().face().visibleRatio() > 0.95);
        assertTrue(d9.metrics().posture().visibleRatio() > 0.9);
        List<ReportEvent> closed = d9.events().stream().filter(e -> e.type() == EventType.EYES_CLOSED).toList();
        assertTrue(closed.stream().anyMatch(e -> e.start() < 14 && e.end() > 12.5), "eyes closed around 13 s: " + closed);
        assertTrue(closed.stream().anyMatch(e -> e.start() < 18.6 && e.end() > 17.4), "eyes closed around 18 s: " + closed);
        assertNotNull(d9.scores().facialExpression());
        assertNotNull(d9.scores().bodyLanguage());
        // d9's audio track is near-silent (-63 dB mean): no speech, so no pitch, and the report says why speech is empty
        assertTrue(d9.metrics().voice().speechRatio() < 0.1, "speech ratio " + d9.metrics().voice().speechRatio());
        assertNull(d9.metrics().speech().wordsPerMinute());
        assertTrue(d9.notes().stream().anyMatch(n -> n.contains("vosk-small-en-us")), d9.notes().toString());
        assertTrue(d9.analysis().processingSec() > 0);
        assertEquals(6, d9.analysis().models().size(), d9.analysis().models().toString());
    }

    @Test
    void overlayVideoHasEveryAnalysedFrame() throws Exception {
        Path overlay = tmp.resolve("d9-overlay.mp4");
        assertTrue(Files.size(overlay) > 50_000);
        try (var reader = io.interviewcoach.media.MediaReader.open(overlay, ReadOptions.of(10, 1.0))) {
            var it = reader.windows();
            while (it.hasNext()) {
                it.next();
            }
            assertEquals(d9.analysis().framesAnalyzed(), reader.framesSampled(), 3);
        }
    }

    @Test
    void audioOnlyRecordingGetsVoiceButNoVisionAndSaysSo() {
        Report jfk = analyze(TestAssets.media("jfk.flac"), null);
        assertNull(jfk.media().video());
        assertNull(jfk.metrics().face());
        assertNull(jfk.metrics().posture());
        assertNull(jfk.scores().bodyLanguage());
        assertTrue(jfk.metrics().voice().speechRatio() > 0.5);
        assertNotNull(jfk.scores().vocalDelivery());
        assertTrue(jfk.notes().stream().anyMatch(n -> n.startsWith("No video stream")), jfk.notes().toString());
        assertEquals(0, jfk.analysis().framesAnalyzed());
    }

    @Test
    void nobodyInFrameGivesNullsAndNoFaceEvents() {
        Path blank = SyntheticMedia.ffmpeg(tmp.resolve("blank.mp4"), "-f", "lavfi", "-i", "color=c=gray:s=320x240:r=15:d=3",
                "-f", "lavfi", "-i", "sine=frequency=220:duration=3", "-shortest", "-pix_fmt", "yuv420p");
        Report r = analyze(blank, null);
        assertEquals(0.0, r.metrics().face().visibleRatio());
        assertNull(r.metrics().face().eyeContactRatio());
        assertEquals(0.0, r.metrics().posture().visibleRatio());
        assertNull(r.metrics().posture().postureScore());
        assertTrue(r.events().stream().anyMatch(e -> e.type() == EventType.NO_FACE), r.events().toString());
        // nobody in any frame: nothing was captured, so face and body are not scored (null, not 0) and a note says why
        assertNull(r.scores().bodyLanguage());
        assertNull(r.scores().facialExpression());
        assertTrue(r.notes().contains("No face and no person found in any frame, so facial expression and body"
                + " language were not scored: is the camera covered, pointed away or in the dark?"), r.notes().toString());
    }

    @Test
    void portraitTinyAndFourKFramesAreHandled() {
        Path portrait = SyntheticMedia.ffmpeg(tmp.resolve("portrait.mp4"), "-i", TestAssets.media("katie_hill.mp4").toString(),
                "-t", "2", "-vf", "crop=288:512", "-an", "-pix_fmt", "yuv420p");
        Report p = analyze(portrait, null);
        assertEquals(288, p.media().video().width());
        assertTrue(p.metrics().face().visibleRatio() > 0.9, "face in portrait crop");

        Path tiny = SyntheticMedia.ffmpeg(tmp.resolve("tiny.mp4"), "-i", TestAssets.media("katie_hill.mp4").toString(),
                "-t", "2", "-vf", "scale=48:48", "-an", "-pix_fmt", "yuv420p");
        Report t = analyze(tiny, null);
        assertEquals(48, t.media().video().width());
        assertEquals(20, t.analysis().framesAnalyzed(), 1);

        Path uhd = SyntheticMedia.ffmpeg(tmp.resolve("uhd.mp4"), "-i", TestAssets.media("katie_hill.mp4").toString(),
                "-t", "1", "-vf", "scale=3840:2160", "-an", "-c:v", "mpeg4", "-q:v", "8");
        Report u = analyze(uhd, null);
        assertEquals(3840, u.media().video().width());
        assertTrue(u.metrics().face().visibleRatio() > 0.9, "face in a 4K frame");
    }

    @Test
    void corruptBytesMidFileAreSkippedNotFatal() throws Exception {
        Path ts = SyntheticMedia.ffmpeg(tmp.resolve("clip.ts"), "-i", TestAssets.media("katie_hill.mp4").toString(),
                "-t", "4", "-c:v", "mpeg2video", "-q:v", "4", "-c:a", "mp2");
        byte[] bytes = Files.readAllBytes(ts);
        java.util.Random rnd = new java.util.Random(7);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 40_000; i += 97) {
            bytes[i] = (byte) rnd.nextInt();
        }
        Path corrupt = Files.write(tmp.resolve("corrupt.ts"), bytes);
        Report r = analyze(corrupt, null);
        assertTrue(r.analysis().framesAnalyzed() >= 25, "frames analysed: " + r.analysis().framesAnalyzed());
        assertTrue(r.metrics().face().visibleRatio() > 0.8);
    }
}
