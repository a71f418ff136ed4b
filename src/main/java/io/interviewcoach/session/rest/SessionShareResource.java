package io.interviewcoach.session.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.interviewcoach.account.Role;
import io.interviewcoach.account.rest.ShareRequest;
import io.interviewcoach.account.rest.ShareView;
import io.interviewcoach.account.service.Passwords;
import io.interviewcoach.account.store.ShareStore;
import io.interviewcoach.account.store.UserRow;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Sharing a session with coaches: only whoever may write the session (its token holder or owning account) does it. */
@Path("/api/sessions/{id}/shares")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Live practice sessions and their reports")
public class SessionShareResource {
    private static final String BEARER = "`Bearer <token>`: the session's token, or its owner's access token";

    @Inject
    SessionReads reads;

    @Inject
    ShareStore shares;

    @Inject
    UserStore users;

    @GET
    @Operation(summary = "The coaches a session is shared with")
    @APIResponse(responseCode = "200", description = "The shares, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareView[].class)))
    @APIResponse(responseCode = "401", description = "No credentials")
    @APIResponse(responseCode = "404", description = "Unknown id or not yours (the same answer)")
    public Uni<List<ShareView>> list(@PathParam("id") String id,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.reachable(id, authorization, ResourceAccess.Action.WRITE)
                .chain(s -> shares.ofSession(s.uuid()))
                .map(all -> all.stream().map(ShareView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share a session with a coach", description = "The coach (by id or email) may then read the "
            + "session, its report and answers; never change or delete it. Sharing twice changes nothing.")
    @APIResponse(responseCode = "201", description = "Shared", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareView.class)))
    @APIResponse(responseCode = "400", description = "No coach with this id or email")
    @APIResponse(responseCode = "401", description = "No credentials")
    @APIResponse(responseCode = "404", description = "Unknown id or not yours (the same answer)")
    public Uni<Response> share(@PathParam("id") String id, ShareRequest body,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.reachable(id, authorization, ResourceAccess.Action.WRITE).chain(s -> coach(body)
                .call(coach -> shares.share(s.uuid(), coach.id()))
                .chain(coach -> shares.ofSession(s.uuid())
                        .map(all -> all.stream().filter(sh -> sh.coachId().equals(coach.id())).findFirst().orElseThrow())))
                .map(share -> Response.status(Response.Status.CREATED).entity(ShareView.of(share)).build());
    }

    @DELETE
    @Path("/{coachId}")
    @Operation(summary = "Stop sharing a session with a coach")
    @APIResponse(responseCode = "204", description = "No longer shared")
    @APIResponse(responseCode = "401", description = "No credentials")
    @APIResponse(responseCode = "404", description = "Unknown id, not yours, or not shared with this coach")
    public Uni<Response> unshare(@PathParam("id") String id, @PathParam("coachId") String coachId,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.reachable(id, authorization, ResourceAccess.Action.WRITE).chain(s -> {
            UUID coach = SessionLookup.parse(coachId);
            return coach == null ? Uni.createFrom().item(false) : shares.unshare(s.uuid(), coach);
        }).map(removed -> {
            if (!removed) {
                throw ProblemException.notFound("This session is not shared with this coach");
            }
            return Response.noContent().build();
        });
    }

    /** The coach the body names; 400 when it names none, or an account that is not a coach. */
    private Uni<UserRow> coach(ShareRequest body) {
        if (body == null || (body.coachId() == null) == (body.coachEmail() == null)) {
            throw ProblemException.badRequest("Send one of 'coachId' and 'coachEmail'");
        }
        Uni<UserRow> found = body.coachId() != null ? users.byId(body.coachId())
                : users.byEmail(Passwords.email(body.coachEmail()));
        return found.map(u -> {
            if (u == null || u.role() != Role.COACH) {
                throw ProblemException.badRequest("No coach account with this " + (body.coachId() != null ? "id" : "email"));
            }
            return u;
        });
    }
}
