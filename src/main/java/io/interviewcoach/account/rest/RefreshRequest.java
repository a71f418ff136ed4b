package io.interviewcoach.account.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of refresh and sign-out. */
@Schema(description = "A refresh token from sign-in or a previous refresh")
public record RefreshRequest(String refreshToken) {
}
