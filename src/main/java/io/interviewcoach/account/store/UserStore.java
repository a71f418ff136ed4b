package io.interviewcoach.account.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.interviewcoach.account.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The users, their owner rows and refresh tokens (V5__accounts.sql). One statement or one transaction per call,
 * bounded in time, behind a circuit breaker per method like the other stores.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000)
public class UserStore {
    private static final String USER = """
            SELECT u.id, u.email, u.password_hash, u.role, u.created_at, o.id AS owner_id
            FROM users u LEFT JOIN owners o ON o.user_id = u.id""";

    /** Looked up when first used: the offline commands run with the datasource inactive and never get here. */
    @Inject
    Instance<Pool> pools;

    /**
     * Inserts the user and their owner row ({@code ownerTokenHash}: a hash no one holds the token of); false when the
     * email is taken. Not retried: a retry after a lost commit answer would meet its own email.
     */
    @Timeout(5000)
    public Uni<Boolean> create(UUID id, String email, String passwordHash, Role role, String ownerTokenHash) {
        return pool().withTransaction(c -> c.preparedQuery("""
                INSERT INTO users (id, email, password_hash, role) VALUES ($1, $2, $3, $4)
                ON CONFLICT (email) DO NOTHING""").execute(Tuple.of(id, email, passwordHash, role.wire()))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : c.preparedQuery("INSERT INTO owners (id, token_hash, user_id) VALUES ($1, $2, $3)")
                                .execute(Tuple.of(UUID.randomUUID(), ownerTokenHash, id)).replaceWith(true)));
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<UserRow> byEmail(String email) {
        return pool().preparedQuery(USER + " WHERE u.email = $1").execute(Tuple.of(email)).map(UserStore::first);
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<UserRow> byId(UUID id) {
        return pool().preparedQuery(USER + " WHERE u.id = $1").execute(Tuple.of(id)).map(UserStore::first);
    }

    /** Every account, oldest first (for administrators). */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    public Uni<List<UserRow>> all() {
        return pool().query(USER + " ORDER BY u.created_at, u.id").execute().map(rows -> {
            List<UserRow> users = new ArrayList<>();
            rows.forEach(r -> users.add(user(r)));
            return users;
        });
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Void> setRole(UUID id, Role role) {
        return pool().preparedQuery("UPDATE users SET role = $2 WHERE id = $1").execute(Tuple.of(id, role.wire()))
                .replaceWithVoid();
    }

    /** Deletes the account with its owner row, refresh tokens and shares (cascade); its sessions must be gone first. */
    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Void> delete(UUID id) {
        return pool().preparedQuery("DELETE FROM users WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Void> addRefresh(String tokenHash, UUID userId, OffsetDateTime expiresAt) {
        return pool().preparedQuery("""
                INSERT INTO refresh_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)
                ON CONFLICT (token_hash) DO NOTHING""").execute(Tuple.of(tokenHash, userId, expiresAt)).replaceWithVoid();
    }

    /**
     * Revokes a live refresh token and stores its successor in one transaction; the user it belonged to, or null when
     * it was unknown, expired or revoked already (then nothing changes). Not retried: a retry would find it revoked.
     */
    @Timeout(5000)
    public Uni<UUID> rotateRefresh(String oldHash, String newHash, OffsetDateTime newExpiry) {
        return pool().withTransaction(c -> c.preparedQuery("""
                UPDATE refresh_tokens SET revoked = true
                WHERE token_hash = $1 AND NOT revoked AND expires_at > now() RETURNING user_id""")
                .execute(Tuple.of(oldHash))
                .chain(rows -> {
                    Row r = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (r == null) {
                        return Uni.createFrom().nullItem();
                    }
                    UUID user = r.getUUID("user_id");
                    return c.preparedQuery("INSERT INTO refresh_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
                            .execute(Tuple.of(newHash, user, newExpiry)).replaceWith(user);
                }));
    }

    /** Revokes a refresh token (idempotent; nothing for an unknown one). */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    public Uni<Void> revokeRefresh(String tokenHash) {
        return pool().preparedQuery("UPDATE refresh_tokens SET revoked = true WHERE token_hash = $1")
                .execute(Tuple.of(tokenHash)).replaceWithVoid();
    }

    private static UserRow first(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? user(it.next()) : null;
    }

    private static UserRow user(Row r) {
        return new UserRow(r.getUUID("id"), r.getString("email"), r.getString("password_hash"), Role.of(r.getString("role")),
                r.getOffsetDateTime("created_at"), r.getUUID("owner_id"));
    }

    private Pool pool() {
        return pools.get();
    }
}
