package io.interviewcoach.session.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.interviewcoach.live.protocol.Limits;

/**
 * The answer to POST /api/sessions: where the socket is, the secret that opens it, and the owner token when a new
 * owner was made for this session (keep it: it links later sessions and reads progress).
 */
@Schema(name = "SessionCreated")
public record SessionCreated(
        @Schema(description = "session id (UUID)") String id,
        @Schema(description = "the session's secret: `Authorization: Bearer <token>` for its reads, `?token=` on the socket")
        String token,
        @Schema(example = "/api/sessions/0b8e.../live") String socketUrl,
        int protocolVersion,
        Limits limits,
        @Schema(description = "only when this request made a new owner: the owner's secret token", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) String ownerToken) {}
