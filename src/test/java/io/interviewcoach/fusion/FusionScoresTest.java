package io.interviewcoach.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

class FusionScoresTest {
    private final Fusion fusion = new Fusion(FusionSettings.defaults());

    private Scores scores(Metrics m) {
        return fusion.score(m, 120.0).scores();
    }

    @Test
    void moreFillersLowerSpeechContentAndOverall() {
        Scores fluent = scores(new Metrics(SampleMetrics.face(0.72), SampleMetrics.posture(), SampleMetrics.voice(),
                SampleMetrics.speech(1.0)));
        Scores filled = scores(new Metrics(SampleMetrics.face(0.72), SampleMetrics.posture(), SampleMetrics.voice(),
                SampleMetrics.speech(10.0)));
        // fillers band: 1/min → 100, 10/min → 12.5; weight 0.35 of 1.0 in speech content → 30.6 points lower
        assertEquals(30.6, fluent.speechContent() - filled.speechContent(), 0.2);
        // speech content is 0.25 of the overall → 7.7 points lower
        assertEquals(7.7, fluent.overall() - filled.overall(), 0.2);
        assertEquals(fluent.facialExpression(), filled.facialExpression());
        assertEquals(fluent.bodyLanguage(), filled.bodyLanguage());
    }

    @Test
    void lessEyeContactLowersFacialExpression() {
        Scores good = scores(new Metrics(SampleMetrics.face(0.9), SampleMetrics.posture(), SampleMetrics.voice(),
                SampleMetrics.speech(1.0)));
        Scores poor = scores(new Metrics(SampleMetrics.face(0.3), SampleMetrics.posture(), SampleMetrics.voice(),
                SampleMetrics.speech(1.0)));
        // eye contact band: 0.9 → 100, 0.3 → 0; weight 0.40 of 1.0 → 40 points
        assertEquals(40.0, good.facialExpression() - poor.facialExpression(), 0.1);
        assertTrue(good.overall() > poor.overall());
        assertEquals(good.vocalDelivery(), poor.vocalDelivery());
    }

    @Test
    void paceOutsideTheComfortableBandLowersVocalDelivery() {
        double comfortable = vocal(140.0);
        assertTrue(vocal(200.0) < comfortable - 10, "fast speech");
        assertTrue(vocal(80.0) < comfortable - 10, "slow speech");
        assertEquals(comfortable, vocal(125.0), 1e-9, "anywhere inside 120-160 wpm is full marks");
    }

    private double vocal(double wpm) {
        return scores(new Metrics(null, null, SampleMetrics.voice(), new SpeechMetrics(wpm, 1.0, 0.72, 1.5, 74.0, null, null, null, null, null, null, null, null, null, null, null, null)))
                .vocalDelivery();
    }

    @Test
    void missingAnalyzersGiveNullCategoriesAndOverallFromTheRest() {
        Metrics voiceOnly = new Metrics(null, null, SampleMetrics.voice(), null);
        ScoreCard card = fusion.score(voiceOnly, 120.0);
        assertNull(card.scores().bodyLanguage());
        assertNull(card.scores().facialExpression());
        assertNull(card.scores().speechContent());
        assertNotNull(card.scores().vocalDelivery());
        assertEquals(card.scores().vocalDelivery(), card.scores().overall(), 1e-9,
                "a single category makes the whole overall");

        Scores all = scores(SampleMetrics.typical());
        Scores noFace = scores(new Metrics(null, SampleMetrics.posture(), SampleMetrics.voice(),
                SampleMetrics.speech(1.0)));
        double expected = (0.20 * all.bodyLanguage() + 0.30 * all.vocalDelivery() + 0.25 * all.speechContent())
                / (0.20 + 0.30 + 0.25);
        assertEquals(expected, noFace.overall(), 0.1);
    }

