package io.interviewcoach.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The queries of erasure, export and retention over every table that holds an owner's data (plain SQL: they read
 * across sessions, answers, timelines, reports and jobs). Each is bounded in time; reads are retried once.
 */
@ApplicationScoped
public class PrivacyStore {
    /** pg_try_advisory_xact_lock key of the retention purge ("coachprv"). */
    static final long PURGE_LOCK = 0x636f61636870727fL;

    /** Rows of one session, counted before it is erased. */
    public record SessionRows(UUID id, long answers, long timelineWindows, long reports) {
    }

    @Inject
    Instance<Pool> pools;

    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<List<SessionRows>> sessionsOf(UUID ownerId) {
        return sessionRows("s.owner_id = $1", Tuple.of(ownerId));
    }

    /** Sessions created before {@code age} ago, oldest first, at most {@code limit}. */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<List<SessionRows>> sessionsOlderThan(Duration age, int limit) {
        return sessionRows("s.created_at < now() - $1::bigint * interval '1 millisecond' ORDER BY s.created_at LIMIT $2",
                Tuple.of(age.toMillis(), limit));
    }

    private Uni<List<SessionRows>> sessionRows(String where, Tuple args) {
        return pool().preparedQuery("""
                SELECT s.id,
                       (SELECT count(*) FROM answers a WHERE a.session_id = s.id) AS answers,
                       (SELECT count(*) FROM timeline_windows w WHERE w.session_id = s.id) AS windows,
                       (SELECT count(*) FROM reports r WHERE r.session_id = s.id) AS reports
                FROM sessions s WHERE\s""" + where)
                .execute(args)
                .map(rows -> list(rows, r -> new SessionRows(r.getUUID("id"), r.getLong("answers"), r.getLong("windows"),
                        r.getLong("reports"))));
    }

    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<List<UUID>> jobsOf(UUID ownerId) {
        return pool().preparedQuery("SELECT id FROM analysis_jobs WHERE owner_id = $1 ORDER BY created_at")
                .execute(Tuple.of(ownerId)).map(rows -> list(rows, r -> r.getUUID("id")));
    }

    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<List<UUID>> jobsOlderThan(Duration age, int limit) {
        return pool().preparedQuery("SELECT id FROM analysis_jobs WHERE created_at < now() - $1::bigint"
                        + " * interval '1 millisecond' ORDER BY created_at LIMIT $2")
                .execute(Tuple.of(age.toMillis(), limit)).map(rows -> list(rows, r -> r.getUUID("id")));
    }

    /** Deletes the owner's row; 1 when it was there. Its sessions and jobs must be gone first. */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<Integer> deleteOwner(UUID ownerId) {
        return pool().preparedQuery("DELETE FROM owners WHERE id = $1").execute(Tuple.of(ownerId)).map(RowSet::rowCount);
    }

    /** The owner as JSON ({@code id}, {@code createdAt}); null when there is none. */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<String> ownerJson(UUID ownerId) {
        return text("SELECT jsonb_build_object('id', id, 'createdAt', created_at)::text AS j FROM owners WHERE id = $1",
                ownerId);
    }

    /** One session with its answers, timeline and report as JSON; null when it is gone. */
    @Timeout(10000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<String> sessionJson(UUID sessionId) {
        return text("""
                SELECT jsonb_build_object('id', s.id, 'status', s.status, 'createdAt', s.created_at,
                    'startedAt', s.started_at, 'finishedAt', s.finished_at, 'fps', s.fps, 'poseModel', s.pose_model,
                    'focus', s.focus, 'questionIds', s.question_ids,
                    'answers', COALESCE((SELECT jsonb_agg(jsonb_build_object('n', a.n, 'questionId', a.question_id,
                            'startSec', a.start_sec, 'endSec', a.end_sec, 'transcript', a.transcript,
                            'section', a.section) ORDER BY a.n) FROM answers a WHERE a.session_id = s.id), '[]'::jsonb),
                    'timeline', COALESCE((SELECT jsonb_agg(jsonb_build_object('index', w.window_index,
                            'startSec', w.start_sec, 'endSec', w.end_sec, 'values', w."values") ORDER BY w.window_index)
                            FROM timeline_windows w WHERE w.session_id = s.id), '[]'::jsonb),
                    'report', r.report)::text AS j
                FROM sessions s LEFT JOIN reports r ON r.session_id = s.id WHERE s.id = $1""", sessionId);
    }

    /** One analysis job as JSON: what was uploaded (not the file), its state, transcript and report; null when gone. */
    @Timeout(10000)
    @Retry(maxRetries = 1, delay = 200)
    public Uni<String> jobJson(UUID jobId) {
        return text("""
                SELECT jsonb_build_object('id', id, 'status', status, 'createdAt', created_at, 'startedAt', started_at,
                    'finishedAt', finished_at, 'fileName', file_name, 'mediaType', media_type,
                    'uploadBytes', upload_bytes, 'questionId', question_id, 'transcript', transcript, 'error', error,
                    'report', report)::text AS j
                FROM analysis_jobs WHERE id = $1""", jobId);
    }

    /**
     * Runs {@code work} only when no other replica runs it: inside a transaction holding the purge's advisory lock
     * (released at its end, also when this process dies). False when another holds it.
     */
    public Uni<Boolean> whileLocked(Supplier<Uni<?>> work) {
        return pool().withTransaction(conn -> conn.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked")
                .execute(Tuple.of(PURGE_LOCK))
                .chain(rows -> rows.iterator().next().getBoolean("locked")
                        ? work.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE)));
    }

    private Uni<String> text(String sql, UUID id) {
        return pool().preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
            var it = rows.iterator();
            return it.hasNext() ? it.next().getString("j") : null;
        });
    }

    private static <T> List<T> list(RowSet<Row> rows, java.util.function.Function<Row, T> f) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(f.apply(r)));
        return out;
    }

    private Pool pool() {
        return pools.get();
    }
}
