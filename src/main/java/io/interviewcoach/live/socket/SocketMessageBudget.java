package io.interviewcoach.live.socket;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RateLimiter;

/**
 * The live socket's message budget (coach.limits.socket-message): per client address and per owner, each over all
 * their sessions. It knows each session's owner when the session was created in this process; a session taken over
 * from another server is limited by address (and by its own protocol limit) only.
 */
@ApplicationScoped
public class SocketMessageBudget {
    private final RateLimiter limiter;
    private final Cache<String, UUID> owners;

    SocketMessageBudget(RateLimiter limiter, CoachConfig config) {
        this.limiter = limiter;
        this.owners = Caffeine.newBuilder().expireAfterAccess(config.live().stateTtl()).maximumSize(100_000).build();
    }

    public void register(String sessionId, UUID ownerId) {
        owners.put(sessionId, ownerId);
    }

    /** Whether one more message from this address on this session fits both budgets (each counts it). */
    public boolean admits(String address, String sessionId) {
        if (!limiter.tryLocal(LimitKind.SOCKET_MESSAGE, "ip:" + address)) {
            return false;
        }
        UUID owner = owners.getIfPresent(sessionId);
        return owner == null || limiter.tryLocal(LimitKind.SOCKET_MESSAGE, "owner:" + owner);
    }
}
