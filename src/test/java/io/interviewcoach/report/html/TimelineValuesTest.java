package io.interviewcoach.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.fusion.WindowValues;

class TimelineValuesTest {

    @Test
    void readsFlatAndNestedTimelineFields() throws Exception {
        String json = """
                [{"t":0.0,"end":1.0,"faceVisible":true,"eyeContact":0.82,"pitchHz":null,"words":["so","um"],
                  "voice":{"pitchHz":131.5,"speaking":0.9}},
                 {"t":1.0,"faceVisible":false,"fillers":2},
                 {"end":3.0,"eyeContact":0.5}]
                """;
        List<WindowValues> w = TimelineValues.read(new ObjectMapper().readTree(json));
        assertEquals(2, w.size(), "an entry without t is skipped");
        assertEquals(1.0, w.get(0).get("faceVisible"));
        assertEquals(0.82, w.get(0).get("eyeContact"));
        assertEquals(131.5, w.get(0).get("pitchHz"), "null flat field does not hide the nested value");
        assertEquals(131.5, w.get(0).get("voice.pitchHz"));
        assertNull(w.get(0).get("words"));
        assertEquals(2.0, w.get(1).end(), 1e-9, "missing end = t + 1 s");
        assertEquals(0.0, w.get(1).get("faceVisible"));
        assertEquals(2.0, w.get(1).get("fillers"));
        assertTrue(TimelineValues.read(null).isEmpty());
    }
}
