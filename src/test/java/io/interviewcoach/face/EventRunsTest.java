package io.interviewcoach.face;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;

class EventRunsTest {
    @Test
    void unknownFramesNeitherBreakNorExtendARunAndShortRunsAreDropped() {
        EventRuns<Integer> runs = new EventRuns<>(EventType.LOOKED_AWAY, 0.5, frames -> Map.of("frames", frames.size()));
        Boolean[] states = {false, true, true, null, true, true, false, true, true, false, true, null, null};
        for (int i = 0; i < states.length; i++) {
            runs.add(i * 0.1, 0.1, states[i], i);
        }
        runs.close();
        List<ReportEvent> events = runs.events();
        assertEquals(1, events.size(), "only the 0.1-0.6 s run is long enough: " + events);
        ReportEvent e = events.get(0);
        assertEquals(0.1, e.start(), 1e-9);
        assertEquals(0.6, e.end(), 1e-9);
        assertEquals(4, e.detail().get("frames"));
        assertEquals(0.5, (double) e.detail().get("durationSec"), 1e-9);
    }

    @Test
    void shortInterruptionsWithinTheGapDoNotEndARun() {
        EventRuns<Integer> runs = new EventRuns<>(EventType.LOOKED_AWAY, 0.5, 0.2, frames -> Map.of());
        Boolean[] states = {true, true, false, true, false, false, true, false, false, false, true};
        for (int i = 0; i < states.length; i++) {
            runs.add(i * 0.1, 0.1, states[i], i);
        }
        runs.close();
        List<ReportEvent> events = runs.events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(0.0, events.get(0).start(), 1e-9);
        assertEquals(0.7, events.get(0).end(), 1e-9);
    }
}
