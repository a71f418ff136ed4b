package io.interviewcoach.account.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.account.store.ShareStore;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.session.store.SessionStoreJournal;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What an account's owner row holds (its sessions with their reports), for GET /api/me/export and DELETE /api/me.
 * The one place the account endpoints reach session content; the owner-level export and erasure of the session
 * service (sessions, answers, timelines, reports, jobs, uploads, spool and Redis keys) plug in here.
 */
@ApplicationScoped
public class OwnerContent {
    @Inject
    ShareStore shares;

    @Inject
    SessionStore store;

    @Inject
    SessionStoreJournal journal;

    @Inject
    LiveSessions sessions;

    /** The owner's sessions, oldest first, each with its stored report (null when none). */
    public Uni<Object> export(UUID ownerId) {
        return shares.sessionsOf(ownerId)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> store.session(id)
                        .chain(row -> store.report(id).map(report -> {
                            Map<String, Object> session = new LinkedHashMap<>();
                            session.put("id", id);
                            session.put("status", row == null ? null : row.status);
                            session.put("createdAt", row == null ? null : row.createdAt);
                            session.put("finishedAt", row == null ? null : row.finishedAt);
                            session.put("report", report == null ? null : json(report.report));
                            return (Object) session;
                        })))
                .collect().asList().map(list -> (Object) Map.of("sessions", new ArrayList<>(list)));
    }

    /** Deletes each of the owner's sessions as DELETE /api/sessions/{id} does, and waits until that is stored. */
    public Uni<Void> erase(UUID ownerId) {
        return shares.sessionsOf(ownerId)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> {
                    sessions.delete(id.toString());
                    return Uni.createFrom().completionStage(journal.settled(id.toString()));
                })
                .collect().asList().replaceWithVoid();
    }

    private static JsonNode json(String text) {
        try {
            return ProtocolJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored report is not JSON", e);
        }
    }
}
