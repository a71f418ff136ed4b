package io.interviewcoach.account.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/** Who may reach a stored session besides its token holder, and the sessions shared with coaches (session_shares). */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000)
public class ShareStore {
    private static final String SHARE = """
            SELECT sh.session_id, sh.coach_id, c.email AS coach_email, u.email AS candidate_email, sh.created_at
            FROM session_shares sh JOIN users c ON c.id = sh.coach_id JOIN sessions s ON s.id = sh.session_id
            LEFT JOIN owners o ON o.id = s.owner_id LEFT JOIN users u ON u.id = o.user_id""";

    @Inject
    Instance<Pool> pools;

    /** The session's owning account and coaches; {@link SessionHolders#NONE} for an unknown or anonymous one. */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<SessionHolders> holders(UUID sessionId) {
        return pool().preparedQuery("""
                SELECT o.user_id, sh.coach_id FROM sessions s LEFT JOIN owners o ON o.id = s.owner_id
                LEFT JOIN session_shares sh ON sh.session_id = s.id WHERE s.id = $1""")
                .execute(Tuple.of(sessionId))
                .map(rows -> {
                    UUID owner = null;
                    Set<UUID> coaches = new HashSet<>();
                    for (Row r : rows) {
                        owner = r.getUUID("user_id");
                        if (r.getUUID("coach_id") != null) {
                            coaches.add(r.getUUID("coach_id"));
                        }
                    }
                    return owner == null && coaches.isEmpty() ? SessionHolders.NONE
                            : new SessionHolders(owner, Set.copyOf(coaches));
                });
    }

    /** Shares the session with the coach (idempotent). */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Void> share(UUID sessionId, UUID coachId) {
        return pool().preparedQuery("""
                INSERT INTO session_shares (session_id, coach_id) VALUES ($1, $2)
                ON CONFLICT (session_id, coach_id) DO NOTHING""").execute(Tuple.of(sessionId, coachId)).replaceWithVoid();
    }

    /** Stops sharing; false when it was not shared with this coach. */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Boolean> unshare(UUID sessionId, UUID coachId) {
        return pool().preparedQuery("DELETE FROM session_shares WHERE session_id = $1 AND coach_id = $2")
                .execute(Tuple.of(sessionId, coachId)).map(rows -> rows.rowCount() == 1);
    }

    /** The shares of one session, oldest first. */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<List<ShareRow>> ofSession(UUID sessionId) {
        return pool().preparedQuery(SHARE + " WHERE sh.session_id = $1 ORDER BY sh.created_at")
                .execute(Tuple.of(sessionId)).map(ShareStore::shares);
    }

    /** What the account shared (sessions of its owner row) and what was shared with it, oldest first. */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<List<ShareRow>> involving(UUID userId) {
        return pool().preparedQuery(SHARE + " WHERE o.user_id = $1 OR sh.coach_id = $1 ORDER BY sh.created_at")
                .execute(Tuple.of(userId)).map(ShareStore::shares);
    }

    private static List<ShareRow> shares(RowSet<Row> rows) {
        List<ShareRow> shares = new ArrayList<>();
        rows.forEach(r -> shares.add(new ShareRow(r.getUUID("session_id"), r.getUUID("coach_id"), r.getString("coach_email"),
                r.getString("candidate_email"), r.getOffsetDateTime("created_at"))));
        return shares;
    }

    private Pool pool() {
        return pools.get();
    }
}
