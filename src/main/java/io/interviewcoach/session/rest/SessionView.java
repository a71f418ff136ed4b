package io.interviewcoach.session.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.session.store.ReportEntity;

/** GET /api/sessions/{id}: where a session stands. */
@Schema(name = "Session")
public record SessionView(
        String id,
        @Schema(enumeration = {"created", "running", "finished", "failed"}) String status,
        @Schema(nullable = true) OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "answers recorded (0 until the session is finished)") long answers,
        @Schema(description = "the report's five scores, null until finished", nullable = true) Scores scores) {

    /** The five 0-100 scores of a report; null where not measured (docs/report-schema.md). */
    @Schema(name = "Scores")
    public record Scores(Double overall, Double bodyLanguage, Double facialExpression, Double vocalDelivery,
            Double speechContent) {

        static Scores of(JsonNode report) {
            JsonNode s = report.path("scores");
            return new Scores(number(s, "overall"), number(s, "bodyLanguage"), number(s, "facialExpression"),
                    number(s, "vocalDelivery"), number(s, "speechContent"));
        }

        static Scores of(ReportEntity r) {
            return r == null ? null : new Scores(r.overall, r.bodyLanguage, r.facialExpression, r.vocalDelivery,
                    r.speechContent);
        }

        private static Double number(JsonNode scores, String field) {
            JsonNode n = scores.path(field);
            return n.isNumber() ? n.asDouble() : null;
        }
    }

    /** The times from the row, else from the spooled end (while PostgreSQL is away), else unknown. */
    static SessionView of(SessionLookup s, String status, long answers, SessionView.Scores scores) {
        io.interviewcoach.session.store.SessionEntity r = s.row();
        if (r == null && s.spooled() != null && s.spooled().facts() != null) {
            var f = s.spooled().facts();
            return new SessionView(s.id(), status, f.createdAt(), f.startedAt(), s.spooled().finishedAt(), answers, scores);
        }
        return new SessionView(s.id(), status, r == null ? null : r.createdAt, r == null ? null : r.startedAt,
                r == null ? null : r.finishedAt, answers, scores);
    }
}
