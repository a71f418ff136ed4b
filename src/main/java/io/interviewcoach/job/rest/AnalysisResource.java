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
import io.interviewcoach.account.service.CallerOwners;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Callers;
import io.interviewcoach.web.access.Guarded;
import io.interviewcoach.web.access.ResourceAccess;
import io.interviewcoach.web.problem.Problem;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.limit.LimitKind;
import io.interviewcoach.web.limit.RateLimited;
import io.interviewcoach.web.problem.ProblemType;
import io.interviewcoach.web.problem.StoreCalls;
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
    CallerOwners owners;

    @Inject
    Callers callers;

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
            description = "No file part, a transcript that cannot be used or an unknown question")
    @APIResponse(responseCode = "413", description = "Larger than coach.jobs.max-upload-bytes")
    @APIResponse(responseCode = "415", description = "Not a recording by its content")
    @APIResponse(responseCode = "422", description = "unreadable-media: FFmpeg cannot open it")
    @RateLimited(LimitKind.UPLOAD)
    @APIResponse(responseCode = "404", description = "Unknown owner token")
    @APIResponse(responseCode = "429", description = "Too many uploads from this address or owner (Retry-After)")
    public Response create(UploadForm form, @Parameter(description = "`Bearer <ownerToken>` (optional): the job joins"
            + " that owner, so erasure and export of the owner include it") @HeaderParam(HttpHeaders.AUTHORIZATION)
            String authorization) {
        if (form == null || form.file == null) {
            throw ProblemException.badRequest("Send the recording as the multipart/form-data part 'file'");
        }
        UUID ownerId = StoreCalls.await("owner store", () -> owners.ownerOf(callers.of(authorization)));
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
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "No job with this id and token")
    public Uni<JobView> status(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = callers.of(authorization);
        UUID uuid = idOrRefuse(id, caller);
        return store.find(uuid).map(row -> {
            require(caller, row == null ? null : Guarded.unshared(row.tokenHash(), row.ownerUserId()));
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
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "No job with this id and token")
    @APIResponse(responseCode = "409", description = "not-finished: still queued or running")
    @APIResponse(responseCode = "422", description = "analysis-failed: the job failed; detail says why")
    public Uni<Response> report(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = callers.of(authorization);
        UUID uuid = idOrRefuse(id, caller);
        return store.report(uuid).map(r -> {
            require(caller, r == null ? null : Guarded.unshared(r.tokenHash(), r.ownerUserId()));
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
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "No job with this id and token")
    public Response delete(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = callers.of(authorization);
        UUID uuid = idOrRefuse(id, caller);
        var row = store.find(uuid).await().indefinitely();
        require(caller, row == null ? null : Guarded.unshared(row.tokenHash(), row.ownerUserId()));
        erasures.job(uuid).await().indefinitely();
        return Response.noContent().build();
    }

    /** The id as a UUID; a malformed one answers like an unknown one (after the credentials check). */
    private static UUID idOrRefuse(String id, Caller caller) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            require(caller, null);
            throw new IllegalStateException("ResourceAccess refuses a missing resource");
        }
    }

    /**
     * A job is its token holder's and, when uploaded with an account's credentials, that account's; it is never
     * shared, so a coach or an administrator gets the same 404 as a stranger.
     */
    private static void require(Caller caller, Guarded job) {
        ResourceAccess.require(caller, job, ResourceAccess.Action.WRITE, WHAT);
    }
}
