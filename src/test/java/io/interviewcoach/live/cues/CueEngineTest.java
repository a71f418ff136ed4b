package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.speech.SpeechWindow;

/** The hysteresis, rate limit, priority and focus rules on hand-built windows (real media: CueEngineRealMediaTest). */
class CueEngineTest {
    private static final Set<CueFocus> ALL = EnumSet.allOf(CueFocus.class);
    private static final CueSettings DEFAULTS = CueSettings.defaults();

    private static List<Cue> run(CueEngine engine, List<WindowResults> windows) {
        List<Cue> cues = new ArrayList<>();
        windows.forEach(w -> engine.onWindow(w).ifPresent(cues::add));
        return cues;
    }

    private static List<WindowResults> eyes(Double... values) {
        List<WindowResults> out = new ArrayList<>();
        for (Double v : values) {
            out.add(Windows.eyes(out.size(), v));
        }
        return out;
    }

    @Test
    void aConditionMustHoldForItsHoldTimeAndUnmeasuredWindowsNeitherArmNorReset() {
        // eye contact: 2 s hold, low below 0.5
        assertEquals(List.of(), run(new CueEngine(DEFAULTS, ALL), eyes(1.0, 0.2, 0.9, 0.2, 0.9, 0.2, 1.0)));
        List<Cue> cues = run(new CueEngine(DEFAULTS, ALL), eyes(1.0, 0.2, null, null, null, 0.3, 1.0));
        assertEquals(1, cues.size(), cues.toString());
        assertEquals(6.0, cues.get(0).t(), "due at the end of the second low window, unmeasured ones between");
        assertEquals(CueKind.LOOK_AT_CAMERA, cues.get(0).kind());
        assertEquals("Look at the camera", cues.get(0).text());
        assertTrue(cues.get(0).reason().contains("eye contact 0.30"), cues.get(0).reason());
    }

    @Test
    void anOffWindowTakesBackItsTimeSoAMostlyPresentProblemStillArms() {
        CueSettings fourSec = SettingsOverrides.apply("cues", DEFAULTS, Map.of("eye-contact.hold-sec", "4"));
        // low, low, ok, low, low, low: 1, 2, 1, 2, 3, 4 s held
        List<Cue> cues = run(new CueEngine(fourSec, ALL), eyes(0.1, 0.1, 0.9, 0.1, 0.1, 0.1));
        assertEquals(1, cues.size());
        assertEquals(6.0, cues.get(0).t());
        // alternating never arms
        assertEquals(List.of(), run(new CueEngine(fourSec, ALL), eyes(0.1, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9)));
    }

