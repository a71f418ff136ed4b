package io.interviewcoach.session.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.interviewcoach.session.store.ScorePoint;

class ProgressTest {
    @Test
    void trendsSkipSessionsThatDidNotMeasureACategory() {
        OffsetDateTime t = OffsetDateTime.now();
        Progress p = Progress.of(List.of(
                new ScorePoint(UUID.randomUUID(), t, 60.0, null, 50.0, 70.0, null),
                new ScorePoint(UUID.randomUUID(), t.plusDays(1), 65.0, 40.0, null, 72.5, null),
                new ScorePoint(UUID.randomUUID(), t.plusDays(2), 75.0, null, 58.0, 69.0, null)));
        assertEquals(new Progress.Trend(60.0, 75.0, 3, 15.0), p.trends().get("overall"));
        assertEquals(new Progress.Trend(40.0, 40.0, 1, 0.0), p.trends().get("bodyLanguage"));
        assertEquals(new Progress.Trend(50.0, 58.0, 2, 8.0), p.trends().get("facialExpression"));
        assertEquals(-1.0, p.trends().get("vocalDelivery").change(), 1e-9);
        Progress.Trend none = p.trends().get("speechContent");
        assertEquals(0, none.count());
        assertNull(none.first());
        assertNull(none.change(), "nothing measured: no change, not zero");
        assertEquals(List.of("overall", "bodyLanguage", "facialExpression", "vocalDelivery", "speechContent"),
                List.copyOf(p.trends().keySet()));
    }
}
