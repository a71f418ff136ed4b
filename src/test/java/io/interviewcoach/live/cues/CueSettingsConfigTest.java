package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.interviewcoach.config.CoachConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** coach.cues.* from the application's configuration reaches the cue settings bean. */
@QuarkusTest
@TestProfile(CueSettingsConfigTest.Overrides.class)
class CueSettingsConfigTest {
    public static class Overrides implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 0: other test runs may hold the default test port on a shared machine
            return Map.of("coach.cues.interval-sec", "30", "coach.cues.pace.fast-above-wpm", "190",
                    "quarkus.http.test-port", "0");
        }
    }

    @Inject
    CueSettings settings;

    @Inject
    CoachConfig config;

    @Test
    void configuredKeysOverrideTheDefaults() {
        assertEquals(30, settings.intervalSec());
        assertEquals(190, settings.pace().fastAboveWpm());
        assertEquals(CueSettings.defaults().pace().slowBelowWpm(), settings.pace().slowBelowWpm());
        assertEquals(CueSettings.defaults().eyeContact(), settings.eyeContact());
        Map<String, String> bad = new HashMap<>(config.cues());
        bad.put("repeat-gap-sec", "-5");
        String message = assertThrows(IllegalArgumentException.class,
                () -> io.interviewcoach.config.SettingsOverrides.apply("cues", CueSettings.defaults(), bad)).getMessage();
        assertTrue(message.contains("coach.cues.repeat-gap-sec must be a number above 0, got -5.0"), message);
    }
}
