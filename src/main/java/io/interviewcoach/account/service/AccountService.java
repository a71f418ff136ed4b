package io.interviewcoach.account.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.account.AuthConfig;
import io.interviewcoach.account.Role;
import io.interviewcoach.account.store.UserRow;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.account.token.AccessTokens;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Sign-up, sign-in, refresh and sign-out (docs/api.md, "Accounts"). */
@ApplicationScoped
public class AccountService {
    private static final String BAD_CREDENTIALS = "Wrong email or password";

    @Inject
    AuthConfig config;

    @Inject
    UserStore users;

    @Inject
    Passwords passwords;

    @Inject
    AccessTokens accessTokens;

    /** A new account with its owner row; 400 for a bad email, password or role, 409 when the email is taken. */
    public Uni<UserRow> signUp(String email, String password, String requestedRole) {
        String normalized = Passwords.email(email);
        passwords.check(password);
        Role role = role(requestedRole);
        UUID id = UUID.randomUUID();
        return Uni.createFrom().item(() -> passwords.hash(password))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(hash -> users.create(id, normalized, hash, role, BearerToken.hash(BearerToken.generate())))
                .chain(created -> {
                    if (!created) {
                        throw new ProblemException(ProblemType.CONFLICT, "An account with this email exists");
                    }
                    return users.byId(id);
                });
    }

    private Role role(String requested) {
        if (requested == null || requested.equals(Role.CANDIDATE.wire())) {
            return Role.CANDIDATE;
        }
        if (requested.equals(Role.COACH.wire()) && config.coachSignUp()) {
            return Role.COACH;
        }
        throw ProblemException.badRequest("'role' may be candidate" + (config.coachSignUp() ? " or coach" : "")
                + "; administrators are named in coach.auth.admins");
    }

    /** Tokens for the right email and password; one 401 for an unknown email and a wrong password. */
    public Uni<TokenPair> login(String email, String password) {
        return users.byEmail(Passwords.normalized(email))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(user -> passwords.matches(password, user == null ? null : user.passwordHash()) ? user : null)
                .chain(user -> {
                    if (user == null) {
                        throw new ProblemException(ProblemType.INVALID_TOKEN, BAD_CREDENTIALS);
                    }
                    return promoted(user);
                })
                .chain(this::issue);
    }

    /** The user with the admin role when coach.auth.admins names their email. */
    private Uni<UserRow> promoted(UserRow user) {
        List<String> admins = config.admins().orElse(List.of());
        if (user.role() == Role.ADMIN || admins.stream().noneMatch(a -> a.trim().equalsIgnoreCase(user.email()))) {
            return Uni.createFrom().item(user);
        }
        return users.setRole(user.id(), Role.ADMIN).replaceWith(new UserRow(user.id(), user.email(), user.passwordHash(),
                Role.ADMIN, user.createdAt(), user.ownerId()));
    }

    /** A new pair for a live refresh token, which is revoked; 401 for an unknown, expired, used or revoked one. */
    public Uni<TokenPair> refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Uni.createFrom().failure(refused());
        }
        String next = BearerToken.generate();
        return users.rotateRefresh(BearerToken.hash(refreshToken), BearerToken.hash(next), refreshExpiry())
                .chain(userId -> userId == null ? Uni.createFrom().failure(refused()) : users.byId(userId))
                .chain(user -> user == null ? Uni.createFrom().failure(refused())
                        : Uni.createFrom().item(pair(user, next)));
    }

    /** Revokes the refresh token; the same answer whether it was known or not. */
    public Uni<Void> logout(String refreshToken) {
        return refreshToken == null || refreshToken.isBlank() ? Uni.createFrom().voidItem()
                : users.revokeRefresh(BearerToken.hash(refreshToken));
    }

    private Uni<TokenPair> issue(UserRow user) {
        String refresh = BearerToken.generate();
        return users.addRefresh(BearerToken.hash(refresh), user.id(), refreshExpiry()).replaceWith(() -> pair(user, refresh));
    }

    private TokenPair pair(UserRow user, String refresh) {
        return new TokenPair(accessTokens.issue(user.id(), user.role()), refresh,
                config.accessTokenTtl().toSeconds(), "Bearer");
    }

    private OffsetDateTime refreshExpiry() {
        return OffsetDateTime.now(ZoneOffset.UTC).plus(config.refreshTokenTtl());
    }

    private static ProblemException refused() {
        return new ProblemException(ProblemType.INVALID_TOKEN, "The refresh token is unknown, expired or revoked; sign in again");
    }
}
