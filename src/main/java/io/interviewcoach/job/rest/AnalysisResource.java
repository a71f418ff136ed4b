package io.interviewcoach.job.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.interviewcoach.privacy.Erasures;
import io.interviewcoach.job.service.UploadIntake;
import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.session.store.OwnerEntity;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.storage.StorageFaults;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.Problem;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RateLimited;
import io.interviewcoach.web.problem.ProblemType;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Offline analysis of an uploaded recording as a job: upload (202 with the job's id and token), follow its status and
 * progress, fetch its report (the same JSON as `coach analyze --json`), delete it. Every call but the upload needs the
 * job's token; a wrong token and an unknown id get the same 404.
 */
@Path("/api/analyses")
@Tag(name = "Analyses", description = "Uploaded recordings analysed as jobs")
@SecurityScheme(securitySchemeName = "jobToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token returned when the job was created")
public class AnalysisResource {
    private static final String WHAT = "analysis";
    private static final String BASE = "/api/analyses/";

    @Inject
    UploadIntake intake;

    @Inject
    JobStore store;

    @Inject
    Erasures erasures;

    @Inject
    SessionStore sessions;

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a recording to analyse",
            description = "Multipart form: `file` (required), `questionId`, `transcript`. The type is judged by content."
                    + " The job is queued and analysed by a worker; follow it at statusUrl.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobCreated.class)))
    @APIResponse(responseCode = "400",
            description = "No file part, a transcript that cannot be used or an unknown question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than coach.jobs.max-upload-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a recording by its content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "unreadable-media: FFmpeg cannot open it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RateLimited(LimitKind.UPLOAD)
    @APIResponse(responseCode = "404", description = "Unknown owner token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many uploads from this address or owner (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(UploadForm form, @Parameter(description = "`Bearer <ownerToken>` (optional): the job joins"
            + " that owner, so erasure and export of the owner include it") @HeaderParam(HttpHeaders.AUTHORIZATION)
            String authorization) {
        if (form == null || form.file == null) {
            throw ProblemException.badRequest("Send the recording as the multipart/form-data part 'file'");
        }
        UUID ownerId = owner(BearerToken.fromHeader(authorization));
        UploadIntake.Accepted accepted = intake.accept(form.file.uploadedFile(), form.file.fileName(), form.file.size(),
                form.questionId, form.transcript, ownerId);
        String status = BASE + accepted.id();
        return Response.accepted(new JobCreated(accepted.id().toString(), accepted.token(), status, status + "/report"))
                .location(URI.create(status)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jobToken")
    @Operation(summary = "A job's status and progress")
    @APIResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "401", description = "No token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No job with this id and token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<JobView> status(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerToken.fromHeader(authorization);
        UUID uuid = idOrRefuse(id, token);
        return store.find(uuid).map(row -> {
            ResourceAccess.requireOwner(row == null ? null : row.tokenHash(), token, WHAT);
            return JobView.of(row);
        });
    }

    @GET
    @Path("/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jobToken")
    @Operation(summary = "The report of a finished job",
            description = "The same JSON as `coach analyze --json` (docs/report-schema.md)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "401", description = "No token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No job with this id and token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "not-finished: still queued or running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "analysis-failed: the job failed; detail says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> report(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerToken.fromHeader(authorization);
        UUID uuid = idOrRefuse(id, token);
        return store.report(uuid).map(r -> {
            ResourceAccess.requireOwner(r == null ? null : r.tokenHash(), token, WHAT);
            return switch (r.status()) {
                case DONE -> Response.ok(r.reportJson(), MediaType.APPLICATION_JSON).build();
                case FAILED -> Problem.response(ProblemType.ANALYSIS_FAILED, r.error());
                case QUEUED, RUNNING -> Problem.response(ProblemType.NOT_FINISHED,
                        "The analysis is " + r.status().wire() + "; the report comes when it is done");
            };
        });
    }

    @DELETE
    @Path("/{id}")
    @Blocking
    @SecurityRequirement(name = "jobToken")
    @Operation(summary = "Delete a job, its report and its upload (a running analysis is stopped)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No job with this id and token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerToken.fromHeader(authorization);
        UUID uuid = idOrRefuse(id, token);
        var row = store.find(uuid).await().indefinitely();
        ResourceAccess.requireOwner(row == null ? null : row.tokenHash(), token, WHAT);
        erasures.job(uuid).await().indefinitely();
        return Response.noContent().build();
    }

    /** The owner of an owner token (null for none); an unknown token is refused like an unknown owner (404). */
    private UUID owner(String ownerToken) {
        if (ownerToken == null) {
            return null;
        }
        OwnerEntity known;
        try {
            known = VertxContextSupport.subscribeAndAwait(() -> sessions.ownerByTokenHash(BearerToken.hash(ownerToken)));
        } catch (Throwable e) {
            throw StorageFaults.unavailable(e) ? ProblemException.storageUnavailable()
                    : new ProblemException(ProblemType.UNAVAILABLE, "The owner store is unavailable; try again shortly");
        }
        ResourceAccess.requireOwner(known == null ? null : known.tokenHash, ownerToken, "owner");
        return known.id;
    }

    /** The id as a UUID; a malformed one answers like an unknown one (after the token check). */
    private static UUID idOrRefuse(String id, String token) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            ResourceAccess.requireOwner(null, token, WHAT);
            throw new IllegalStateException("requireOwner refuses a null hash");
        }
    }
}
