package io.interviewcoach.live.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.problem.Problem;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.common.annotation.Blocking;

/**
 * Creates live sessions (docs/protocol.md) and hands out the report of a finished one. In memory until the
 * sessions API of the next issue makes them durable.
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    @Inject
    LiveSessions sessions;

    /** The body may be empty; {@code fps} (1-30) and {@code poseModel} (lite, full) set this session's own. */
    @POST
    @Blocking
    public Response create(String body) {
        LiveSettings settings;
        try {
            SessionOptions options = SessionOptions.parse(body);
            settings = sessions.settings().forSession(options.fps(), options.poseModel());
        } catch (IllegalArgumentException e) {
            return Problem.response(ProblemType.BAD_REQUEST, "Bad session options: " + e.getMessage());
        }
        try {
            LiveSessions.Created created = sessions.create(settings);
            String id = created.session().id();
            return Response.status(Response.Status.CREATED)
                    .entity(new SessionCreated(id, created.token(), "/api/sessions/" + id + "/live", MediaMessage.VERSION,
                            created.session().limits()))
                    .build();
        } catch (LiveSessions.AtCapacityException e) {
            return Problem.response(ProblemType.AT_CAPACITY, e.getMessage(), e.retryAfter().toSeconds());
        } catch (ModelMissingException e) {
            return Problem.response(ProblemType.MODELS_MISSING, e.getMessage());
        }
    }

    /** The report of a finished session, for its token ({@code Authorization: Bearer <token>}). */
    @GET
    @Path("/{id}/report")
    public Response report(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerToken.fromHeader(authorization);
        return sessions.report(id, token)
                .map(r -> Response.ok(r).build())
                .orElseGet(() -> sessions.find(id, token).isPresent()
                        ? Problem.response(ProblemType.NOT_FINISHED, "The session is still running; its report comes at the end")
                        : Problem.response(ProblemType.NOT_FOUND, "No finished session with this id and token"));
    }
}
