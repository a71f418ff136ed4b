package io.interviewcoach.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.feedback.Feedback;
import io.interviewcoach.fusion.feedback.Tip;
import io.interviewcoach.fusion.feedback.TimeRange;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.measure.ReportEvent;

/**
 * Fusion on the metrics the face and pose analyzers measured on the shared test clips with the real models
 * (docs/scoring.md (face, pose), "Measured on the test media", 10 fps).
 */
class MeasuredClipsFusionTest {
    private final Fusion fusion = new Fusion(FusionSettings.defaults());

    // katie_hill.mp4: speaks to camera, smiles, lively face
    private static final FaceMetrics KATIE = new FaceMetrics(1.00, 0.83, null, 28.1, 0, 0.36, 97.0, 91.0, null, null, null, null, null, null, null, null, null);
    // d14.mp4: eyes turn sideways/up, winks and long eye closures, hardly smiles
    private static final FaceMetrics D14 = new FaceMetrics(1.00, 0.70, null, 40.2, 1, 0.02, 51.0, 52.0, null, null, null, null, null, null, null, null, null);
    // s20.mp4 (standing, hands moving) and d12.mp4 (desk, lively head: fidgeting 48.6, gesture zone out of frame)
    private static final PostureMetrics S20 = new PostureMetrics(1.00, 98.6, 80.4, 100.0, 93.0, 94.8, 100.0, null, null, null, null, null, null, null);
    private static final PostureMetrics D12 = new PostureMetrics(1.00, 99.5, 94.0, 99.9, 97.8, 48.6, null, null, null, null, null, null, null, null);

    @Test
    void aLivelyFrontalSpeakerOutscoresAnAvertedUnsmilingOne() {
        double katie = fusion.score(new Metrics(KATIE, null, null, null), 8.0).scores().facialExpression();
        double d14 = fusion.score(new Metrics(D14, null, null, null), 17.9).scores().facialExpression();
        // katie: eye 0.83 → 96.4, variety 97, smile 100, blink 100, face 100 → 98.0
        assertEquals(98.0, katie, 0.2);
        // d14: eye 0.70 → 72.7, variety 51, smile 0.02 → 40, blink 40.2 → 74.8, face 100 → 67.8
        assertEquals(67.8, d14, 0.2);
    }

    @Test
    void d14FeedbackCitesItsLookAwaysAndBlinking() {
        // d14's lookedAway events as the face analyzer reported them
        List<ReportEvent> events = List.of(
                new ReportEvent(EventType.LOOKED_AWAY, 2.7, 3.6, Map.of("direction", "right")),
                new ReportEvent(EventType.LOOKED_AWAY, 7.2, 8.3, Map.of("direction", "up")),
                new ReportEvent(EventType.LOOKED_AWAY, 15.6, 16.1, Map.of()),
                new ReportEvent(EventType.EYES_CLOSED, 5.7, 6.5, Map.of()));
        Feedback fb = fusion.fuse(new Metrics(D14, null, null, null), events, List.of(), 17.9).feedback();
        Tip smile = tip(fb, "Smiling");
        assertEquals(2.0, smile.evidence().value(), 1e-9);
        Tip eyes = tip(fb, "Lively expression");
        assertEquals(51.0, eyes.evidence().value(), 1e-9);
        // the plan takes the three lowest: smile 40, variety 51, eye contact 72.7 (blink rate 74.8 is next)
        assertEquals(List.of("Smiling", "Lively expression", "Eye contact"),
                fb.improvementPlan().stream().map(p -> p.focus()).toList());
        assertEquals("≥ 85 % of the time looking at the camera (now 70%)", fb.improvementPlan().get(2).target());
        // eye contact 72.7 is above the tip threshold (70): no tip for it at the default setting
        assertTrue(fb.tips().stream().noneMatch(t -> t.area().equals("Eye contact")));
        // with a stricter tip threshold eye contact gets a tip with d14's measured look-aways
        Fusion strict = new Fusion(new FusionSettings(null, null, null, 80, 80, 4, 6, 5));
        Tip eye = tip(strict.fuse(new Metrics(D14, null, null, null), events, List.of(), 17.9).feedback(),
                "Eye contact");
        assertEquals(List.of(new TimeRange(2.7, 3.6), new TimeRange(7.2, 8.3), new TimeRange(15.6, 16.1)),
                eye.evidence().timeRanges());
    }

    @Test
    void aHandsOutOfFrameCloseUpIsNotPunishedForGestures() {
        ScoreCard d12 = fusion.score(new Metrics(null, D12, null, null), 7.3);
        ScoreCard s20 = fusion.score(new Metrics(null, S20, null, null), 9.9);
        SubScoreResult gestures = d12.breakdown().get(0).subScores().stream()
                .filter(s -> s.key().equals("gestures")).findFirst().orElseThrow();
        assertNull(gestures.score(), "gesture zone out of frame → not measured, not 0");
        // d12: posture 97.8 (0.40), calmness 48.6 (0.25), in frame 100 (0.10) over 0.75 → 81.7
        assertEquals(81.7, d12.scores().bodyLanguage(), 0.1);
        // s20: 93.0, 94.8, 100, 100 → 95.9
        assertEquals(95.9, s20.scores().bodyLanguage(), 0.1);
        assertEquals(0.75, d12.breakdown().get(0).coverage(), 1e-9);
        Feedback fb = fusion.fuse(new Metrics(null, D12, null, null), List.of(), List.of(), 7.3).feedback();
        assertEquals("Calm hands and body", fb.tips().get(0).area());
    }

    private static Tip tip(Feedback fb, String area) {
        return fb.tips().stream().filter(t -> t.area().equals(area)).findFirst()
                .orElseThrow(() -> new AssertionError("no tip for " + area + " in " + fb.tips()));
    }
}
