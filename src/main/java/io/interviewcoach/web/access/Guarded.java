package io.interviewcoach.web.access;

import java.util.Set;
import java.util.UUID;

/**
 * What decides who may reach a resource: the hash of its own token, the account owning it (null for an anonymous
 * owner), and the coaches it was shared with. Null (not this record) stands for a resource that does not
 * exist.
 */
public record Guarded(String tokenHash, UUID ownerUserId, Set<UUID> sharedWith) {
    public static Guarded byToken(String tokenHash) {
        return tokenHash == null ? null : new Guarded(tokenHash, null, Set.of());
    }

    /** A resource its token holder and its owning account (null: none) may reach, shared with nobody. */
    public static Guarded unshared(String tokenHash, UUID ownerUserId) {
        return new Guarded(tokenHash, ownerUserId, Set.of());
    }
}
