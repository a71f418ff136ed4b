package io.interviewcoach.session.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FinishedRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReportBecomesItsRowsAndAnUnmeasuredScoreStaysNull() throws Exception {
        JsonNode report = JSON.readTree("""
                {"schemaVersion": 1,
                 "scores": {"overall": 71.5, "bodyLanguage": 80, "facialExpression": null, "vocalDelivery": 64.25},
                 "transcript": {"words": [{"word": "we", "start": 0.5}, {"word": "shipped", "start": 1.2},
                                          {"word": "then", "start": 3.0}, {"word": "late", "start": 9.0}]},
                 "timeline": [{"t": 0, "end": 1, "eyeContact": 0.9}, {"t": 1, "end": 2, "eyeContact": null}],
                 "answers": [{"index": 0, "questionId": "q1", "start": 0.0, "end": 3.0, "summary": {"windows": 3}},
                             {"index": 1, "questionId": null, "start": 3.0, "end": 5.0, "summary": {"windows": 2}}]}
                """);
        UUID id = UUID.randomUUID();
        FinishedRows rows = FinishedRows.of(id, report, OffsetDateTime.now());
        assertEquals(71.5, rows.report().overall);
        assertEquals(80.0, rows.report().bodyLanguage);
        assertNull(rows.report().facialExpression, "null in the report");
        assertEquals(64.25, rows.report().vocalDelivery);
        assertNull(rows.report().speechContent, "absent from the report");
        assertEquals(1, rows.report().schemaVersion);
        assertEquals(report, JSON.readTree(rows.report().report));

        assertEquals(2, rows.answers().size());
        AnswerEntity first = rows.answers().get(0);
        assertEquals(1, first.n);
        assertEquals("q1", first.questionId);
        assertEquals("we shipped", first.transcript, "words starting in [0, 3)");
        assertEquals(report.at("/answers/0"), JSON.readTree(first.section));
        AnswerEntity second = rows.answers().get(1);
        assertEquals(2, second.n);
        assertNull(second.questionId);
        assertEquals("then", second.transcript);

        assertEquals(2, rows.windows().size());
        assertEquals(1, rows.windows().get(1).windowIndex);
        assertEquals(1.0, rows.windows().get(1).startSec);
        assertEquals(2.0, rows.windows().get(1).endSec);
        assertEquals(report.at("/timeline/1"), JSON.readTree(rows.windows().get(1).values));
    }

    @Test
    void withoutATranscriptAnAnswerHasNone() throws Exception {
        JsonNode report = JSON.readTree("{\"answers\": [{\"questionId\": \"q1\", \"start\": 0, \"end\": 2}]}");
        AnswerEntity a = FinishedRows.answers(UUID.randomUUID(), report).get(0);
        assertNull(a.transcript);
        assertEquals(0.0, a.startSec);
    }
}
