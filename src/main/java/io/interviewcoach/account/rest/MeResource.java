package io.interviewcoach.account.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.jboss.resteasy.reactive.RestMulti;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.account.store.ShareRow;
import io.interviewcoach.account.store.ShareStore;
import io.interviewcoach.account.store.UserRow;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.privacy.OwnerData;
import io.interviewcoach.privacy.OwnerErasure;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
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

    /** The REST layer's own mapper, so the export's dates and names read as in every other answer. */
    @Inject
    ObjectMapper mapper;

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
    public RestMulti<Buffer> export(@Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION)
            String authorization) {
        Caller caller = callers.of(authorization);
        ResourceAccess.requireUser(caller);
        // Streamed a session at a time (OwnerData), so an export of many sessions is never held in memory whole.
        Multi<Buffer> document = user(caller).onItem().transformToMulti(u -> Multi.createBy().concatenating().streams(
                shares.involving(u.id()).map(s -> head(u, s)).toMulti(),
                ownerData.export(u.ownerId()),
                Multi.createFrom().item("}")).map(Buffer::buffer));
        return RestMulti.fromMultiData(document).encodeAsJsonArray(false)
                .header("Content-Disposition", "attachment; filename=\"interview-coach-export.json\"").build();
    }

    /** The export's opening: when, the account (without the password hash), its shares, and the key of the content. */
    private String head(UserRow user, List<ShareRow> shares) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("exportedAt", OffsetDateTime.now(ZoneOffset.UTC));
        head.put("account", UserView.of(user));
        head.put("shares", shares.stream().map(ShareView::of).toList());
        try {
            String json = mapper.writeValueAsString(head);
            return json.substring(0, json.length() - 1) + ",\"content\":";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export's head is not JSON", e);
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
        return user(caller);
    }

    private Uni<UserRow> user(Caller caller) {
        return users.byId(caller.userId()).map(u -> {
            if (u == null) {
                throw new ProblemException(ProblemType.INVALID_TOKEN, "This account no longer exists");
            }
            return u;
        });
    }
}
