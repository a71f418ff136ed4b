package io.interviewcoach.report;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ReportJsonTest {
    @Test
    void numbersAreWrittenWithSixSignificantDigitsAndNaNAsNull() throws Exception {
        ReportEvent e = new ReportEvent(EventType.LOOKED_AWAY, 0.9088888888888889, 2.0,
                Map.of("headTiltDeg", -0.1917369940771127, "clippingRatio", 0.000183, "broken", Double.NaN));
        String json = ReportJson.mapper().writeValueAsString(e);
        JsonNode n = ReportJson.mapper().readTree(json);
        assertEquals("0.908889", n.get("start").asText());
        assertEquals(2.0, n.get("end").asDouble());
        assertEquals("-0.191737", n.at("/detail/headTiltDeg").asText());
        assertEquals(0.000183, n.at("/detail/clippingRatio").asDouble(), 1e-12);
        assertTrue(n.at("/detail/broken").isNull(), json);
    }
}
