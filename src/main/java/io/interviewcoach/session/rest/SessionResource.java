package io.interviewcoach.session.rest;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.interviewcoach.account.service.CallerOwners;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.lifecycle.Draining;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.socket.SocketMessageBudget;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.privacy.Erasures;
import io.interviewcoach.question.store.QuestionEntity;
import io.interviewcoach.question.store.QuestionStore;
import io.interviewcoach.report.html.HtmlReportWriter;
import io.interviewcoach.session.store.AnswerEntity;
import io.interviewcoach.session.store.FinishedRows;
import io.interviewcoach.session.store.SessionEntity;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.session.store.SessionStoreJournal;
import io.interviewcoach.storage.StorageFaults;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RateLimited;
import io.interviewcoach.web.problem.ProblemType;
import io.interviewcoach.web.problem.StoreCalls;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Live practice sessions (docs/protocol.md) and what they leave behind: status, report (JSON and HTML), answers,
 * deletion. Reads come from this process's memory while it holds the session, else from PostgreSQL; every read
 * needs the session's token ({@link ResourceAccess}).
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions", description = "Live practice sessions and their reports")
public class SessionResource {
    private static final Logger LOG = Logger.getLogger(SessionResource.class);
    private static final String BEARER = "`Bearer <token>`: the session's token from POST /api/sessions, or the access "
            + "token of its owner (or, to read, of a coach it was shared with)";

    @Inject
    LiveSessions sessions;

    @Inject
    Draining draining;

    @Inject
    SessionStore store;

    @Inject
    SessionStoreJournal journal;

    @Inject
    QuestionStore questions;

    @Inject
    AnalysisSessionFactory analysis;

    @Inject
    SessionReads reads;

    @Inject
    Callers callers;

    @Inject
    CallerOwners owners;

    @Inject
    SocketMessageBudget socketBudget;

    @Inject
    Erasures erasures;

    @POST
    @Blocking
    @Operation(summary = "Create a live session", description = "Returns the socket to stream to and the session's "
            + "token. With an owner token the session joins that owner; without one a new owner is made and its token "
            + "returned once (ownerToken).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionOptions.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionCreated.class)))
    @APIResponse(responseCode = "400", description = "Bad options or an unknown question id")
    @APIResponse(responseCode = "404", description = "Unknown owner token")
    @APIResponse(responseCode = "429", description = "Too many sessions from this address or owner (Retry-After)")
    @APIResponse(responseCode = "503", description = "At capacity or shutting down (draining; both with Retry-After), "
            + "models missing, or the store unavailable")
    @RateLimited(LimitKind.SESSION_CREATE)
    public Response create(String body, @Parameter(description = "`Bearer <ownerToken>` or `Bearer <accessToken>` (optional)")
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (draining.active()) {
            throw new ProblemException(ProblemType.DRAINING,
                    "This server is shutting down and takes no new sessions; try again (another server takes it)",
                    Draining.RETRY_AFTER);
        }
        SessionOptions options;
        LiveSettings settings;
        try {
            options = SessionOptions.parse(body);
            settings = sessions.settings().forSession(options.fps(), options.poseModel());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Bad session options: " + e.getMessage());
        }
        String questionIds = checkQuestions(options.questionIds());
        UUID ownerId = StoreCalls.await("session store", () -> owners.ownerOf(callers.of(authorization)));
        LiveSessions.Created created;
        try {
            created = sessions.create(settings);
        } catch (LiveSessions.AtCapacityException e) {
            throw new ProblemException(ProblemType.AT_CAPACITY, e.getMessage(), e.retryAfter());
        } catch (ModelMissingException e) {
            throw new ProblemException(ProblemType.MODELS_MISSING, e.getMessage());
        }
        String id = created.session().id();
        String newOwnerToken = ownerId == null ? BearerToken.generate() : null;
        try {
            UUID owner = ownerId != null ? ownerId
                    : StoreCalls.await("session store", () -> store.createOwner(BearerToken.hash(newOwnerToken))).id;
            journal.linkOwner(id, owner, questionIds).get(30, TimeUnit.SECONDS);
            socketBudget.register(id, owner);
        } catch (Exception e) {
            LOG.errorf(e, "session %s: could not be stored; dropped", id);
            sessions.delete(id);
            throw StorageFaults.unavailable(e) ? ProblemException.storageUnavailable()
                    : new ProblemException(ProblemType.UNAVAILABLE, "The session store is unavailable; try again shortly");
        }
        return Response.status(Response.Status.CREATED)
                .entity(new SessionCreated(id, created.token(), "/api/sessions/" + id + "/live", MediaMessage.VERSION,
                        created.session().limits(), newOwnerToken))
                .build();
    }

    /** The question ids as a JSON array for the row, after checking each is in the bank; null when none given. */
    private String checkQuestions(List<String> ids) {
        if (ids == null) {
            return null;
        }
        for (String qid : ids) {
            if (qid == null || qid.isBlank() || StoreCalls.await("session store", () -> questions.byId(qid)) == null) {
                throw ProblemException.badRequest("Unknown question id '" + qid + "' (GET /api/questions lists them)");
            }
        }
        return ProtocolJson.mapper().valueToTree(ids).toString();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Where a session stands", description = "Status, times, number of answers and, once "
            + "finished, the five scores.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "Unknown id or wrong token (the same answer)")
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)")
    public Uni<SessionView> get(@PathParam("id") String id,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.readable(id, authorization).chain(s -> {
            SessionEntity row = s.row();
            var report = s.reportHere();
            if (report.isPresent()) {
                return Uni.createFrom().item(SessionView.of(s, SessionEntity.FINISHED, report.get().path("answers").size(),
                        SessionView.Scores.of(report.get())));
            }
            if (s.spooled() != null) { // ended without a report while PostgreSQL was away
                return Uni.createFrom().item(SessionView.of(s, SessionEntity.FAILED, 0, null));
            }
            var running = s.running();
            if (running.isPresent()) {
                String status = running.get().finished() ? SessionEntity.FAILED
                        : row != null ? row.status
                        : journal.known(id).filter(f -> f.startedAt() != null).isPresent() ? SessionEntity.RUNNING
                        : SessionEntity.CREATED;
                return Uni.createFrom().item(SessionView.of(s, status, 0, null));
            }
            if (row == null) { // known here only, finished without a report, its row not yet written
                return Uni.createFrom().item(SessionView.of(s, SessionEntity.FAILED, 0, null));
            }
            if (!SessionEntity.FINISHED.equals(row.status)) {
                return Uni.createFrom().item(SessionView.of(s, row.status, 0, null));
            }
            return store.answerCount(s.uuid()).chain(count -> store.report(s.uuid())
                    .map(r -> SessionView.of(s, row.status, count, SessionView.Scores.of(r))));
        });
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The report of a finished session", description = "The JSON the socket delivered at the end: "
            + "the report schema of `coach analyze` (docs/report-schema.md) plus `answers`.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "Unknown id or wrong token (the same answer), or the session ended "
            + "without a report")
    @APIResponse(responseCode = "409", description = "Still running (type not-finished)")
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)")
    public Uni<String> report(@PathParam("id") String id,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.readable(id, authorization).chain(reads::reportText);
    }

