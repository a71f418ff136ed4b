package io.interviewcoach.account.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sign-in and refresh answer: a short-lived access token and the opaque refresh token that renews it. */
@Schema(description = "Tokens of a signed-in user")
public record TokenPair(
        @Schema(description = "RS256 JWT; send as `Authorization: Bearer <accessToken>`") String accessToken,
        @Schema(description = "Opaque; exchange once at POST /api/auth/refresh, revoke at POST /api/auth/logout")
        String refreshToken,
        @Schema(description = "Seconds the access token is accepted") long expiresIn,
        @Schema(description = "Always `Bearer`") String tokenType) {
}
