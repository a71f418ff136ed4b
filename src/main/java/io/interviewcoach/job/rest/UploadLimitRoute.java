package io.interviewcoach.job.rest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.job.JobsConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.interviewcoach.web.problem.Problem;
import io.interviewcoach.web.problem.ProblemType;
import io.vertx.ext.web.Router;

/**
 * An upload whose declared length is over quarkus.http.limits.max-body-size gets the API's 413 problem before the
 * server's own limit answers it with a bare 413 (a streamed body without a length still gets the bare one).
 */
@ApplicationScoped
public class UploadLimitRoute {
    private static final Logger LOG = Logger.getLogger(UploadLimitRoute.class);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    @Inject
    JobsConfig jobs;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        if (limit <= jobs.maxUploadBytes().asLongValue()) {
            LOG.warnf("quarkus.http.limits.max-body-size (%d bytes) is not above coach.jobs.max-upload-bytes (%d): uploads"
                    + " near the upload limit are cut off by the server; raise max-body-size", limit,
                    jobs.maxUploadBytes().asLongValue());
        }
        String body = problem(limit);
        router.post("/api/analyses").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            if (declaredLength(ctx.request().getHeader("Content-Length")) > limit) {
                ctx.response().setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(body);
            } else {
                ctx.next();
            }
        });
    }

    private String problem(long limit) {
        ProblemType t = ProblemType.PAYLOAD_TOO_LARGE;
        try {
            return json.writeValueAsString(new Problem(t.uri(), t.title(), t.status(), String.format(java.util.Locale.ROOT,
                    "The request is larger than the %.1f MB this server accepts (quarkus.http.limits.max-body-size)",
                    limit / 1048576.0)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serialises", e);
        }
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
