package io.interviewcoach.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.job.service.UploadFiles;
import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.state.LiveStateStores;
import io.interviewcoach.session.store.SessionSpool;
import io.interviewcoach.session.store.SessionStoreJournal;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The one way a session or a job is deleted: by its owner (DELETE), by the owner's erasure, by the retention purge.
 * A session: ended when it runs here, its rows deleted (answers, timeline and report go with it) and its id kept in
 * deleted_sessions so no late write brings it back (docs/adr/0010-storage.md), its spooled end removed, its live
 * state removed. A job: its row deleted (a running analysis stops at its next heartbeat) and its upload removed.
 */
@ApplicationScoped
public class Erasures {
    @Inject
    LiveSessions sessions;

    @Inject
    SessionStoreJournal journal;

    @Inject
    SessionSpool spool;

    @Inject
    LiveStateStores liveStates;

    @Inject
    JobStore jobs;

    @Inject
    UploadFiles uploads;

    /** What deleting one session removed besides its rows. */
    public record SessionErased(boolean spoolFile, boolean liveState) {
    }

    /**
     * Deletes the session everywhere; completes once PostgreSQL has it deleted (or the deletion is spooled while it is
     * away) and its live state is gone.
     */
    public Uni<SessionErased> session(UUID id) {
        String sid = id.toString();
        boolean spooled = spool.holds(id);
        return liveStates.store().fields(sid).onFailure().recoverWithItem(java.util.Map.of())
                .chain(fields -> {
                    sessions.delete(sid);
                    return Uni.createFrom().completionStage(() -> journal.settled(sid))
                            // the journal deletes the keys too, retrying while Redis is away; awaited here when Redis answers
                            .chain(() -> liveStates.store().delete(sid).onFailure().recoverWithNull())
                            .replaceWith(new SessionErased(spooled, !fields.isEmpty()));
                });
    }

    /** Deletes the job and its upload; null when there was no such job, else whether an upload file was removed. */
    public Uni<Boolean> job(UUID id) {
        return jobs.delete(id).chain(path -> path == null ? Uni.createFrom().nullItem()
                : Uni.createFrom().item(() -> {
                    boolean there = Files.exists(Path.of(path));
                    uploads.delete(path);
                    return there;
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
