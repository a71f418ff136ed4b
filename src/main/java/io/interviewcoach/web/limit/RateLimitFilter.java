package io.interviewcoach.web.limit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.problem.Problem;
import io.interviewcoach.web.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link RateLimited} to its REST method: the client address ({@link #clientAddress}) and, when the request
 * has one, the bearer token each take one request of the kind; over the limit the method is not called and the
 * answer is 429 with Retry-After.
 */
public class RateLimitFilter {
    @Inject
    RateLimiter limiter;

    @ServerRequestFilter
    public Uni<Response> limit(ResourceInfo resource, HttpServerRequest request) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            return Uni.createFrom().nullItem();
        }
        String token = BearerToken.fromHeader(request.getHeader(HttpHeaders.AUTHORIZATION));
        Uni<Void> checks = limiter.check(limited.value(), "ip:" + clientAddress(request));
        if (token != null) {
            checks = checks.chain(() -> limiter.check(limited.value(), "token:" + token));
        }
        return checks.replaceWith((Response) null)
                .onFailure(ProblemException.class).recoverWithItem(e -> {
                    ProblemException p = (ProblemException) e;
                    return Problem.response(p.type(), p.getMessage(),
                            p.retryAfter() == null ? null : p.retryAfter().toSeconds());
                });
    }

    /**
     * The client's address as the server sees it: the peer, or, only when {@code quarkus.http.proxy.*} is configured
     * to trust a proxy (docs/security.md), what that proxy forwarded.
     */
    public static String clientAddress(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
