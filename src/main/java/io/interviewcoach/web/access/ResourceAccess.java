package io.interviewcoach.web.access;

import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;

/**
 * The one ownership check of the REST API and the socket: a session or a job is read only with its token. A wrong
 * token and an unknown id answer the same 404, so a guess learns nothing about what exists. Accounts (a later
 * issue) extend this check, not the resources.
 */
public final class ResourceAccess {
    private ResourceAccess() {
    }

    /**
     * Passes when {@code token} owns a resource whose stored hash is {@code storedHash}; otherwise throws the 404
     * problem (also when the resource does not exist: pass a null hash).
     *
     * @param what for the message, e.g. "session"
     */
    public static void requireOwner(String storedHash, String token, String what) {
        if (token == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Send the " + what + "'s token as 'Authorization: Bearer <token>'");
        }
        if (!BearerToken.matches(storedHash, token)) {
            throw ProblemException.notFound("No " + what + " with this id and token");
        }
    }
}
