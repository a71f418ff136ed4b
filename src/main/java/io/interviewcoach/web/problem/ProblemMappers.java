package io.interviewcoach.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.storage.StorageFaults;

/**
 * The one place where exceptions become HTTP answers: every error of the REST API is problem+json with a stable
 * type, and an unexpected failure is logged here and answered with a generic line, never a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.type(), e.getMessage(), e.retryAfter() == null ? null : e.retryAfter().toSeconds());
    }

    @ServerExceptionMapper
    public Response modelsMissing(ModelMissingException e) {
        return Problem.response(ProblemType.MODELS_MISSING, e.getMessage());
    }

    /** The framework's own answers (unknown route, wrong method, unsupported body type, body too large). */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.response(ProblemType.INTERNAL, "The server could not answer this request; it has been logged");
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? type.title() : e.getMessage();
        return Response.fromResponse(Problem.response(type, detail)).status(status).build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.response(ProblemType.BAD_REQUEST, "The body is not valid JSON: " + Problem.withoutClassNames(e.getOriginalMessage()));
    }

    /** A store that is away is no bug: 503 with Retry-After, one log line, no stack trace. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (StorageFaults.unavailable(e)) {
            LOG.warnf("request answered 503: storage unavailable (%s)", rootMessage(e));
            LOG.debug("storage unavailable", e);
            return problem(ProblemException.storageUnavailable());
        }
        if (e instanceof java.io.IOException && e.getMessage() != null && e.getMessage().contains("multipart")) {
            // the body ended before its closing boundary (or was never multipart): the client's fault, not a bug
            return Problem.response(ProblemType.BAD_REQUEST, "The multipart/form-data body is malformed");
        }
        LOG.error("request failed", e);
        return Problem.response(ProblemType.INTERNAL, "The server could not answer this request; it has been logged");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
