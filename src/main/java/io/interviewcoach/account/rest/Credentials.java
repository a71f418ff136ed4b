package io.interviewcoach.account.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of sign-up and sign-in. */
@Schema(description = "Email and password; `role` only at sign-up")
public record Credentials(
        @Schema(description = "Stored lower-cased") String email,
        @Schema(description = "At least coach.auth.min-password-length characters, at most 72 bytes") String password,
        @Schema(description = "Sign-up only: `candidate` (default) or `coach`", nullable = true) String role) {
}
