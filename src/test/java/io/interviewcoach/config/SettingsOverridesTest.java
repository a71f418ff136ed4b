package io.interviewcoach.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.face.FaceSettings;
import io.interviewcoach.pose.PoseSettings;
import io.interviewcoach.speech.SpeechSettings;
import io.interviewcoach.voice.VoiceSettings;

class SettingsOverridesTest {

    /** Every key of every analyzer, set to its own default, gives back exactly the defaults. */
    @Test
    void everyKeyOfEveryAnalyzerRoundTrips() {
        for (Object defaults : List.of(FaceSettings.defaults(), PoseSettings.defaults(), VoiceSettings.defaults(),
                SpeechSettings.defaults())) {
            ObjectNode tree = new ObjectMapper().valueToTree(defaults);
            List<String> keys = SettingsOverrides.keys(tree, "");
            assertTrue(keys.size() >= 5, defaults.getClass() + " keys " + keys);
            Map<String, String> all = new HashMap<>();
            for (String k : keys) {
                all.put(k, tree.at("/" + String.join("/", java.util.Arrays.stream(k.split("\\."))
                        .map(SettingsOverrides::camel).toList())).asText());
            }
            assertEquals(defaults, SettingsOverrides.apply("x", defaults, all), defaults.getClass().getSimpleName());
        }
    }

    @Test
    void aKebabCaseKeyChangesOnlyItsField() {
        FaceSettings d = FaceSettings.defaults();
        FaceSettings s = SettingsOverrides.apply("face", d, Map.of("max-gaze-yaw-deg", "12"));
        assertEquals(12.0, s.maxGazeYawDeg());
        assertEquals(d.maxGazeUpDeg(), s.maxGazeUpDeg());
        assertNotEquals(d, s);
    }

    @Test
    void nestedKeysUseDots() {
        PoseSettings d = PoseSettings.defaults();
        String key = SettingsOverrides.keys(new ObjectMapper().valueToTree(d), "").stream()
                .filter(k -> k.startsWith("tracker.")).findFirst().orElseThrow();
        PoseSettings s = SettingsOverrides.apply("pose", d, Map.of(key, "0.123"));
        assertNotEquals(d.tracker(), s.tracker());
        assertEquals(d.measures(), s.measures());
    }

    @Test
    void unknownKeysAndWrongTypesAreRefusedWithTheValidKeys() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SettingsOverrides.apply("face", FaceSettings.defaults(), Map.of("max-gaze-yaw", "12")));
        assertTrue(unknown.getMessage().contains("unknown setting coach.face.max-gaze-yaw")
                && unknown.getMessage().contains("max-gaze-yaw-deg"), unknown.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> SettingsOverrides.apply("face", FaceSettings.defaults(), Map.of("max-gaze-yaw-deg", "wide")));
        assertTrue(type.getMessage().contains("must be a number"), type.getMessage());
    }
}
