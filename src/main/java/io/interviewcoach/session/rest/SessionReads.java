package io.interviewcoach.session.rest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.session.store.SessionEntity;
import io.interviewcoach.session.store.SessionSpool;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.storage.StorageFaults;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;

/** The reads the session endpoints share: the ownership check and the report, from memory, the spool or PostgreSQL. */
@ApplicationScoped
class SessionReads {
    @Inject
    LiveSessions sessions;

    @Inject
    SessionStore store;

    @Inject
    SessionSpool spool;

    /**
     * The session if the token owns it; 401 without a token, else one 404 for an unknown id and a wrong token. While
     * PostgreSQL is away, a session this process holds (in memory or in its spool) is still answered, without its row;
     * any other fails with the store's error (503).
     */
    Uni<SessionLookup> owned(String id, String authorization) {
        String token = BearerToken.fromHeader(authorization);
        if (token == null) {
            ResourceAccess.requireOwner(null, null, "session");
        }
        UUID uuid = SessionLookup.parse(id);
        FinishedSession spooled = spool.finished(id).orElse(null);
        String heldHash = sessions.tokenHash(id)
                .orElse(spooled == null || spooled.facts() == null ? null : spooled.facts().tokenHash());
        Uni<SessionEntity> row = uuid == null ? Uni.createFrom().nullItem() : store.session(uuid)
                .onFailure(e -> heldHash != null && StorageFaults.unavailable(e)).recoverWithNull();
        return row.map(r -> {
            ResourceAccess.requireOwner(heldHash != null ? heldHash : r == null ? null : r.tokenHash, token, "session");
            return new SessionLookup(id, uuid, token, r, spooled, sessions);
        });
    }

    static JsonNode json(String text) {
        try {
            return text == null ? null : ProtocolJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored JSON column is not JSON", e);
        }
    }

    /**
     * The report: from memory or the spool while this process has it, else from the reports table; 409 while running.
     */
    Uni<JsonNode> report(SessionLookup s) {
        var here = s.reportHere();
        if (here.isPresent()) {
            return Uni.createFrom().item(here.get());
        }
        if (s.spooled() != null) {
            throw ProblemException.notFound("The session ended without a report");
        }
        return stored(s).map(text -> {
            try {
                return ProtocolJson.mapper().readTree(text);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("stored report of session " + s.id() + " is not JSON", e);
            }
        });
    }

    /**
     * The report as JSON text, to be sent as it is: the stored text is not parsed and written again, which was most
     * of a report read's CPU time (`coach bench api`, docs/api.md).
     */
    Uni<String> reportText(SessionLookup s) {
        var here = s.reportHere();
        if (here.isPresent()) {
            return Uni.createFrom().item(here.get().toString());
        }
        if (s.spooled() != null) {
            throw ProblemException.notFound("The session ended without a report");
        }
        return stored(s);
    }

    private Uni<String> stored(SessionLookup s) {
        if (s.running().isPresent() || (s.row() != null && !s.row().status.equals(SessionEntity.FINISHED)
                && !s.row().status.equals(SessionEntity.FAILED))) {
            throw new ProblemException(ProblemType.NOT_FINISHED, "The session is still running; its report comes at the end");
        }
        return store.report(s.uuid()).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("The session ended without a report");
            }
            return r.report;
        });
    }
}
