package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Cues from real models on real and synthetic media, replayed window by window through the one analysis path
 * exactly as a live session hears them. No Vosk model here: pace and fillers come from the voice analyzer.
 */
class CueEngineRealMediaTest {
    private static final Set<CueFocus> ALL = EnumSet.allOf(CueFocus.class);

    @TempDir
    static Path dir;

    private static List<WindowResults> d14;
    private static List<WindowResults> fast;
    private static List<WindowResults> quickish;
    private static List<WindowResults> normal;

    @BeforeAll
    static void analyse() {
        d14 = ReplayedClips.windows(TestAssets.media("d14.mp4"));
        fast = ReplayedClips.windows(SpokenAnswer.speak(dir, 230));
        quickish = ReplayedClips.windows(SpokenAnswer.speak(dir, 180));
        normal = ReplayedClips.windows(SpokenAnswer.speak(dir, 120));
    }

    @Test
    void d14LookingAwayGetsALookAtTheCameraCueRightAfterAGazeAwayStretch() {
        List<Cue> cues = CueTimeline.replay(d14);
        System.out.println("d14:\n" + ReplayedClips.table(d14) + "cues " + cues);
        assertFalse(cues.isEmpty(), "no cue on d14");
        Cue first = cues.get(0);
        assertEquals(CueKind.LOOK_AT_CAMERA, first.kind(), cues.toString());
        assertEquals("eyeContact", first.group());
        // her eyes turn away around 2.5-3 s and 7.5-8 s (shared/media/README.md): two windows of low eye
        // contact arm the cue at the end of the second one, within 1.5 s after either stretch
        assertTrue(first.t() >= 3 && first.t() <= 4.5 || first.t() >= 8 && first.t() <= 9.5, first.toString());
        assertTrue(first.reason().startsWith("eye contact"), first.reason());
        assertTrue(cues.size() <= CueTimeline.maxCues(d14.get(d14.size() - 1).endSec(), CueSettings.defaults()));
    }

    @Test
    void focusOnPaceGivesNoEyeContactCueOnD14() {
        assertEquals(List.of(), CueTimeline.replay(d14, CueSettings.defaults(), EnumSet.of(CueFocus.PACE)));
        assertEquals(List.of(), CueTimeline.replay(d14, CueSettings.defaults(), EnumSet.noneOf(CueFocus.class)));
    }

    @Test
    void aFastAnswerGetsSlowDownFromSyllableNuclei() {
        for (List<WindowResults> answer : List.of(fast, quickish)) {
            List<Cue> cues = CueTimeline.replay(answer);
            System.out.println("fast answer cues " + cues);
            Cue pace = cues.stream().filter(c -> c.kind() == CueKind.SLOW_DOWN).findFirst().orElseThrow(
                    () -> new AssertionError("no Slow down in " + cues));
            assertEquals("pace", pace.group());
            // the trailing span needs 4 s of speech, then the rate must stay fast for the 6 s hold
            assertTrue(pace.t() <= 12, pace.toString());
            assertTrue(pace.reason().contains("syllable nuclei"), pace.reason());
            assertTrue(cues.stream().noneMatch(c -> c.kind() == CueKind.PICK_UP_PACE), cues.toString());
        }
    }

    @Test
    void aNormalRateAnswerGetsNoPaceCue() {
        List<Cue> cues = CueTimeline.replay(normal);
        System.out.println("normal answer (espeak -s 120, 144 wpm) cues " + cues);
        assertTrue(cues.stream().noneMatch(c -> c.kind().focus() == CueFocus.PACE), cues.toString());
    }

    @Test
    void espeaksFlatIntonationGetsVaryYourToneAndFocusCanLeaveItOut() {
        List<Cue> cues = CueTimeline.replay(normal);
        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.VARY_YOUR_TONE), cues.toString());
        List<Cue> paceOnly = CueTimeline.replay(fast, CueSettings.defaults(), EnumSet.of(CueFocus.PACE,
                CueFocus.FILLERS));
        assertEquals(List.of(CueKind.SLOW_DOWN), paceOnly.stream().map(Cue::kind).distinct().toList());
    }

    @Test
    void calmClipsStayWithinTheDocumentedMaximum() {
        for (String clip : List.of("katie_hill.mp4", "d9.mp4")) {
            List<WindowResults> windows = ReplayedClips.windows(TestAssets.media(clip));
            List<Cue> cues = CueTimeline.replay(windows);
            double duration = windows.get(windows.size() - 1).endSec();
            int max = CueTimeline.maxCues(duration, CueSettings.defaults());
            System.out.printf("%s: %.0f s, %d cues (documented maximum %d) %s%n", clip, duration, cues.size(), max, cues);
            assertTrue(cues.size() <= max, clip + " " + cues);
        }
    }

    /** Every clip back to back, with the defaults and with a deliberately eager setting that wants many cues. */
    @Test
    void theRateLimitHoldsOnEveryReplay() {
        List<WindowResults> session = new ArrayList<>();
        for (List<WindowResults> part : List.of(d14, fast, normal, ReplayedClips.windows(TestAssets.media("d9.mp4")),
                d14, quickish)) {
            session.addAll(shifted(part, session.isEmpty() ? 0 : session.get(session.size() - 1).endSec(),
                    session.size()));
        }
        CueSettings eager = SettingsOverrides.apply("cues", CueSettings.defaults(), Map.of("interval-sec", "5",
                "repeat-gap-sec", "15", "pace.hold-sec", "2", "tone.hold-sec", "2", "eye-contact.hold-sec", "1"));
        double duration = session.get(session.size() - 1).endSec();
        for (CueSettings settings : List.of(CueSettings.defaults(), eager)) {
            for (Set<CueFocus> focus : List.of(ALL, EnumSet.of(CueFocus.PACE), EnumSet.of(CueFocus.EYE_CONTACT,
                    CueFocus.VOICE))) {
                List<Cue> cues = CueTimeline.replay(session, settings, focus);
                System.out.printf("%.0f s session, interval %.0f s, focus %s: %d cues %s%n", duration,
                        settings.intervalSec(), focus, cues.size(), cues.stream().map(c -> c.kind() + "@" + c.t()).toList());
                assertTrue(cues.size() <= CueTimeline.maxCues(duration, settings));
            }
        }
        List<Cue> many = CueTimeline.replay(session, eager, ALL);
        assertTrue(many.size() >= 8, "the eager setting should give many cues: " + many);
        assertTrue(many.stream().map(Cue::kind).distinct().count() >= 3, many.toString());
    }

    private static List<WindowResults> shifted(List<WindowResults> windows, double offsetSec, int firstIndex) {
        List<WindowResults> out = new ArrayList<>();
        for (WindowResults r : windows) {
            MediaWindow w = r.window();
            out.add(new WindowResults(new MediaWindow(firstIndex + out.size(), w.startSec() + offsetSec,
                    w.endSec() + offsetSec, List.of(), null), r.face(), r.pose(), r.voice(), r.speech()));
        }
        return out;
    }
}
