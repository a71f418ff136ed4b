package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rows a finished report becomes (docs/report-schema.md): the report with its five scores as columns, one answer
 * row per {@code answers[]} element (n = position + 1) and one timeline row per {@code timeline[]} element.
 */
public record FinishedRows(ReportEntity report, List<AnswerEntity> answers, List<TimelineWindowEntity> windows) {

    public static FinishedRows of(UUID sessionId, JsonNode report, OffsetDateTime at) {
        ReportEntity r = new ReportEntity();
        r.sessionId = sessionId;
        r.createdAt = at;
        r.report = report.toString();
        r.schemaVersion = report.path("schemaVersion").isInt() ? report.get("schemaVersion").asInt() : null;
        JsonNode scores = report.path("scores");
        r.overall = number(scores.path("overall"));
        r.bodyLanguage = number(scores.path("bodyLanguage"));
        r.facialExpression = number(scores.path("facialExpression"));
        r.vocalDelivery = number(scores.path("vocalDelivery"));
        r.speechContent = number(scores.path("speechContent"));
        return new FinishedRows(r, answers(sessionId, report), windows(sessionId, report));
    }

    /** The answer rows of a report; also used to answer from a report still in memory. */
    public static List<AnswerEntity> answers(UUID sessionId, JsonNode report) {
        List<AnswerEntity> rows = new ArrayList<>();
        JsonNode words = report.path("transcript").path("words");
        int n = 1;
        for (JsonNode a : report.path("answers")) {
            AnswerEntity row = new AnswerEntity();
            row.sessionId = sessionId;
            row.n = n++;
            row.questionId = a.path("questionId").isTextual() ? a.get("questionId").asText() : null;
            row.startSec = number(a.path("start"));
            row.endSec = number(a.path("end"));
            row.transcript = transcript(words, row.startSec, row.endSec);
            row.section = a.toString();
            rows.add(row);
        }
        return rows;
    }

    private static List<TimelineWindowEntity> windows(UUID sessionId, JsonNode report) {
        List<TimelineWindowEntity> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode w : report.path("timeline")) {
            TimelineWindowEntity row = new TimelineWindowEntity();
            row.sessionId = sessionId;
            row.windowIndex = index++;
            row.startSec = number(w.path("t"));
            row.endSec = number(w.path("end"));
            row.values = w.toString();
            rows.add(row);
        }
        return rows;
    }

    /** The words that start within [start, end); null when the report has no words or the span is unknown. */
    static String transcript(JsonNode words, Double start, Double end) {
        if (!words.isArray() || words.isEmpty() || start == null || end == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode w : words) {
            Double at = number(w.path("start"));
            if (at != null && at >= start && at < end && w.path("word").isTextual()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(w.get("word").asText());
            }
        }
        return text.toString();
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }
}
