package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * The sessions, answers, timelines, reports and owners in PostgreSQL (Hibernate Reactive). Every method opens its own
 * session or transaction, or joins the one of the current Vert.x context; call them on a safe (duplicated) context.
 * Every call is bounded in time and goes through a circuit breaker (one per method): while PostgreSQL is away, callers
 * hear of it at once. Reads and the idempotent writes are retried; each setting can be tuned in application.yaml,
 * e.g. {@code "io.interviewcoach.session.store.SessionStore/report/Timeout/value": 3000}.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class SessionStore {
    /** Writes the row as far as {@code facts} know it (idempotent); nothing for a session deleted already. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, abortOn = CircuitBreakerOpenException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 4000)
    public Uni<Void> upsert(SessionFacts facts, String status) {
        return Panache.withTransaction(() -> writeRow(facts.id(), facts, status, null)).replaceWithVoid();
    }

    /**
     * The session's row brought to what {@code facts} know and to {@code status} (never back from an end): made whole
     * when no earlier write landed, so a write that failed is made good by the next. Null for a deleted session; fails
     * when there is no row and {@code facts} is null (a session another process created).
     */
    private static Uni<SessionEntity> writeRow(UUID id, SessionFacts facts, String status, OffsetDateTime finishedAt) {
        return DeletedSessionEntity.<DeletedSessionEntity>findById(id).chain(gone -> gone != null
                ? Uni.createFrom().nullItem()
                : SessionEntity.<SessionEntity>findById(id).chain(row -> {
                    if (row == null && facts == null) {
                        throw new IllegalStateException("session " + id + " has no row, and this process does not know it");
                    }
                    SessionEntity s = row != null ? row : new SessionEntity();
                    if (row == null) {
                        s.id = id;
                        s.tokenHash = facts.tokenHash();
                        s.createdAt = facts.createdAt();
                        s.fps = facts.fps();
                        s.poseModel = facts.poseModel();
                        s.status = SessionEntity.CREATED;
                    }
                    if (facts != null) {
                        s.ownerId = s.ownerId != null ? s.ownerId : facts.ownerId();
                        s.questionIds = s.questionIds != null ? s.questionIds : facts.questionIdsJson();
                        s.startedAt = s.startedAt != null ? s.startedAt : facts.startedAt();
                        s.focus = s.focus != null ? s.focus : facts.focusJson();
                    }
                    if (!ended(s.status) && !SessionEntity.CREATED.equals(status)) {
                        s.status = status;
                    }
                    if (s.finishedAt == null) { // a retry keeps the first time
                        s.finishedAt = finishedAt;
                    }
                    return row != null ? Uni.createFrom().item(s) : s.<SessionEntity>persist();
                }));
    }

    private static boolean ended(String status) {
        return SessionEntity.FINISHED.equals(status) || SessionEntity.FAILED.equals(status);
    }

    /**
     * In one transaction: the session's final row (written whole when this process knows it and no earlier write
     * landed), the report, its answers and timeline rows (none when the session failed). Idempotent: rows of an earlier
     * attempt are replaced, so the spool may retry it; nothing is written for a deleted session.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, abortOn = CircuitBreakerOpenException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 4000)
    public Uni<Void> persistFinished(FinishedSession f) {
        UUID id = f.id();
        return Panache.withTransaction(() -> writeRow(id, f.facts(), f.status(), f.finishedAt()).chain(row -> row == null
                ? Uni.createFrom().voidItem()
                : deleteFinishedRows(id).chain(() -> f.report() == null ? Uni.createFrom().voidItem()
                        : persistAll(FinishedRows.of(id, f.report(), f.finishedAt())))));
    }

    /** Rows of an earlier attempt (a retry after a lost commit answer); usually there are none. */
    private static Uni<Void> deleteFinishedRows(UUID id) {
        return ReportEntity.count("sessionId", id).chain(earlier -> earlier == 0 ? Uni.createFrom().voidItem()
                : ReportEntity.delete("sessionId", id)
                        .chain(() -> AnswerEntity.delete("sessionId", id))
                        .chain(() -> TimelineWindowEntity.delete("sessionId", id))
                        .replaceWithVoid());
    }

    private static Uni<Void> persistAll(FinishedRows rows) {
        List<Object> all = new ArrayList<>(1 + rows.answers().size() + rows.windows().size());
        all.add(rows.report());
        all.addAll(rows.answers());
        all.addAll(rows.windows());
        return Panache.getSession().chain(s -> s.persistAll(all.toArray()));
    }

    /**
     * Deletes the session (its answers, timeline and report go with it: ON DELETE CASCADE) and remembers that it was
     * deleted, so that no later write brings it back. Idempotent.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, abortOn = CircuitBreakerOpenException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 4000)
    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> DeletedSessionEntity.<DeletedSessionEntity>findById(id)
                .chain(gone -> {
                    if (gone != null) {
                        return Uni.createFrom().voidItem();
                    }
                    DeletedSessionEntity d = new DeletedSessionEntity();
                    d.id = id;
                    d.deletedAt = now();
                    return d.persist().replaceWithVoid();
                })
                .chain(() -> SessionEntity.<SessionEntity>findById(id))
                .chain(s -> s == null ? Uni.createFrom().voidItem() : s.delete()));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<SessionEntity> session(UUID id) {
        return Panache.withSession(() -> SessionEntity.findById(id));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<ReportEntity> report(UUID id) {
        return Panache.withSession(() -> ReportEntity.findById(id));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<Long> answerCount(UUID id) {
        return Panache.withSession(() -> AnswerEntity.count("sessionId", id));
    }

    /** @param n 1-based */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<AnswerEntity> answer(UUID id, int n) {
        return Panache.withSession(() -> AnswerEntity.find("sessionId = ?1 and n = ?2", id, n).firstResult());
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<OwnerEntity> ownerByTokenHash(String tokenHash) {
        return Panache.withSession(() -> OwnerEntity.find("tokenHash", tokenHash).firstResult());
    }

    /** Not retried: a retry after a lost commit answer would meet its own token hash. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<OwnerEntity> createOwner(String tokenHash) {
        OwnerEntity o = new OwnerEntity();
        o.id = UUID.randomUUID();
        o.tokenHash = tokenHash;
        o.createdAt = now();
        return Panache.withTransaction(o::persist).replaceWith(o);
    }

    /** The owner's finished sessions with a report, oldest first, with their scores (null: not measured). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<List<ScorePoint>> scores(UUID ownerId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                "select new io.interviewcoach.session.store.ScorePoint(s.id, s.finishedAt, r.overall, r.bodyLanguage,"
                        + " r.facialExpression, r.vocalDelivery, r.speechContent)"
                        + " from SessionEntity s join ReportEntity r on r.sessionId = s.id"
                        + " where s.ownerId = ?1 and s.status = 'finished' order by s.finishedAt, s.createdAt",
                ScorePoint.class).setParameter(1, ownerId).getResultList()));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
