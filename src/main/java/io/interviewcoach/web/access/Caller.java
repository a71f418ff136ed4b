package io.interviewcoach.web.access;

import java.util.UUID;

import io.interviewcoach.account.Role;

/**
 * Who is asking, from the {@code Authorization} header: nobody, the holder of a resource token (a session's, an
 * owner's or a job's, opaque), or a signed-in user with a verified access token. Made by {@link Callers}.
 *
 * @param token the opaque token of a {@link Kind#TOKEN} caller, else null
 * @param userId the account of a {@link Kind#USER} caller, else null
 * @param role the role of a {@link Kind#USER} caller, else null
 */
public record Caller(Kind kind, String token, UUID userId, Role role) {
    public enum Kind { ANONYMOUS, TOKEN, USER }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, null, null, null);

    public static Caller token(String token) {
        return token == null ? ANONYMOUS : new Caller(Kind.TOKEN, token, null, null);
    }

    public static Caller user(UUID userId, Role role) {
        return new Caller(Kind.USER, null, userId, role);
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }
}
