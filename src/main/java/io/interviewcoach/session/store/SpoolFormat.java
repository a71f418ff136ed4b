package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.protocol.ProtocolJson;

/**
 * A spool file's JSON: {@code format}, {@code kind} (finished or deleted), {@code sessionId}, {@code version} (one
 * writing of the file), and for an end {@code finishedAt}, {@code facts} (the row as known, or null) and
 * {@code report} (null: the session failed).
 */
final class SpoolFormat {
    private static final ObjectMapper JSON = ProtocolJson.mapper();
    private static final int FORMAT = 1;

    private SpoolFormat() {
    }

    /** The entry in a file's bytes; {@code expected}: the session its name says. */
    static SessionSpool.Entry parse(byte[] bytes, UUID expected) throws SessionSpool.CorruptException {
        JsonNode n;
        try {
            n = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new SessionSpool.CorruptException("not JSON: " + (e instanceof com.fasterxml.jackson.core.JacksonException j
                    ? j.getOriginalMessage() : e.getMessage()), e);
        }
        try {
            if (n == null || n.path("format").asInt() != FORMAT) {
                throw new IllegalArgumentException("not a spool entry of format " + FORMAT);
            }
            UUID id = UUID.fromString(n.get("sessionId").asText());
            if (!id.equals(expected)) {
                throw new IllegalArgumentException("its session " + id + " does not match its name");
            }
            String version = n.path("version").asText();
            if ("deleted".equals(n.path("kind").asText())) {
                return new SessionSpool.Entry(id, null, version);
            }
            if (!"finished".equals(n.path("kind").asText())) {
                throw new IllegalArgumentException("unknown kind '" + n.path("kind").asText() + "'");
            }
            JsonNode report = n.get("report");
            if (report == null || !(report.isObject() || report.isNull())) {
                throw new IllegalArgumentException("no report");
            }
            return new SessionSpool.Entry(id, new FinishedSession(id, facts(id, n.get("facts")),
                    report.isObject() ? (ObjectNode) report : null, OffsetDateTime.parse(n.get("finishedAt").asText())),
                    version);
        } catch (RuntimeException e) {
            throw new SessionSpool.CorruptException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes for {@code e}, written as {@code version}. */
    static byte[] write(SessionSpool.Entry e, String version) throws java.io.IOException {
        return JSON.writeValueAsBytes(json(e, version));
    }

    private static ObjectNode json(SessionSpool.Entry e, String version) {
        ObjectNode n = JSON.createObjectNode().put("format", FORMAT).put("kind", SessionSpool.kind(e))
                .put("sessionId", e.id().toString()).put("version", version);
        FinishedSession f = e.finished();
        if (f != null) {
            n.put("finishedAt", f.finishedAt().toString());
            SessionFacts s = f.facts();
            if (s != null) {
                n.putObject("facts").put("tokenHash", s.tokenHash()).put("fps", s.fps()).put("poseModel", s.poseModel())
                        .put("createdAt", text(s.createdAt())).put("startedAt", text(s.startedAt()))
                        .put("focus", s.focusJson()).put("ownerId", s.ownerId() == null ? null : s.ownerId().toString())
                        .put("questionIds", s.questionIdsJson());
            } else {
                n.putNull("facts");
            }
            n.set("report", f.report());
        }
        return n;
    }

    private static SessionFacts facts(UUID id, JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String owner = textOrNull(n, "ownerId");
        String started = textOrNull(n, "startedAt");
        return new SessionFacts(id, n.get("tokenHash").asText(), n.path("fps").isInt() ? n.get("fps").asInt() : null,
                textOrNull(n, "poseModel"), OffsetDateTime.parse(n.get("createdAt").asText()),
                started == null ? null : OffsetDateTime.parse(started), textOrNull(n, "focus"),
                owner == null ? null : UUID.fromString(owner), textOrNull(n, "questionIds"));
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}
