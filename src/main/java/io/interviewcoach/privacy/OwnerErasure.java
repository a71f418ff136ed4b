package io.interviewcoach.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Erases everything of an owner (GDPR erasure; an anonymous owner is one too): each of its sessions and jobs through
 * {@link Erasures} (rows, spooled ends, live state, uploads), then the owner's row. Safe to repeat: a second erasure
 * finds nothing and answers {@link ErasureResult#NONE}.
 */
@ApplicationScoped
public class OwnerErasure {
    private static final Logger LOG = Logger.getLogger(OwnerErasure.class);

    @Inject
    PrivacyStore store;

    @Inject
    Erasures erasures;

    public Uni<ErasureResult> erase(UUID ownerId) {
        return store.sessionsOf(ownerId)
                .chain(sessions -> sessions(sessions))
                .chain(fromSessions -> store.jobsOf(ownerId).chain(this::jobs).map(fromSessions::plus))
                .chain(result -> store.deleteOwner(ownerId).map(n -> result.plus(
                        new ErasureResult(n, 0, 0, 0, 0, 0, 0, 0, 0))))
                .invoke(r -> LOG.infof("owner %s erased: %s", ownerId, r));
    }

    /** Erases these sessions one after another; the counts of what went. */
    Uni<ErasureResult> sessions(List<PrivacyStore.SessionRows> sessions) {
        return Multi.createFrom().iterable(sessions)
                .onItem().transformToUniAndConcatenate(s -> erasures.session(s.id()).map(e -> new ErasureResult(0, 1,
                        s.answers(), s.timelineWindows(), s.reports(), 0, 0, e.spoolFile() ? 1 : 0, e.liveState() ? 1 : 0)))
                .collect().with(java.util.stream.Collectors.reducing(ErasureResult.NONE, ErasureResult::plus));
    }

    /** Erases these jobs one after another; the counts of what went. */
    Uni<ErasureResult> jobs(List<UUID> jobs) {
        return Multi.createFrom().iterable(jobs)
                .onItem().transformToUniAndConcatenate(id -> erasures.job(id).map(upload -> upload == null
                        ? ErasureResult.NONE : new ErasureResult(0, 0, 0, 0, 0, 1, upload ? 1 : 0, 0, 0)))
                .collect().with(java.util.stream.Collectors.reducing(ErasureResult.NONE, ErasureResult::plus));
    }
}
