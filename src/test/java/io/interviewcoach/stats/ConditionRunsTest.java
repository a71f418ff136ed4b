package io.interviewcoach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConditionRunsTest {
    private static final double FRAME = 0.1;

    @Test
    void aRunSpansItsFramesAndUnknownFramesNeitherBreakNorExtendIt() {
        ConditionRuns<Integer> runs = new ConditionRuns<>();
        Boolean[] holds = {false, true, true, null, true, false, true};
        List<ConditionRuns.Run<Integer>> ended = feed(runs, holds);
        ConditionRuns.Run<Integer> last = runs.close();
        assertEquals(1, ended.size());
        ConditionRuns.Run<Integer> first = ended.get(0);
        assertEquals(0.1, first.start(), 1e-9);
        assertEquals(0.4, first.lastStart(), 1e-9);
        assertEquals(0.5, first.end(), 1e-9);
        assertEquals(List.of(1, 2, 4), first.frames());
        assertEquals(0.6, last.start(), 1e-9);
        assertEquals(0.7, last.end(), 1e-9);
        assertNull(runs.close(), "nothing is open after close");
    }

    @Test
    void failingFramesShorterThanTheGapAreBridged() {
        ConditionRuns<Integer> runs = new ConditionRuns<>(0.25);
        // fails for 0.2 s (bridged), then for 0.4 s: the failing frame starting 0.3 s after the run's end ends it
        Boolean[] holds = {true, true, false, false, true, false, false, false, false, true};
        List<ConditionRuns.Run<Integer>> ended = feed(runs, holds);
        assertEquals(1, ended.size());
        assertEquals(0.0, ended.get(0).start(), 1e-9);
        assertEquals(0.5, ended.get(0).end(), 1e-9);
        assertEquals(List.of(0, 1, 4), ended.get(0).frames());
        assertEquals(List.of(9), runs.close().frames());
    }

    @Test
    void openRunLength() {
        ConditionRuns<Integer> runs = new ConditionRuns<>();
        feed(runs, new Boolean[] {true, true});
        assertTrue(runs.openRunAtLeast(0.2));
        assertFalse(runs.openRunAtLeast(0.3));
    }

    private static List<ConditionRuns.Run<Integer>> feed(ConditionRuns<Integer> runs, Boolean[] holds) {
        List<ConditionRuns.Run<Integer>> ended = new ArrayList<>();
        for (int i = 0; i < holds.length; i++) {
            ConditionRuns.Run<Integer> run = runs.add(i * FRAME, i * FRAME + FRAME, holds[i], i);
            if (run != null) {
                ended.add(run);
            }
        }
        return ended;
    }
}