    @GET
    @Path("/{id}/report.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The report of a finished session as one self-contained HTML page")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "Unknown id or wrong token (the same answer)")
    @APIResponse(responseCode = "409", description = "Still running")
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)")
    public Uni<String> reportHtml(@PathParam("id") String id,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.readable(id, authorization).chain(reads::report)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(r -> new HtmlReportWriter(analysis.settings().fusion()).render(r));
    }

    @GET
    @Path("/{id}/answers/{n}")
    @Operation(summary = "One answer of a finished session", description = "n is 1-based, in the order the questions "
            + "were shown.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class)))
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "Unknown id, wrong token, or no answer n")
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)")
    public Uni<AnswerView> answer(@PathParam("id") String id, @PathParam("n") int n,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.readable(id, authorization).chain(s -> {
            var here = s.reportHere();
            if (here.isPresent()) {
                List<AnswerEntity> rows = FinishedRows.answers(s.uuid(), here.get());
                return Uni.createFrom().item(n >= 1 && n <= rows.size() ? rows.get(n - 1) : null);
            }
            return n >= 1 ? store.answer(s.uuid(), n) : Uni.createFrom().nullItem();
        }).chain(row -> {
            if (row == null) {
                throw ProblemException.notFound("This session has no answer " + n);
            }
            Uni<QuestionEntity> question = row.questionId == null ? Uni.createFrom().nullItem() : questions.byId(row.questionId);
            return question.map(q -> new AnswerView(row.n, row.questionId, q == null ? null : q.text, row.startSec,
                    row.endSec, row.transcript, SessionReads.json(row.section)));
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a session and everything of it", description = "Ends it when it is running; its "
            + "answers, timeline and report are deleted with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "Unknown id or wrong token (the same answer)")
    @APIResponse(responseCode = "503", description = "Database unavailable (storage-unavailable, Retry-After)")
    public Uni<Response> delete(@PathParam("id") String id,
            @Parameter(description = BEARER) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return reads.reachable(id, authorization, ResourceAccess.Action.WRITE)
                .chain(s -> erasures.session(s.uuid()))
                .map(v -> Response.noContent().build());
    }
}