    @Test
    void heldTimeDoesNotBuildUpBeyondTheHoldSoAStoppedProblemDisarmsAtOnce() {
        CueSettings noRepeatGap = SettingsOverrides.apply("cues", DEFAULTS, Map.of("repeat-gap-sec", "1",
                "interval-sec", "1"));
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            values.add(0.1);
        }
        values.add(0.9);
        values.add(0.2);
        values.add(0.9);
        List<Cue> cues = run(new CueEngine(noRepeatGap, ALL), eyes(values.toArray(Double[]::new)));
        // fires every second hold while it lasts, then never after it stopped (one low window is not enough)
        assertEquals(15, cues.size(), cues.toString());
        assertTrue(cues.get(cues.size() - 1).t() <= 30, cues.toString());
    }

    @Test
    void atMostOneCuePerIntervalTheSameOneNotWithinTheRepeatGap() {
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 130; s++) {
            windows.add(Windows.at(s, Windows.face(0.1), Windows.pose(s, 30.0), null, null));
        }
        List<Cue> cues = run(new CueEngine(DEFAULTS, ALL), windows);
        // eye contact (priority) at 2 s; posture held by then, due at 22 s (interval); eye contact again at 62 s
        // (repeat gap), posture at 82 s, eye contact at 122 s
        assertEquals(List.of(CueKind.LOOK_AT_CAMERA, CueKind.SIT_UP_STRAIGHT, CueKind.LOOK_AT_CAMERA,
                CueKind.SIT_UP_STRAIGHT, CueKind.LOOK_AT_CAMERA), cues.stream().map(Cue::kind).toList());
        assertEquals(List.of(2.0, 22.0, 62.0, 82.0, 122.0), cues.stream().map(Cue::t).toList());
        CueTimeline.assertRateLimited(cues, DEFAULTS, ALL);
        assertEquals("posture", cues.get(1).group());
    }

    @Test
    void onlyFocusedGroupsAreCued() {
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            windows.add(Windows.at(s, Windows.face(0.1), Windows.pose(s, 30.0), null, null));
        }
        List<Cue> posture = run(new CueEngine(DEFAULTS, CueFocus.of(List.of("posture", "pace"))), windows);
        assertEquals(List.of(CueKind.SIT_UP_STRAIGHT), posture.stream().map(Cue::kind).toList());
        assertEquals(8.0, posture.get(0).t(), "posture holds 8 s");
        assertEquals(List.of(), run(new CueEngine(DEFAULTS, Set.of()), windows));
    }

    @Test
    void paceFromSyllableNucleiNeedsSpeechAndSilenceChangesNothing() {
        // 6 syllables a speaking second = 6 × 60 / 1.5 = 240 words/min
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            windows.add(s >= 5 && s < 10 ? Windows.at(s, null, null, Windows.voice(s, 0.0, null, null, 0, 0), null)
                    : Windows.talking(s, 6));
        }
        List<Cue> cues = run(new CueEngine(DEFAULTS, EnumSet.of(CueFocus.PACE)), windows);
        assertEquals(1, cues.size(), cues.toString());
        assertEquals(CueKind.SLOW_DOWN, cues.get(0).kind());
        // the rate is known once the span holds 4 s of speech (window 3-4 s): 2 s held by 5 s, the silence 5-10 s
        // changes nothing, 4 s more of speech complete the 6 s hold at 14 s
        assertEquals(14.0, cues.get(0).t(), cues.toString());
        assertTrue(cues.get(0).reason().startsWith("240 wpm (syllable nuclei)"), cues.get(0).reason());
    }

    @Test
    void aSlowSpeakerGetsPickUpThePace() {
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            windows.add(Windows.talking(s, 2)); // 80 words/min
        }
        List<Cue> cues = run(new CueEngine(DEFAULTS, EnumSet.of(CueFocus.PACE)), windows);
        assertEquals(List.of(CueKind.PICK_UP_PACE), cues.stream().map(Cue::kind).toList());
        assertEquals(9.0, cues.get(0).t(), "rate known from 4 s, then held for 6 s: windows 3-8");
    }

    @Test
    void theRecognizersRateWinsOverSyllableNuclei() {
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            windows.add(Windows.at(s, null, null, Windows.voice(s, 1.0, 120.0, -20.0, 6, 0),
                    new SpeechWindow(2, 140.0, 0, "fine words", null)));
        }
        assertEquals(List.of(), run(new CueEngine(DEFAULTS, EnumSet.of(CueFocus.PACE)), windows));
    }

    @Test
    void fillersCountLexicalOrAcousticWhicheverIsMoreNotBoth() {
        // a filler every 5 s of speech = 12/min, heard by both the recognizer and the voice analyzer
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            int filler = s % 5 == 4 ? 1 : 0;
            windows.add(Windows.at(s, null, null, Windows.voice(s, 1.0, 120.0, -20.0, 4, filler),
                    new SpeechWindow(2, 150.0, filler, "so um", null)));
        }
        List<Cue> cues = run(new CueEngine(DEFAULTS, EnumSet.of(CueFocus.FILLERS)), windows);
        assertEquals(List.of(CueKind.FEWER_FILLERS), cues.stream().map(Cue::kind).toList());
        // judged from the window that completes 20 s of speech (19-20 s), then held for 10 windows: 19-28
        assertEquals(29.0, cues.get(0).t());
        // 5 fillers in 29 s of speech; counting both sources would say 20.7
        assertTrue(cues.get(0).reason().startsWith("10.3 fillers/min"), cues.get(0).reason());
        // 1 filler in 15 s (4/min) is fine
        List<WindowResults> calm = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            calm.add(Windows.at(s, null, null, Windows.voice(s, 1.0, 120.0, -20.0, 4, s % 15 == 14 ? 1 : 0), null));
        }
        assertEquals(List.of(), run(new CueEngine(DEFAULTS, EnumSet.of(CueFocus.FILLERS)), calm));
    }

    @Test
    void aQuietVoiceGetsSpeakUpBeforeAnythingElseAndAFlatOneVaryYourTone() {
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            windows.add(Windows.at(s, Windows.face(0.1), null, Windows.voice(s, 1.0, 120.0, -42.0, 4, 0), null));
        }
        List<Cue> cues = run(new CueEngine(DEFAULTS, ALL), windows);
        // eye contact is due at 2 s; speak up (first in priority) only from 5 s, so eye contact goes first
        assertEquals(List.of(CueKind.LOOK_AT_CAMERA, CueKind.SPEAK_UP), cues.stream().map(Cue::kind).toList());
        List<Cue> voice = run(new CueEngine(DEFAULTS, EnumSet.of(CueFocus.VOICE)), windows);
        assertEquals(List.of(CueKind.SPEAK_UP, CueKind.VARY_YOUR_TONE), voice.stream().map(Cue::kind).toList());
        assertEquals(List.of(5.0, 25.0), voice.stream().map(Cue::t).toList());
    }

    @Test
    void whenSeveralAreDueTheFirstInPriorityOrderWins() {
        List<WindowResults> windows = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            // eye contact, posture and loudness all bad; a quiet voice is the most important
            windows.add(Windows.at(s, Windows.face(0.1), Windows.pose(s, 20.0),
                    Windows.voice(s, 1.0, 120.0 + s, -45.0, 4, 0), null));
        }
        CueSettings sameHold = SettingsOverrides.apply("cues", DEFAULTS, Map.of("eye-contact.hold-sec", "8",
                "loudness.hold-sec", "8"));
        List<Cue> cues = run(new CueEngine(sameHold, ALL), windows);
        assertEquals(List.of(CueKind.SPEAK_UP), cues.stream().map(Cue::kind).toList());
        assertEquals(8.0, cues.get(0).t());
    }

    @Test
    void aNewAnswerStartsTheConditionsOverButNotTheRateLimit() {
        CueEngine engine = new CueEngine(DEFAULTS, ALL);
        List<Cue> cues = run(engine, eyes(0.1));
        engine.newAnswer();
        cues.addAll(run(engine, List.of(Windows.eyes(1, 0.1))));
        assertEquals(List.of(), cues, "one low window per answer never adds up to 2 s");
        cues.addAll(run(engine, List.of(Windows.eyes(2, 0.1), Windows.eyes(3, 0.1))));
        assertEquals(1, cues.size());
        engine.newAnswer();
        cues.addAll(run(engine, eyes(0.1, 0.1, 0.1, 0.1)).stream().filter(c -> c.t() < 10).toList());
        assertEquals(1, cues.size(), "the interval still counts from the cue before the new answer");
    }
}