    @Test
    void allNullFieldsAreNotZero() {
        Metrics empty = new Metrics(new FaceMetrics(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), null,
                new VoiceMetrics(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                new SpeechMetrics(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        ScoreCard card = fusion.score(empty, 60.0);
        assertNull(card.scores().overall());
        assertNull(card.scores().facialExpression());
        assertNull(card.scores().vocalDelivery());
        assertTrue(card.measured().isEmpty());
        assertNull(fusion.score(null, null).scores().overall());
    }

    @Test
    void aCategoryAveragesOnlyWhatWasMeasured() {
        // only fillers measured: speech content is the fillers sub-score itself, not diluted by missing ones
        Metrics m = new Metrics(null, null, null, new SpeechMetrics(null, 4.0, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        ScoreCard card = fusion.score(m, 60.0);
        assertEquals(75.0, card.scores().speechContent(), 1e-9);
        CategoryBreakdown speech = card.breakdown().get(3);
        assertEquals("speechContent", speech.category());
        assertEquals(0.35, speech.coverage(), 1e-9);
        SubScoreResult fillers = speech.subScores().get(0);
        assertEquals("fillers", fillers.key());
        assertEquals(4.0, fillers.value());
        assertEquals("≤ 2 fillers/min", fillers.target());
        assertNull(speech.subScores().get(1).score(), "relevance was not measured");
    }

    @Test
    void categoryWeightsFromSettingsMoveTheOverall() {
        Metrics m = new Metrics(SampleMetrics.face(0.72), SampleMetrics.posture(), SampleMetrics.voice(),
                SampleMetrics.speech(10.0));
        Scores base = scores(m);
        assertTrue(base.speechContent() < base.vocalDelivery());
        Fusion speechHeavy = new Fusion(FusionSettings.defaults().withCategoryWeights(new CategoryWeights(0, 0, 0, 1)));
        assertEquals(base.speechContent(), speechHeavy.score(m, 120.0).scores().overall(), 1e-9);
        Fusion speechLight = new Fusion(FusionSettings.defaults()
                .withCategoryWeights(new CategoryWeights(0.3, 0.3, 0.3, 0.1)));
        assertTrue(speechLight.score(m, 120.0).scores().overall() > base.overall());
    }

    @Test
    void subScoreWeightsFromSettingsMoveTheCategory() {
        Metrics m = new Metrics(null, null, null, SampleMetrics.speech(10.0));
        double base = fusion.score(m, 120.0).scores().speechContent();
        double fillersOnly = new Fusion(FusionSettings.defaults().withSubScoreWeight("relevance", 0)
                .withSubScoreWeight("vocabulary", 0).withSubScoreWeight("hedges", 0))
                .score(m, 120.0).scores().speechContent();
        assertEquals(12.5, fillersOnly, 0.05);
        assertTrue(fillersOnly < base);
        assertThrows(IllegalArgumentException.class,
                () -> new FusionSettings(null, Map.of("eyeContactt", 1.0), null, 80, 70, 4, 6, 5));
    }

    @Test
    void paceFallsBackToSyllableRateWithoutTranscript() {
        VoiceMetrics v = SampleMetrics.voice(); // 3.6 syllables/s ≈ 144 wpm
        ScoreCard card = fusion.score(new Metrics(null, null, v, null), 120.0);
        SubScoreResult pace = card.breakdown().get(2).subScores().get(0);
        assertEquals("pace", pace.key());
        assertEquals(144.0, pace.value(), 0.5);
        assertTrue(pace.metric().startsWith("voice.syllablesPerSec"));
        assertEquals(100.0, pace.score());
    }

    @Test
    void longPausesNeedTheDuration() {
        Metrics m = new Metrics(null, null, SampleMetrics.voice(), null);
        List<SubScoreResult> withDuration = fusion.score(m, 60.0).breakdown().get(2).subScores();
        List<SubScoreResult> without = fusion.score(m, null).breakdown().get(2).subScores();
        SubScoreResult lp = withDuration.stream().filter(s -> s.key().equals("longPauses")).findFirst().orElseThrow();
        assertEquals(3.0, lp.value(), 1e-9); // 3 long pauses in one minute
        assertEquals(60.0, lp.score(), 1e-9);
        assertNull(without.stream().filter(s -> s.key().equals("longPauses")).findFirst().orElseThrow().score());
    }

    @Test
    void bandsInterpolateAndClamp() {
        Band wpm = Targets.defaults().wordsPerMinute();
        assertEquals(0, wpm.score(20), 1e-9);
        assertEquals(80, wpm.score(105), 1e-9);
        assertEquals(100, wpm.score(150), 1e-9);
        assertEquals(0, wpm.score(400), 1e-9);
        assertEquals(Band.Side.BELOW, wpm.side(100));
        assertEquals(Band.Side.WITHIN, wpm.side(140));
        assertEquals(Band.Side.ABOVE, wpm.side(180));
        assertEquals(Band.Side.WITHIN, Targets.defaults().fillersPerMin().side(0.5));
        assertEquals(Band.Side.ABOVE, Targets.defaults().fillersPerMin().side(5));
    }
}
