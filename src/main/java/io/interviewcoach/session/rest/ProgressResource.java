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

import io.interviewcoach.account.service.CallerOwners;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.ResourceAccess;
import io.smallrye.mutiny.Uni;

/** An owner's scores over their finished sessions: an anonymous owner's (owner token) or a signed-in user's. */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress", description = "Scores across an owner's sessions")
public class ProgressResource {
    @Inject
    SessionStore store;

    @Inject
    CallerOwners owners;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Scores per category over the owner's finished sessions, with a trend per category")
    @APIResponse(responseCode = "200", description = "The owner's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "401", description = "No owner token, or an access token that does not verify")
    @APIResponse(responseCode = "404", description = "Unknown owner token")
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)")
    public Uni<Progress> progress(@Parameter(description = "`Bearer <ownerToken>` from POST /api/sessions, or a "
            + "signed-in user's `Bearer <accessToken>`") @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = callers.of(authorization);
        ResourceAccess.requireCredentials(caller, "owner");
        return owners.ownerOf(caller).chain(store::scores).map(Progress::of);
    }
}
