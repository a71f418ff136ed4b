package io.interviewcoach.account.store;

import java.util.Set;
import java.util.UUID;

/**
 * Who besides the token holder may reach a stored session: the account owning its owner row (null for an anonymous
 * owner) and the coaches it was shared with.
 */
public record SessionHolders(UUID ownerUserId, Set<UUID> coaches) {
    public static final SessionHolders NONE = new SessionHolders(null, Set.of());
}
