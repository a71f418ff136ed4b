package io.interviewcoach.account.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.interviewcoach.account.store.UserRow;

/** An account as the API shows it (never its password hash). */
@Schema(description = "An account")
public record UserView(UUID id, String email,
        @Schema(description = "`candidate`, `coach` or `admin`") String role, OffsetDateTime createdAt) {
    public static UserView of(UserRow u) {
        return new UserView(u.id(), u.email(), u.role().wire(), u.createdAt());
    }
}
