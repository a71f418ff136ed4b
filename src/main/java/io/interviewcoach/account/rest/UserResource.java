package io.interviewcoach.account.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import io.interviewcoach.account.Role;
import io.interviewcoach.account.service.AccountService;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RateLimited;
import io.interviewcoach.web.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Sign-up, and the list of accounts for administrators. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Sign-up, sign-in, tokens, my data")
public class UserResource {
    @Inject
    AccountService accounts;

    @Inject
    UserStore users;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up", description = "Makes an account (role candidate, or coach when asked for and "
            + "coach.auth.coach-sign-up allows it; never admin) with its owner row. Sign in afterwards.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Not an email, a password too short or too long, or a role that "
            + "cannot be asked for")
    @APIResponse(responseCode = "409", description = "An account with this email exists")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this address (Retry-After)")
    @RateLimited(LimitKind.SIGN_UP)
    public Uni<Response> signUp(Credentials body) {
        if (body == null) {
            throw ProblemException.badRequest("Send {\"email\": ..., \"password\": ...} as JSON");
        }
        return accounts.signUp(body.email(), body.password(), body.role())
                .map(u -> Response.status(Response.Status.CREATED).entity(UserView.of(u)).build());
    }

    @GET
    @Operation(summary = "Every account (administrators only)")
    @APIResponse(responseCode = "200", description = "The accounts, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView[].class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Uni<List<UserView>> list(@Parameter(description = "`Bearer <accessToken>` of an administrator")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = callers.of(authorization);
        ResourceAccess.requireRole(caller, Role.ADMIN);
        return users.all().map(all -> all.stream().map(UserView::of).toList());
    }
}
