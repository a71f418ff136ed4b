package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.fusion.Targets;

/** coach.cues.* overrides: every field settable in kebab-case, a bad value refused with the key's name. */
class CueSettingsTest {
    private static CueSettings apply(Map<String, String> overrides) {
        return SettingsOverrides.apply("cues", CueSettings.defaults(), overrides);
    }

    private static String refusal(Map<String, String> overrides) {
        return assertThrows(IllegalArgumentException.class, () -> apply(overrides)).getMessage();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        CueSettings d = CueSettings.defaults();
        assertEquals(20, d.intervalSec());
        assertEquals(60, d.repeatGapSec());
        assertEquals(185, d.pace().fastAboveWpm());
        assertEquals(Targets.defaults().syllablesPerWord(), d.pace().syllablesPerWord(), "one conversion factor");
    }

    @Test
    void nestedKeysChangeOnlyTheirField() {
        CueSettings s = apply(Map.of("interval-sec", "30", "pace.fast-above-wpm", "200", "eye-contact.hold-sec", "3"));
        assertEquals(30, s.intervalSec());
        assertEquals(200, s.pace().fastAboveWpm());
        assertEquals(3, s.eyeContact().holdSec());
        assertEquals(CueSettings.defaults().eyeContact().below(), s.eyeContact().below());
        assertEquals(CueSettings.defaults().tone(), s.tone());
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertTrue(refusal(Map.of("interval-sec", "0")).contains("coach.cues.interval-sec must be a number above 0"));
        assertTrue(refusal(Map.of("pace.hold-sec", "-1")).contains("coach.cues.pace.hold-sec must be a number above 0, got -1.0"));
        assertTrue(refusal(Map.of("eye-contact.below", "1.5")).contains("coach.cues.eye-contact.below must be between 0.0 and 1.0"));
        assertTrue(refusal(Map.of("pace.fast-above-wpm", "90")).contains("coach.cues.pace.fast-above-wpm (90.0) must be above"));
        assertTrue(refusal(Map.of("fillers.min-speaking-sec", "90")).contains("coach.cues.fillers.min-speaking-sec must be between 0.0 and 60.0"));
        assertTrue(refusal(Map.of("interval-sec", "soon")).contains("coach.cues.interval-sec must be a number, got 'soon'"));
        String unknown = refusal(Map.of("pace.too-fast", "200"));
        assertTrue(unknown.contains("unknown setting coach.cues.pace.too-fast") && unknown.contains("pace.fast-above-wpm"),
                unknown);
        assertTrue(refusal(Map.of("pace", "7")).contains("coach.cues.pace is a group of settings"));
    }

    @Test
    void focusNamesAreTheProtocolsAndAnUnknownOneIsRefused() {
        assertEquals(EnumSet.allOf(CueFocus.class), CueFocus.of((List<String>) null));
        assertEquals(EnumSet.allOf(CueFocus.class), CueFocus.of(List.of()));
        assertEquals(EnumSet.of(CueFocus.PACE, CueFocus.EYE_CONTACT), CueFocus.of(List.of("pace", "eyeContact")));
        String message = assertThrows(IllegalArgumentException.class, () -> CueFocus.of(List.of("pace", "smile")))
                .getMessage();
        assertEquals("unknown focus 'smile'; valid: pace, fillers, eyeContact, posture, voice", message);
        for (CueKind kind : CueKind.values()) {
            int words = kind.text().split(" ").length;
            assertTrue(words >= 2 && words <= 4, kind.text());
        }
    }
}
