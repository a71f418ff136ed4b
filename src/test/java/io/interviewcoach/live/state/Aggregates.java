package io.interviewcoach.live.state;

import java.util.List;
import java.util.Objects;

import io.interviewcoach.live.protocol.ServerMessage;

/** The running aggregates recomputed from the windows a client got, to compare with what the journal stored. */
final class Aggregates {
    private Aggregates() {
    }

    static Double eyeContact(List<ServerMessage.Window> windows) {
        return windows.stream().map(w -> w.metrics().eyeContact()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
    }

    static Double speakingSec(List<ServerMessage.Window> windows) {
        if (windows.stream().allMatch(w -> w.metrics().speaking() == null)) {
            return null;
        }
        return windows.stream().filter(w -> Boolean.TRUE.equals(w.metrics().speaking())).mapToDouble(w -> w.end() - w.t())
                .sum();
    }

    static Double wordsPerMinute(List<ServerMessage.Window> windows) {
        double[] wpm = windows.stream().filter(w -> Boolean.TRUE.equals(w.metrics().speaking()))
                .map(w -> w.metrics().wordsPerMinute()).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        return wpm.length == 0 ? null : java.util.Arrays.stream(wpm).average().orElseThrow();
    }

    /** Both null (never measured), or equal to the 4 decimals the journal keeps. */
    static void assertClose(Double expected, Double actual, String what) {
        if (expected == null) {
            org.junit.jupiter.api.Assertions.assertNull(actual, what + " was never measured");
        } else {
            org.junit.jupiter.api.Assertions.assertNotNull(actual, what);
            org.junit.jupiter.api.Assertions.assertEquals(expected, actual, 1e-4, what);
        }
    }

    static Integer lastFillers(List<ServerMessage.Window> windows) {
        Integer last = null;
        for (ServerMessage.Window w : windows) {
            if (w.metrics().fillers() != null) {
                last = w.metrics().fillers();
            }
        }
        return last;
    }
}
