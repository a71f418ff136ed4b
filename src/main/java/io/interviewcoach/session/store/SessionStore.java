package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The sessions, answers, timelines, reports and owners in PostgreSQL (Hibernate Reactive). Every method opens its own
 * session or transaction, or joins the one of the current Vert.x context; call them on a safe (duplicated) context.
 */
@ApplicationScoped
public class SessionStore {

    public Uni<Void> insertCreated(UUID id, String tokenHash, Integer fps, String poseModel) {
        SessionEntity s = new SessionEntity();
        s.id = id;
        s.tokenHash = tokenHash;
        s.status = SessionEntity.CREATED;
        s.createdAt = now();
        s.fps = fps;
        s.poseModel = poseModel;
        return Panache.withTransaction(s::persist).replaceWithVoid();
    }

    /** @param focusJson a JSON array of cue kinds, null for all */
    public Uni<Void> markStarted(UUID id, String focusJson) {
        return Panache.withTransaction(() -> SessionEntity.<SessionEntity>findById(id)
                .onItem().ifNotNull().invoke(s -> {
                    s.status = SessionEntity.RUNNING;
                    s.startedAt = now();
                    s.focus = focusJson;
                })).replaceWithVoid();
    }

    /** @param questionIdsJson a JSON array of question ids, or null */
    public Uni<Void> linkOwner(UUID id, UUID ownerId, String questionIdsJson) {
        return Panache.withTransaction(() -> SessionEntity.<SessionEntity>findById(id)
                .onItem().ifNotNull().invoke(s -> {
                    s.ownerId = ownerId;
                    s.questionIds = questionIdsJson;
                })).replaceWithVoid();
    }

    /**
     * In one transaction: the report, its answers and timeline rows, and the session's final status (failed when
     * {@code report} is null). Idempotent: rows of an earlier attempt are replaced, so a spool may retry it.
     */
    public Uni<Void> persistFinished(UUID id, JsonNode report) {
        OffsetDateTime at = now();
        return Panache.withTransaction(() -> SessionEntity.<SessionEntity>findById(id)
                .onItem().ifNull().failWith(() -> new IllegalStateException("session " + id + " has no row"))
                .chain(s -> {
                    s.status = report == null ? SessionEntity.FAILED : SessionEntity.FINISHED;
                    if (s.finishedAt == null) { // a retry keeps the first time
                        s.finishedAt = at;
                    }
                    return deleteFinishedRows(id).chain(() -> report == null ? Uni.createFrom().voidItem()
                            : persistAll(FinishedRows.of(id, report, at)));
                }));
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

    /** Deletes the session; its answers, timeline and report go with it (ON DELETE CASCADE). */
    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> SessionEntity.<SessionEntity>findById(id)
                .chain(s -> s == null ? Uni.createFrom().voidItem() : s.delete()));
    }

    public Uni<SessionEntity> session(UUID id) {
        return Panache.withSession(() -> SessionEntity.findById(id));
    }

    public Uni<ReportEntity> report(UUID id) {
        return Panache.withSession(() -> ReportEntity.findById(id));
    }

    public Uni<Long> answerCount(UUID id) {
        return Panache.withSession(() -> AnswerEntity.count("sessionId", id));
    }

    /** @param n 1-based */
    public Uni<AnswerEntity> answer(UUID id, int n) {
        return Panache.withSession(() -> AnswerEntity.find("sessionId = ?1 and n = ?2", id, n).firstResult());
    }

    public Uni<OwnerEntity> ownerByTokenHash(String tokenHash) {
        return Panache.withSession(() -> OwnerEntity.find("tokenHash", tokenHash).firstResult());
    }

    public Uni<OwnerEntity> createOwner(String tokenHash) {
        OwnerEntity o = new OwnerEntity();
        o.id = UUID.randomUUID();
        o.tokenHash = tokenHash;
        o.createdAt = now();
        return Panache.withTransaction(o::persist).replaceWith(o);
    }

    /** The owner's finished sessions with a report, oldest first, with their scores (null: not measured). */
    public Uni<List<ScorePoint>> scores(UUID ownerId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                "select new io.interviewcoach.session.store.ScorePoint(s.id, s.finishedAt, r.overall, r.bodyLanguage,"
                        + " r.facialExpression, r.vocalDelivery, r.speechContent)"
                        + " from SessionEntity s join ReportEntity r on r.sessionId = s.id"
                        + " where s.ownerId = ?1 and s.status = 'finished' order by s.finishedAt, s.createdAt",
                ScorePoint.class).setParameter(1, ownerId).getResultList()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
