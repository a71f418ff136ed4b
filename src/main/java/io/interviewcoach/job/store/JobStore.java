package io.interviewcoach.job.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The analysis_jobs table (V3__analysis_jobs.sql), which is also the queue every replica's workers share. Each
 * state change of a running job names its worker ({@code locked_by}), so a worker that lost its lease (and whose job
 * another worker took over) changes nothing. Every call is one statement, bounded in time; reads and idempotent
 * writes are retried; each method has a circuit breaker, so while PostgreSQL is away callers hear of it at once.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class JobStore {
    private static final String LEASE = "now() + $%d::bigint * interval '1 millisecond'";

    /** Looked up when first used: the offline commands run with the datasource inactive and never get here. */
    @Inject
    Instance<Pool> pools;

    /** Idempotent (a retried insert of the same id changes nothing). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Void> insert(NewJob job) {
        return pool().preparedQuery("""
                INSERT INTO analysis_jobs (id, token_hash, status, upload_path, upload_bytes, media_type, file_name,
                                           question_id, transcript, owner_id)
                VALUES ($1, $2, 'queued', $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING""")
                .execute(Tuple.from(new Object[] {job.id(), job.tokenHash(), job.uploadPath(), job.uploadBytes(),
                        job.mediaType(), job.fileName(), job.questionId(), job.transcript(), job.ownerId()}))
                .replaceWithVoid();
    }

    /** The job's state, or null when there is none with this id. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<JobRow> find(UUID id) {
        return pool().preparedQuery("""
                SELECT j.id, j.token_hash, o.user_id, j.status, j.progress, j.created_at, j.started_at, j.finished_at, j.error
                FROM analysis_jobs j LEFT JOIN owners o ON o.id = j.owner_id WHERE j.id = $1""")
                .execute(Tuple.of(id))
                .map(rows -> {
                    Row r = first(rows);
                    return r == null ? null : row(r);
                });
    }

    /** The report and what decides whether it may be shown, or null when there is no job with this id. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<JobReport> report(UUID id) {
        return pool().preparedQuery("""
                SELECT j.token_hash, o.user_id, j.status, j.report::text AS report, j.error
                FROM analysis_jobs j LEFT JOIN owners o ON o.id = j.owner_id WHERE j.id = $1""")
                .execute(Tuple.of(id))
                .map(rows -> {
                    Row r = first(rows);
                    return r == null ? null : new JobReport(r.getString("token_hash"), r.getUUID("user_id"), JobStatus.of(r.getString("status")),
                            r.getString("report"), r.getString("error"));
                });
    }

    /** Deletes the row; the upload path it had, or null when it was already gone. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<String> delete(UUID id) {
        return pool().preparedQuery("DELETE FROM analysis_jobs WHERE id = $1 RETURNING upload_path")
                .execute(Tuple.of(id))
                .map(rows -> {
                    Row r = first(rows);
                    return r == null ? null : r.getString("upload_path");
                });
    }

    /**
     * Claims the oldest job that is queued, or running under a lease that expired (its worker died), for
     * {@code worker}: one statement, so concurrent claimers (threads, replicas) never get the same job. Null when
     * there is nothing to do. Not retried: a claim whose answer was lost is taken over when its lease expires.
     */
    @Timeout(5000)
    public Uni<ClaimedJob> claim(String worker, Duration lease) {
        return pool().preparedQuery("""
                UPDATE analysis_jobs SET status = 'running', locked_by = $1, locked_until = %s,
                       attempts = attempts + 1, started_at = now(), progress = 0
                WHERE id = (SELECT id FROM analysis_jobs
                            WHERE status = 'queued' OR (status = 'running' AND locked_until < now())
                            ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING id, attempts, upload_path, file_name, question_id, transcript""".formatted(LEASE.formatted(2)))
                .execute(Tuple.of(worker, lease.toMillis()))
                .map(rows -> {
                    Row r = first(rows);
                    return r == null ? null : new ClaimedJob(r.getUUID("id"), r.getInteger("attempts"),
                            r.getString("upload_path"), r.getString("file_name"), r.getString("question_id"),
                            r.getString("transcript"));
                });
    }

    /** Renews the lease and records progress; false when the job is no longer this worker's (deleted, taken over). */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200, abortOn = CircuitBreakerOpenException.class)
    public Uni<Boolean> heartbeat(UUID id, String worker, Duration lease, double progress) {
        return pool().preparedQuery(("UPDATE analysis_jobs SET locked_until = %s, progress = $4"
                + " WHERE id = $1 AND locked_by = $2 AND status = 'running'").formatted(LEASE.formatted(3)))
                .execute(Tuple.of(id, worker, lease.toMillis(), progress))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Stores the report; false when the job was no longer this worker's. */
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    public Uni<Boolean> finish(UUID id, String worker, String reportJson) {
        return pool().preparedQuery("""
                UPDATE analysis_jobs SET status = 'done', progress = 100, report = $3::text::jsonb, finished_at = now(),
                       locked_by = NULL, locked_until = NULL
                WHERE id = $1 AND locked_by = $2 AND status = 'running'""")
                .execute(Tuple.of(id, worker, reportJson))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Marks the job failed with a message for its owner; false when it was no longer this worker's. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    public Uni<Boolean> fail(UUID id, String worker, String error) {
        return pool().preparedQuery("""
                UPDATE analysis_jobs SET status = 'failed', error = $3, finished_at = now(),
                       locked_by = NULL, locked_until = NULL
                WHERE id = $1 AND locked_by = $2 AND status = 'running'""")
                .execute(Tuple.of(id, worker, error))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Puts the job back in the queue for any worker. {@code countAttempt} false (this process is stopping: not the
     * job's fault) gives the claim back as if it had not happened.
     */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Boolean> release(UUID id, String worker, boolean countAttempt) {
        return pool().preparedQuery("""
                UPDATE analysis_jobs SET status = 'queued', progress = 0, started_at = NULL, locked_by = NULL,
                       locked_until = NULL, attempts = attempts - CASE WHEN $3 THEN 0 ELSE 1 END
                WHERE id = $1 AND locked_by = $2 AND status = 'running'""")
                .execute(Tuple.of(id, worker, countAttempt))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Jobs waiting and running (all replicas), from the queue's partial index: cheap enough to ask every few seconds. */
    @Timeout(2000)
    public Uni<QueueStats> queueStats() {
        return pool().query("""
                SELECT count(*) FILTER (WHERE status = 'queued') AS queued,
                       count(*) FILTER (WHERE status = 'running') AS running,
                       COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE status = 'queued')), 0)::float8
                           AS oldest_queued_sec
                FROM analysis_jobs WHERE status IN ('queued', 'running')""")
                .execute()
                .map(rows -> {
                    Row r = first(rows);
                    return new QueueStats(r.getLong("queued"), r.getLong("running"), r.getDouble("oldest_queued_sec"));
                });
    }

    private static Row first(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? it.next() : null;
    }

    private static JobRow row(Row r) {
        return new JobRow(r.getUUID("id"), r.getString("token_hash"), r.getUUID("user_id"), JobStatus.of(r.getString("status")),
                r.getDouble("progress"), instant(r.getOffsetDateTime("created_at")),
                instant(r.getOffsetDateTime("started_at")), instant(r.getOffsetDateTime("finished_at")),
                r.getString("error"));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Pool pool() {
        return pools.get();
    }
}
