package io.interviewcoach.account.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.account.store.ShareStore;
import io.interviewcoach.account.store.UserRow;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.privacy.OwnerData;
import io.interviewcoach.privacy.OwnerErasure;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;

/** The signed-in user: who they are, their shares, their data as a download, and erasing it all. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Sign-up, sign-in, tokens, my data")
public class MeResource {
    private static final String BEARER = "`Bearer <accessToken>` from POST /api/auth/login";

    @Inject
    Callers callers;

    @Inject
    UserStore users;

    @Inject
    ShareStore shares;

    @Inject
    OwnerData ownerData;

    @Inject
    OwnerErasure erasure;

    @GET
    @Operation(summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in, or an access token that does not verify")
    public Uni<UserView> me(@Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return user(authorization).map(UserView::of);
    }

    @GET
    @Path("/shares")
    @Operation(summary = "Sessions I shared with coaches, and (for a coach) sessions shared with me")
    @APIResponse(responseCode = "200", description = "The shares, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareView[].class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Uni<List<ShareView>> shares(@Parameter(description = BEARER)
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return user(authorization).chain(u -> shares.involving(u.id())).map(all -> all.stream().map(ShareView::of).toList());
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything stored about me, as one JSON download", description = "The account (without the "
            + "password hash), its shares, and under `content` everything of its owner: sessions with answers, timelines "
            + "and reports, and analysis jobs (docs/security.md).")
    @APIResponse(responseCode = "200", description = "The export (Content-Disposition: attachment)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Uni<Response> export(@Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return user(authorization).chain(u -> shares.involving(u.id()).chain(s -> ownerData.export(u.ownerId())
                .collect().with(Collectors.joining()).map(content -> {
                    Map<String, Object> export = new LinkedHashMap<>();
                    export.put("exportedAt", OffsetDateTime.now(ZoneOffset.UTC));
                    export.put("account", UserView.of(u));
                    export.put("shares", s.stream().map(ShareView::of).toList());
                    export.put("content", rawJson(content));
                    return Response.ok(export, MediaType.APPLICATION_JSON)
                            .header("Content-Disposition", "attachment; filename=\"interview-coach-export.json\"").build();
                })));
    }

    /** OwnerData's document, put into the export as it is. */
    private static JsonNode rawJson(String text) {
        try {
            return ProtocolJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the owner's export is not JSON", e);
        }
    }

    @DELETE
    @Operation(summary = "Erase my account and everything of it", description = "Its sessions (with answers, "
            + "timelines, reports, spooled ends and live state), its analysis jobs and their uploads, shares, refresh tokens "
            + "and the account itself. Access tokens already issued are "
            + "refused from then on (the account is gone).")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Uni<Response> erase(@Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return user(authorization)
                .call(u -> erasure.erase(u.ownerId()))
                .call(u -> users.delete(u.id()))
                .map(u -> Response.noContent().build());
    }

    /** The caller's account; 401 when not signed in or when the account was erased meanwhile. */
    private Uni<UserRow> user(String authorization) {
        Caller caller = callers.of(authorization);
        ResourceAccess.requireUser(caller);
        return users.byId(caller.userId()).map(u -> {
            if (u == null) {
                throw new ProblemException(ProblemType.INVALID_TOKEN, "This account no longer exists");
            }
            return u;
        });
    }
}
