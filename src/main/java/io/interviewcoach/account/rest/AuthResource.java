package io.interviewcoach.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.interviewcoach.account.service.AccountService;
import io.interviewcoach.account.service.Passwords;
import io.interviewcoach.account.service.TokenPair;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RateLimited;
import io.interviewcoach.web.limit.RateLimiter;
import io.interviewcoach.web.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Sign-in, refresh and sign-out. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Sign-up, sign-in, tokens, my data")
public class AuthResource {
    @Inject
    AccountService accounts;

    @Inject
    RateLimiter limiter;

    @POST
    @Path("/login")
    @Operation(summary = "Sign in", description = "An access token (JWT, coach.auth.access-token-ttl) and a refresh "
            + "token (opaque, coach.auth.refresh-token-ttl).")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "400", description = "No body")
    @APIResponse(responseCode = "401", description = "Wrong email or password (one answer for both)")
    @APIResponse(responseCode = "429", description = "Too many sign-ins from this address or for this email (Retry-After)")
    @RateLimited(LimitKind.SIGN_IN)
    public Uni<TokenPair> login(Credentials body) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"email\": ..., \"password\": ...} as JSON");
        }
        // per account too: guessing one account's password from many addresses meets the same budget
        return limiter.check(LimitKind.SIGN_IN, "email:" + Passwords.normalized(body.email()))
                .chain(() -> accounts.login(body.email(), body.password()));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "A new token pair for a refresh token", description = "The refresh token is used up (rotated): "
            + "keep the new one.")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, used or revoked refresh token")
    public Uni<TokenPair> refresh(RefreshRequest body) {
        return accounts.refresh(body == null ? null : body.refreshToken());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out", description = "Revokes the refresh token; access tokens run out on their own "
            + "(within coach.auth.access-token-ttl). The same answer for any token.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Uni<Response> logout(RefreshRequest body) {
        return accounts.logout(body == null ? null : body.refreshToken()).map(v -> Response.noContent().build());
    }
}
