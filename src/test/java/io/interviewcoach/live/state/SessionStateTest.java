package io.interviewcoach.live.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.protocol.ServerMessage.WindowMetrics;

/** What the journal keeps for a session while its store is away: bounded, in order, one write at a time. */
class SessionStateTest {
    private static ServerMessage.Window window(int i) {
        return new ServerMessage.Window(i, i, i + 1, new WindowMetrics(null, false, null, null, null, null, null, null));
    }

    @Test
    void keepsAtMostItsBoundDroppingTheOldest() {
        SessionState state = new SessionState(3);
        int dropped = 0;
        for (int i = 0; i < 5; i++) {
            dropped += state.window(window(i), "w" + i);
        }
        assertEquals(2, dropped);
        assertEquals(3, state.pendingWindows());
        SessionState.Batch batch = state.begin(10);
        assertEquals(java.util.List.of(2, 3, 4), batch.windows().stream().map(LiveStateStore.StoredWindow::index).toList());
        assertEquals("5", batch.fields().get(LiveStateSnapshot.WINDOWS), "the count still says what the client got");
    }

    @Test
    void oneWriteAtATimeAndAFailedOneKeepsEverything() {
        SessionState state = new SessionState(100);
        state.set(LiveStateSnapshot.STATUS, LiveStateSnapshot.RUNNING);
        state.window(window(0), "w0");
        state.window(window(1), "w1");
        SessionState.Batch first = state.begin(1);
        assertNull(state.begin(1), "a write is going");
        assertFalse(state.end(first, false), "failed: the retry timer writes next");
        assertTrue(state.failing());
        assertEquals(2, state.pendingWindows());
        SessionState.Batch again = state.begin(1);
        assertEquals(0, again.windows().get(0).index(), "the same window again, first");
        assertTrue(again.version() > first.version(), "a later write carries a higher version");
        assertTrue(state.end(again, true), "one more window to write");
        assertFalse(state.failing());
        SessionState.Batch last = state.begin(1);
        assertEquals(1, last.windows().get(0).index());
        assertFalse(state.end(last, true));
        assertTrue(state.idle());
    }

    @Test
    void aNeverMeasuredMetricStaysAbsent() {
        SessionState state = new SessionState(10);
        state.window(window(0), "w0");
        SessionState.Batch batch = state.begin(10);
        assertFalse(batch.fields().containsKey(LiveStateSnapshot.EYE_CONTACT));
        assertFalse(batch.fields().containsKey(LiveStateSnapshot.SPEAKING_SEC));
        assertFalse(batch.fields().containsKey(LiveStateSnapshot.WORDS_PER_MINUTE));
        assertFalse(batch.fields().containsKey(LiveStateSnapshot.FILLERS));
    }
}
