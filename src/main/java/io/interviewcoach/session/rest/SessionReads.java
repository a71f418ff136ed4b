package io.interviewcoach.session.rest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.account.store.SessionHolders;
import io.interviewcoach.account.store.ShareStore;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.session.store.SessionEntity;
import io.interviewcoach.session.store.SessionSpool;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.storage.StorageFaults;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.Guarded;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;

/** The reads the session endpoints share: the access decision and the report, from memory, the spool or PostgreSQL. */
@ApplicationScoped
class SessionReads {
    @Inject
    LiveSessions sessions;

    @Inject
    SessionStore store;

    @Inject
    SessionSpool spool;

    @Inject
    ShareStore shares;

    @Inject
    Callers callers;

    /**
     * The session if the caller may do {@code action} on it ({@link ResourceAccess}); 401 without credentials, else
     * one 404 for an unknown id and a refusal. While PostgreSQL is away, a session this process holds (in memory or in
     * its spool) is still answered to its token holder, without its row; any other fails with the store's error (503).
     */
    Uni<SessionLookup> reachable(String id, String authorization, ResourceAccess.Action action) {
        Caller caller = callers.of(authorization);
        ResourceAccess.requireCredentials(caller, "session");
        UUID uuid = SessionLookup.parse(id);
        FinishedSession spooled = spool.finished(id).orElse(null);
        String heldHash = sessions.tokenHash(id)
                .orElse(spooled == null || spooled.facts() == null ? null : spooled.facts().tokenHash());
        Uni<SessionEntity> row = uuid == null ? Uni.createFrom().nullItem() : store.session(uuid)
                .onFailure(e -> heldHash != null && StorageFaults.unavailable(e)).recoverWithNull();
        Uni<SessionHolders> holders = uuid == null || !caller.isUser() ? Uni.createFrom().item(SessionHolders.NONE)
                : shares.holders(uuid);
        return row.chain(r -> holders.map(h -> {
            String hash = heldHash != null ? heldHash : r == null ? null : r.tokenHash;
            Guarded guarded = hash == null ? null : new Guarded(hash, h.ownerUserId(), h.coaches());
            ResourceAccess.require(caller, guarded, action, "session");
            return new SessionLookup(id, uuid, r, spooled, sessions);
        }));
    }

    /** {@link #reachable} for reading. */
    Uni<SessionLookup> readable(String id, String authorization) {
        return reachable(id, authorization, ResourceAccess.Action.READ);
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
