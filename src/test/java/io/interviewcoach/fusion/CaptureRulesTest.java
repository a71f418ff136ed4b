package io.interviewcoach.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.feedback.Tip;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.voice.VoiceMetrics;

/** docs/scoring.md "Nothing captured": the boundaries of the rules, on metrics an analyzer could report. */
class CaptureRulesTest {
    private final Fusion fusion = new Fusion(FusionSettings.defaults());

    private static FaceMetrics face(double visible) {
        return new FaceMetrics(visible, visible > 0 ? 0.8 : null, null, visible > 0 ? 17.0 : null, 0, visible > 0 ? 0.2 : null,
                null, null, null, null, null, null, null, null, null, 100, 0);
    }

    private static PostureMetrics posture(double visible) {
        return new PostureMetrics(visible, null, null, null, visible > 0 ? 80.0 : null, null, null, null, null, null,
                null, null, null, 0);
    }

    /** Speech for {@code speechSec} of 60 s, clarity 43, volume 100, {@code clipped} share of samples at full scale. */
    private static VoiceMetrics voice(double speechSec, double clipped) {
        boolean spoke = speechSec > 0;
        return new VoiceMetrics(speechSec / 60, spoke ? 140.0 : null, spoke ? 2.8 : null, spoke ? 100.0 : null,
                spoke ? 43.0 : null, spoke ? 3 : null, spoke ? 0 : null, spoke ? 3.5 : null, null, null, null, null, null,
                null, null, null, null, null, clipped, speechSec, 60.0);
    }

    @Test
    void noFaceOrPersonInAnyFrameIsNotMeasuredButAFewFramesAre() {
        Scores none = fusion.score(new Metrics(face(0), posture(0), voice(40, 0), null), 60.0).scores();
        assertNull(none.facialExpression());
        assertNull(none.bodyLanguage());
        assertEquals(none.vocalDelivery(), none.overall());

        FusionResult glimpse = fusion.fuse(new Metrics(face(0.05), posture(0.05), voice(40, 0), null), List.of(),
                List.of(), 60.0);
        assertNotNull(glimpse.scores().facialExpression(), "present for 5 % of the time: measured");
        assertNotNull(glimpse.scores().bodyLanguage());
        assertEquals(4.0, lineScore(glimpse, "faceInFrame"), 1e-9, "and being out of the picture costs points");
        assertTrue(glimpse.feedback().tips().stream().anyMatch(t -> t.area().equals("Face in frame")));
    }

    @Test
    void noSpeechAtAllIsNotMeasuredButLittleSpeechIs() {
        assertNull(fusion.score(new Metrics(face(1), posture(1), voice(0, 0), null), 60.0).scores().vocalDelivery());
        Double little = fusion.score(new Metrics(face(1), posture(1), voice(6, 0), null), 60.0).scores().vocalDelivery();
        assertNotNull(little);
    }

    @Test
    void clippingFromOnePercentDropsClarityAndVolumeAndLeadsWithTheGainTip() {
        List<ReportEvent> events = List.of(new ReportEvent(EventType.CLIPPING, 3.0, 9.0, Map.of("clippedRatio", 0.2)));
        FusionResult mild = fusion.fuse(new Metrics(null, null, voice(40, 0.009), null), events, List.of(), 60.0);
        assertTrue(lineScore(mild, "clarity") != null, "0.9 % clipped: clarity still scored");
        assertTrue(mild.feedback().tips().stream().noneMatch(t -> t.area().equals("Microphone level")));
        assertTrue(mild.feedback().tips().stream().anyMatch(t -> t.message().contains("louder")),
                "clarity 43 on clean audio gets its tip: " + mild.feedback().tips());

        FusionResult clipped = fusion.fuse(new Metrics(null, null, voice(40, 0.01), null), events, List.of(), 60.0);
        assertNull(lineScore(clipped, "clarity"));
        assertNull(lineScore(clipped, "volumeConsistency"));
        Tip first = clipped.feedback().tips().get(0);
        assertEquals("Microphone level", first.area());
        assertEquals(1.0, first.evidence().value(), 1e-9);
        assertEquals("< 1% of the samples clipped", first.evidence().target());
        assertEquals(3.0, first.evidence().timeRanges().get(0).start(), 1e-9);
        assertTrue(clipped.feedback().tips().stream().noneMatch(t -> t.message().contains("louder")),
                clipped.feedback().tips().toString());
    }

    private static Double lineScore(FusionResult r, String key) {
        return r.scoreBreakdown().stream().flatMap(c -> c.subScores().stream()).filter(l -> l.key().equals(key))
                .findFirst().orElseThrow().score();
    }
}
