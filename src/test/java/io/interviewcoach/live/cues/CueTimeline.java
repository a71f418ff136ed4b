package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.interviewcoach.fusion.WindowResults;

/** Replays windows through a fresh engine and checks the rate limit on what came out. */
final class CueTimeline {
    private static final double EPSILON = 1e-6;

    private CueTimeline() {
    }

    static List<Cue> replay(List<WindowResults> windows, CueSettings settings, Set<CueFocus> focus) {
        CueEngine engine = new CueEngine(settings, focus);
        List<Cue> cues = new ArrayList<>();
        for (WindowResults r : windows) {
            engine.onWindow(r).ifPresent(cues::add);
        }
        assertRateLimited(cues, settings, focus);
        return cues;
    }

    static List<Cue> replay(List<WindowResults> windows) {
        return replay(windows, CueSettings.defaults(), CueFocus.of((List<String>) null));
    }

    /** No two cues closer than the interval, the same cue never again within the repeat gap, only focused groups. */
    static void assertRateLimited(List<Cue> cues, CueSettings settings, Set<CueFocus> focus) {
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            assertTrue(focus.contains(c.kind().focus()), "unfocused cue " + c + " for focus " + focus);
            assertTrue(c.text().split(" ").length >= 2 && c.text().split(" ").length <= 4, c.text());
            if (i > 0) {
                assertTrue(c.t() - cues.get(i - 1).t() >= settings.intervalSec() - EPSILON,
                        "cues closer than " + settings.intervalSec() + " s: " + cues);
            }
            for (int j = 0; j < i; j++) {
                Cue earlier = cues.get(j);
                assertTrue(earlier.kind() != c.kind() || c.t() - earlier.t() >= settings.repeatGapSec() - EPSILON,
                        "same cue within " + settings.repeatGapSec() + " s: " + cues);
            }
        }
    }

    /** The documented most cues a stream of this length can get: one per started interval. */
    static int maxCues(double durationSec, CueSettings settings) {
        return (int) Math.ceil(durationSec / settings.intervalSec() - EPSILON);
    }
}
