package io.interviewcoach.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WindowValuesTest {
    @Test
    void numbersAndBooleansAreKeptTextsNullsAndNonFiniteValuesAreNot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("eyeContact", 0.75);
        fields.put("blinks", 3);
        fields.put("faceVisible", true);
        fields.put("handsVisible", false);
        fields.put("text", "so I led the team");
        fields.put("pitchHz", null);
        fields.put("loudnessDb", Double.NEGATIVE_INFINITY);
        fields.put("smile", Double.NaN);

        WindowValues w = WindowValues.of(4.0, 6.0, fields);

        Map<String, Double> expected = new HashMap<>();
        expected.put("eyeContact", 0.75);
        expected.put("blinks", 3.0);
        expected.put("faceVisible", 1.0);
        expected.put("handsVisible", 0.0);
        assertEquals(expected, w.values());
        assertEquals(4.0, w.t());
        assertEquals(6.0, w.end());
    }
}
