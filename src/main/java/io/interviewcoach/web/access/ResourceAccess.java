package io.interviewcoach.web.access;

import io.interviewcoach.account.Role;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;

/**
 * The one authorisation decision of the REST API and the live socket (docs/security.md, "Accounts and tokens"):
 * <ul>
 * <li>nobody: 401;</li>
 * <li>the holder of the resource's own token, or the account owning it: reads and writes;</li>
 * <li>a coach it was shared with: reads;</li>
 * <li>anyone else, administrators included: the same 404 as an unknown id, so a guess learns nothing about what
 * exists.</li>
 * </ul>
 * Account-level calls need a signed-in user ({@link #requireUser}) or a role ({@link #requireRole}).
 */
public final class ResourceAccess {
    public enum Action { READ, WRITE }

    private ResourceAccess() {
    }

    /** Whether the caller may do {@code action} on the resource; false for a missing one (null). */
    public static boolean allows(Caller caller, Guarded resource, Action action) {
        if (resource == null) {
            return false;
        }
        return switch (caller.kind()) {
            case ANONYMOUS -> false;
            case TOKEN -> BearerToken.matches(resource.tokenHash(), caller.token());
            case USER -> caller.userId().equals(resource.ownerUserId())
                    || action == Action.READ && caller.role() == Role.COACH && resource.sharedWith().contains(caller.userId());
        };
    }

    /**
     * Passes when {@link #allows}; otherwise 401 for an anonymous caller and one 404 for the rest (also when the
     * resource does not exist).
     *
     * @param what for the message, e.g. "session"
     */
    public static void require(Caller caller, Guarded resource, Action action, String what) {
        requireCredentials(caller, what);
        if (!allows(caller, resource, action)) {
            throw ProblemException.notFound("No " + what + " with this id for these credentials");
        }
    }

    /** 401 unless the caller sent some credentials. */
    public static void requireCredentials(Caller caller, String what) {
        if (caller.kind() == Caller.Kind.ANONYMOUS) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Send the " + what + "'s token or an access token as 'Authorization: Bearer <token>'");
        }
    }

    /** 401 unless the caller is a signed-in user. */
    public static void requireUser(Caller caller) {
        if (!caller.isUser()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Sign in (POST /api/auth/login) and send the access token as 'Authorization: Bearer <token>'");
        }
    }

    /** 401 unless signed in, 403 unless the user has {@code role}. */
    public static void requireRole(Caller caller, Role role) {
        requireUser(caller);
        if (caller.role() != role) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This needs the " + role.wire() + " role");
        }
    }
}
