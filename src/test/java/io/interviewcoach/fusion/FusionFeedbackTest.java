package io.interviewcoach.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.feedback.Feedback;
import io.interviewcoach.fusion.feedback.PlanItem;
import io.interviewcoach.fusion.feedback.Tip;
import io.interviewcoach.fusion.feedback.TimeRange;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.SpeechMetrics;

class FusionFeedbackTest {
    private final Fusion fusion = new Fusion(FusionSettings.defaults());

    /** A nervous answer: looks away a lot, many fillers, fast. */
    private static Metrics nervous() {
        return new Metrics(new FaceMetrics(0.96, 0.38, null, 31.0, 1, 0.04, 40.0, 52.0, null, null, null, null, null, null, null, null, null), SampleMetrics.posture(),
                SampleMetrics.voice(), new SpeechMetrics(195.0, 7.5, 0.66, 3.5, 66.0, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static List<ReportEvent> events() {
        return List.of(
                new ReportEvent(EventType.LOOKED_AWAY, 12.0, 15.5, Map.of("direction", "left")),
                new ReportEvent(EventType.LOOKED_AWAY, 16.0, 17.0, Map.of()),
                new ReportEvent(EventType.LOOKED_AWAY, 48.2, 55.0, Map.of()),
                new ReportEvent(EventType.FILLER, 3.1, 3.4, Map.of("word", "um")),
                new ReportEvent(EventType.FILLER, 30.5, 30.8, Map.of("word", "uh")),
                new ReportEvent(EventType.FILLER, 31.2, 31.5, Map.of("word", "um")),
                new ReportEvent(EventType.LONG_PAUSE, 70.0, 74.2, Map.of()),
                new ReportEvent(EventType.EYES_CLOSED, 20.0, 21.0, Map.of()));
    }

    @Test
    void everyTipCitesValueTargetAndTimeRangesWhenEventsExist() {
        Feedback fb = fusion.fuse(nervous(), events(), List.of(), 120.0).feedback();
        assertFalse(fb.tips().isEmpty());
        for (Tip tip : fb.tips()) {
            assertNotNull(tip.evidence(), tip.area());
            assertNotNull(tip.evidence().metric());
            assertFalse(tip.evidence().target().isBlank(), tip.area());
            assertFalse(tip.message().isBlank());
        }
        Tip eye = tip(fb, "Eye contact");
        assertEquals("face.eyeContactRatio", eye.evidence().metric());
        assertEquals(38.0, eye.evidence().value(), 1e-9);
        assertEquals("%", eye.evidence().unit());
        // 12-15.5 and 16-17 are merged (0.5 s apart), 48.2-55 stays apart
        assertEquals(List.of(new TimeRange(12.0, 17.0), new TimeRange(48.2, 55.0)), eye.evidence().timeRanges());
        assertTrue(eye.message().contains("38%"), eye.message());

        Tip fillers = tip(fb, "Filler words");
        assertEquals(7.5, fillers.evidence().value(), 1e-9);
        assertEquals("≤ 2 fillers/min", fillers.evidence().target());
        assertEquals(List.of(new TimeRange(3.1, 3.4), new TimeRange(30.5, 31.5)), fillers.evidence().timeRanges());
        assertTrue(fillers.message().contains("3 times"), fillers.message());

        Tip pace = tip(fb, "Speaking pace");
        assertTrue(pace.message().startsWith("Slow down"), pace.message());
        assertEquals(195.0, pace.evidence().value(), 1e-9);
    }

    @Test
    void tipsAreOrderedByLostPointsAndCapped() {
        Feedback fb = fusion.fuse(nervous(), events(), List.of(), 120.0).feedback();
        assertTrue(fb.tips().size() <= FusionSettings.defaults().maxTips());
        // lost overall points = category share × sub-score share × (100 − score):
        // eye contact 0.25×0.40×85.5 = 8.6, fillers 0.25×0.35×68.8 = 6.0, pace 0.30×0.30×47.5 = 4.3,
        // expression 0.25×0.20×60 = 3.0, relevance 0.25×0.30×34 = 2.6, gestures 0.20×0.25×45 = 2.3
        List<String> areas = fb.tips().stream().map(Tip::area).toList();
        assertEquals(List.of("Eye contact", "Filler words", "Speaking pace", "Lively expression",
                "Relevance to the question", "Gestures"), areas);
    }

    @Test
    void timelineWindowsLocateTheProblemWhenThereAreNoEvents() {
        List<WindowValues> windows = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            double eye = (t >= 8 && t < 12) || t == 20 ? 0.1 : 0.9;
            windows.add(new WindowValues(t, t + 1, Map.of("eyeContact", eye, "pitchHz", 130.0)));
        }
        Feedback fb = fusion.fuse(nervous(), List.of(), windows, null).feedback();
        Tip eye = tip(fb, "Eye contact");
        assertEquals(List.of(new TimeRange(8, 12), new TimeRange(20, 21)), eye.evidence().timeRanges());
    }

    @Test
    void fastWindowsAreLocatedOnTheTimelineButPitchOnlyByMonotoneEvents() {
        List<WindowValues> windows = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            // lively ±3 semitones except a flat stretch 10-20 s; fast talking 25-30 s
            double hz = t >= 10 && t < 20 ? 120.0 + (t % 2) : 120.0 * Math.pow(2, 3 * Math.sin(t * 1.3) / 12);
            double wpm = t >= 25 && t < 30 ? 215.0 : 150.0;
            windows.add(new WindowValues(t, t + 1, Map.of("pitchHz", hz, "wordsPerMinute", wpm)));
        }
        Metrics m = new Metrics(null, null, new io.interviewcoach.voice.VoiceMetrics(0.8, 121.0, 1.2, 70.0, 75.0, 10,
                0, null), new SpeechMetrics(190.0, 1.0, 0.5, 0.5, 80.0, null, null, null, null, null, null, null, null, null, null, null, null));
        Feedback fb = fusion.fuse(m, List.of(), windows, null).feedback();
        // per-window median pitch is too smooth to judge monotony: only the voice analyzer's events locate it
        assertTrue(tip(fb, "Pitch variation").evidence().timeRanges().isEmpty());
        Feedback withEvent = fusion.fuse(m, List.of(new ReportEvent(EventType.MONOTONE, 10.0, 20.0,
                Map.of("pitchVariationSemitones", 0.9))), windows, null).feedback();
        assertEquals(List.of(new TimeRange(10, 20)), tip(withEvent, "Pitch variation").evidence().timeRanges());
        assertEquals(List.of(new TimeRange(25, 30)), tip(fb, "Speaking pace").evidence().timeRanges());
    }

    @Test
    void planHasThreeItemsForTheWeakestAreas() {
        Feedback fb = fusion.fuse(nervous(), events(), List.of(), 120.0).feedback();
        assertEquals(3, fb.improvementPlan().size());
        List<String> focus = fb.improvementPlan().stream().map(PlanItem::focus).toList();
        // weakest sub-scores: eye contact 38 % → 14.5, fillers 7.5/min → 31, expression variety 40, smile 4 % → 50
        assertEquals(List.of("Eye contact", "Filler words", "Lively expression"), focus);
        PlanItem fillers = fb.improvementPlan().get(1);
        assertTrue(fillers.exercise().contains("um"));
        assertEquals("≤ 2 fillers/min (now 7.5/min)", fillers.target());
    }

    @Test
    void strengthsAreTheBestSubScoresWithTheirValue() {
        Feedback fb = fusion.fuse(SampleMetrics.typical(), List.of(), List.of(), 120.0).feedback();
        assertFalse(fb.strengths().isEmpty());
        fb.strengths().forEach(s -> {
            assertTrue(s.evidence().value() >= 0);
            assertFalse(s.area().equals("Face in frame"));
        });
        assertTrue(fb.strengths().stream().anyMatch(s -> s.message().contains("148 wpm")),
                fb.strengths().toString());
    }

    @Test
    void noDataNoTipsAndNoInventedPlan() {
        Feedback fb = fusion.fuse(null, events(), List.of(), 60.0).feedback();
        assertTrue(fb.tips().isEmpty(), fb.tips().toString());
        assertTrue(fb.strengths().isEmpty());
        assertTrue(fb.improvementPlan().isEmpty());

        Metrics twoInputs = new Metrics(null, null, null, new SpeechMetrics(null, 6.0, null, 4.0, null, null, null, null, null, null, null, null, null, null, null, null, null));
        Feedback few = fusion.fuse(twoInputs, List.of(), List.of(), 60.0).feedback();
        assertEquals(2, few.improvementPlan().size(), "only two measured areas");
        assertEquals(2, few.tips().size());
        few.tips().forEach(t -> assertTrue(t.evidence().timeRanges().isEmpty(), "no events, no timeline"));
    }

    @Test
    void zeroWeightSubScoresAreShownButGetNoFeedback() {
        // engagement 10/100 would be the weakest area, but it counts with weight 0 by default
        Metrics m = new Metrics(new FaceMetrics(0.98, 0.80, null, 18.0, 0, 0.2, 70.0, 10.0, null, null, null, null, null, null, null, null, null), null, null, null);
        FusionResult r = fusion.fuse(m, List.of(), List.of(), 60.0);
        SubScoreResult engagement = r.scoreBreakdown().get(1).subScores().stream()
                .filter(s -> s.key().equals("engagement")).findFirst().orElseThrow();
        assertEquals(10.0, engagement.score());
        assertEquals(0.0, engagement.weight());
        assertTrue(r.feedback().tips().stream().noneMatch(t -> t.area().equals("Engagement")));
        assertTrue(r.feedback().improvementPlan().stream().noneMatch(p -> p.focus().equals("Engagement")));
    }

    @Test
    void voiceSpeechRatioWindowsLocateSilenceWhenNoPauseEvents() {
        List<WindowValues> windows = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            windows.add(new WindowValues(t, t + 1, Map.of("speechRatio", t >= 6 && t < 12 ? 0.0 : 0.9)));
        }
        Metrics m = new Metrics(null, null, new io.interviewcoach.voice.VoiceMetrics(0.35, 120.0, 3.0, 80.0, 80.0, 4,
                0, 3.5), null);
        Tip t = tip(fusion.fuse(m, List.of(), windows, null).feedback(), "Time spent speaking");
        assertEquals(List.of(new TimeRange(6, 12)), t.evidence().timeRanges());
    }

    @Test
    void otherPeopleInTheFrameGetATip() {
        List<ReportEvent> ev = List.of(new ReportEvent(EventType.MULTIPLE_PEOPLE, 40.0, 46.5, Map.of("faces", 2)));
        Feedback fb = fusion.fuse(SampleMetrics.typical(), ev, List.of(), 120.0).feedback();
        Tip t = tip(fb, "Framing");
        assertEquals(6.5, t.evidence().value(), 1e-9);
        assertEquals(List.of(new TimeRange(40.0, 46.5)), t.evidence().timeRanges());
    }

    private static Tip tip(Feedback fb, String area) {
        return fb.tips().stream().filter(t -> t.area().equals(area)).findFirst()
                .orElseThrow(() -> new AssertionError("no tip for " + area + " in " + fb.tips()));
    }
}
