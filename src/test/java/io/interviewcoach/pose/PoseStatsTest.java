package io.interviewcoach.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.pose.metrics.FrameMeasures;
import io.interviewcoach.measure.ReportEvent;

/** Event and metric bookkeeping on hand-made frame measures (10 fps). */
class PoseStatsTest {
    private static FrameMeasures frame(double t, double posture, String handOnFace) {
        return new FrameMeasures(t, 1.0, 2.0, 0.05, null, 0.5, 2, true, false, handOnFace, 0.02, 90.0, 90.0, 90.0, posture);
    }

    @Test
    void noPersonEverGivesZeroVisibilityAndNullMetrics() {
        PoseStats stats = new PoseStats(PoseSettings.defaults());
        for (int i = 0; i < 30; i++) {
            stats.addFrame(i * 0.1, null);
        }
        PoseSummary s = stats.summary();
        assertEquals(0.0, s.metrics().visibleRatio());
        assertNull(s.metrics().postureScore());
        assertNull(s.metrics().gestureScore());
        assertNull(s.metrics().fidgetingScore());
        ReportEvent e = s.events().get(0);
        assertEquals(EventType.NO_PERSON, e.type());
        assertEquals(0.0, e.start(), 1e-9);
        assertEquals(3.0, e.end(), 1e-9);
    }

    @Test
    void emptyStreamMeasuresNothing() {
        PostureMetrics m = new PoseStats(PoseSettings.defaults()).summary().metrics();
        assertNull(m.visibleRatio());
        assertNull(m.postureScore());
    }

    @Test
    void eventsForSlouchingHandOnFaceAndAShortAbsence() {
        PoseStats stats = new PoseStats(PoseSettings.defaults());
        double t = 0;
        for (int i = 0; i < 10; i++, t += 0.1) {
            stats.addFrame(t, frame(t, 90, null));
        }
        for (int i = 0; i < 40; i++, t += 0.1) { // 4 s of poor posture
            stats.addFrame(t, frame(t, 30, null));
        }
        for (int i = 0; i < 5; i++, t += 0.1) { // 0.5 s without a person: too short for an event
            stats.addFrame(t, null);
        }
        for (int i = 0; i < 3; i++, t += 0.1) {
            stats.addFrame(t, frame(t, 90, "right"));
        }
        stats.addFrame(t, frame(t, 90, "left")); // one frame alone is not a touch
        t += 0.1;
        stats.addFrame(t, frame(t, 90, null));
        PoseSummary s = stats.summary();
        List<EventType> types = s.events().stream().map(ReportEvent::type).toList();
        assertEquals(List.of(EventType.SLOUCHING, EventType.HANDS_TOUCHING_FACE), types);
        ReportEvent slouch = s.events().get(0);
        assertEquals(1.0, slouch.start(), 1e-6);
        assertEquals(5.0, slouch.end(), 1e-6);
        assertEquals(30.0, slouch.detail().get("meanPostureScore"));
        ReportEvent touch = s.events().get(1);
        assertEquals("right", touch.detail().get("hand"));
        assertEquals(4, touch.detail().get("frames"));
        assertEquals(1, s.metrics().handsNearFaceCount());
        assertTrue(s.metrics().visibleRatio() > 0.9 && s.metrics().visibleRatio() < 1.0);
    }
}
