package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.FusionSettings;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.report.Report;
import io.interviewcoach.report.TimelineEntry;

/** A report from stored timeline entries: the metrics the windows carry, scored by the same fusion as every report. */
class TimelineReportTest {
    private final Fusion fusion = new Fusion(FusionSettings.defaults());

    @Test
    void metricsFollowFromTheWindowsAndFusionScoresThem() {
        List<TimelineReport.Window> windows = List.of(
                window(0, true, 1.0, 0.9, 80.0, 0.8, 120.0, 3, 4),
                window(1, true, 1.0, 0.5, 70.0, 0.4, 180.0, 1, 2),
                window(2, false, 0.0, null, null, 0.0, null, 0, 0),
                window(3, true, 0.5, 0.7, 60.0, 0.6, 150.0, 2, 3));
        Report r = new TimelineReport(fusion).build(new MediaInfo("live session x", 4.0, null, null, List.of()), 10, 1.0,
                windows, List.of("recovered"));

        assertEquals(0.625, r.metrics().face().visibleRatio(), 1e-9); // mean of the windows' visible ratios
        assertEquals(0.7, r.metrics().face().eyeContactRatio(), 1e-9); // windows without a measure left out
        assertEquals(70.0, r.metrics().posture().postureScore(), 1e-9);
        assertEquals(0.45, r.metrics().voice().speechRatio(), 1e-9); // 1.8 s of speech in 4 s
        assertEquals(150.0, r.metrics().voice().pitchMedianHz(), 1e-9);
        assertEquals(6 / 1.8, r.metrics().voice().syllablesPerSec(), 1e-3);
        assertEquals(9, r.metrics().speech().wordCount());
        assertEquals(9 * 20.0, r.metrics().speech().wordsPerMinute(), 1e-9); // 9 words in the 3 s with words
        assertNull(r.metrics().face().expressionVarietyScore(), "needs every frame: not measured");
        assertEquals(4, r.timeline().size());
        assertEquals(40, r.analysis().framesAnalyzed());
        assertEquals(4.0, r.analysis().analyzedDurationSec());
        assertEquals(List.of("recovered"), r.notes());
        assertTrue(r.events().isEmpty());

        var expected = fusion.score(r.metrics(), 4.0).scores();
        assertNotNull(r.scores().facialExpression());
        assertEquals(expected, r.scores(), "scored as fusion scores these metrics");
    }

    @Test
    void noWindowsNothingScored() {
        Report r = new TimelineReport(fusion).build(new MediaInfo("live session y", null, null, null, List.of()), 10, 1.0,
                List.of(), List.of());
        assertNull(r.scores().overall());
        assertNull(r.metrics().face());
        assertNull(r.metrics().voice());
        assertNull(r.analysis().analyzedDurationSec());
    }

    private static TimelineReport.Window window(int i, boolean face, double visible, Double eye, Double posture,
            double speech, Double pitch, int syllables, int words) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("faceVisible", face);
        f.put("faceVisibleRatio", visible);
        f.put("eyeContact", eye);
        f.put("poseVisible", posture != null);
        f.put("poseVisibleRatio", posture == null ? 0.0 : 1.0);
        f.put("postureScore", posture);
        f.put("speechRatio", speech);
        f.put("pitchHz", pitch);
        f.put("syllables", syllables);
        f.put("words", words);
        f.put("fillers", 0);
        return new TimelineReport.Window(new TimelineEntry(i, i + 1, f), 10);
    }
}
