package io.interviewcoach.account.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.interviewcoach.account.Role;

/** An account as stored; {@code ownerId} is the owner row its sessions attach to. */
public record UserRow(UUID id, String email, String passwordHash, Role role, OffsetDateTime createdAt, UUID ownerId) {
}
