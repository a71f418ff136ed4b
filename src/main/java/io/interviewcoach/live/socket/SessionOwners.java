package io.interviewcoach.live.socket;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.interviewcoach.config.CoachConfig;

/**
 * Which owner each live session of this process belongs to, so that socket messages are limited per owner as well as
 * per address (coach.limits.socket-message). Filled when a session is created here; a session this process took over
 * after a restart is limited by address and by its own protocol limit only.
 */
@ApplicationScoped
public class SessionOwners {
    private final Cache<String, UUID> owners;

    SessionOwners(CoachConfig config) {
        owners = Caffeine.newBuilder().expireAfterAccess(config.live().stateTtl()).maximumSize(100_000).build();
    }

    public void register(String sessionId, UUID ownerId) {
        owners.put(sessionId, ownerId);
    }

    Optional<UUID> ownerOf(String sessionId) {
        return Optional.ofNullable(owners.getIfPresent(sessionId));
    }
}
