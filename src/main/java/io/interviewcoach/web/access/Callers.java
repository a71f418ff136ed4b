package io.interviewcoach.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.account.token.AccessTokens;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;

/**
 * Reads the caller from an {@code Authorization} header. A bearer value shaped like a JWT (three dot-separated parts)
 * is an access token and must verify, else 401 (never treated as a resource token); any other bearer value is an
 * opaque resource token, checked against the resource by {@link ResourceAccess}.
 */
@ApplicationScoped
public class Callers {
    @Inject
    AccessTokens tokens;

    public Caller of(String authorization) {
        String bearer = BearerToken.fromHeader(authorization);
        if (bearer == null) {
            return Caller.ANONYMOUS;
        }
        if (bearer.indexOf('.') < 0) {
            return Caller.token(bearer);
        }
        AccessTokens.Subject subject = tokens.verify(bearer);
        if (subject == null) {
            throw new ProblemException(ProblemType.INVALID_TOKEN,
                    "The access token is invalid or expired; sign in again or use POST /api/auth/refresh");
        }
        return Caller.user(subject.userId(), subject.role());
    }
}
