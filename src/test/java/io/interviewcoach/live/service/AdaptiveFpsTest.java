package io.interviewcoach.live.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdaptiveFpsTest {
    private static final double TARGET = 0.5;

    @Test
    void oneLateWindowInTwentyIsWhatAP95AllowsTheSecondHalvesTheRate() {
        AdaptiveFps fps = new AdaptiveFps(10, 2, TARGET);
        for (int i = 0; i < 5; i++) {
            assertFalse(fps.onLatency(0.1));
        }
        assertFalse(fps.onLatency(0.9), "one late window");
        for (int i = 0; i < 10; i++) {
            assertFalse(fps.onLatency(0.1));
        }
        assertEquals(10, fps.fps());
        assertTrue(fps.onLatency(0.7), "a second late window among the last 20");
        assertEquals(5, fps.fps());
    }

    @Test
    void aSustainedBacklogLowersTheRateDownToTheMinimumOnly() {
        AdaptiveFps fps = new AdaptiveFps(10, 2, TARGET);
        for (int i = 0; i < 40; i++) {
            fps.onLatency(1.5);
        }
        assertEquals(2, fps.fps());
    }

    @Test
    void theRateComesBackWhenLatencyStaysWellBelowTheTarget() {
        AdaptiveFps fps = new AdaptiveFps(10, 2, TARGET);
        for (int i = 0; i < 4; i++) {
            fps.onLatency(1.0);
        }
        assertEquals(5, fps.fps());
        for (int i = 0; i < 9; i++) {
            assertFalse(fps.onLatency(0.1));
        }
        assertTrue(fps.onLatency(0.1), "ten windows under 40 % of the target");
        assertEquals(10, fps.fps());
    }
}
