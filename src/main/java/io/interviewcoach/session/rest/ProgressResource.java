package io.interviewcoach.session.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.Problem;
import io.smallrye.mutiny.Uni;

/** An owner's scores over their finished sessions. */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress", description = "Scores across an owner's sessions")
public class ProgressResource {
    @Inject
    SessionStore store;

    @GET
    @Operation(summary = "Scores per category over the owner's finished sessions, with a trend per category")
    @APIResponse(responseCode = "200", description = "The owner's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "401", description = "No owner token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown owner token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Progress> progress(@Parameter(description = "`Bearer <ownerToken>` from POST /api/sessions")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerToken.fromHeader(authorization);
        if (token == null) {
            ResourceAccess.requireOwner(null, null, "owner");
        }
        return store.ownerByTokenHash(BearerToken.hash(token)).chain(owner -> {
            ResourceAccess.requireOwner(owner == null ? null : owner.tokenHash, token, "owner");
            return store.scores(owner.id);
        }).map(Progress::of);
    }
}
