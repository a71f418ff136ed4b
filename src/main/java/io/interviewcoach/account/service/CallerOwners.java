package io.interviewcoach.account.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.account.store.UserRow;
import io.interviewcoach.account.store.UserStore;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;

/**
 * The owner row something new joins (a live session, an upload): a signed-in user's, or the one whose owner token
 * was sent (404 for an unknown token); null for a caller without credentials. The one place that answers "whose
 * will this be", so erasure and export of an owner find everything it made.
 */
@ApplicationScoped
public class CallerOwners {
    @Inject
    UserStore users;

    @Inject
    SessionStore store;

    public Uni<UUID> ownerOf(Caller caller) {
        if (caller.isUser()) {
            return users.byId(caller.userId()).map(CallerOwners::ownerOfUser);
        }
        if (caller.kind() == Caller.Kind.ANONYMOUS) {
            return Uni.createFrom().nullItem();
        }
        // found by the hash of the caller's own token: it is that token's owner, or there is none
        return store.ownerByTokenHash(BearerToken.hash(caller.token())).map(known -> {
            if (known == null) {
                throw ProblemException.notFound("No owner with this id for these credentials");
            }
            return known.id;
        });
    }

    private static UUID ownerOfUser(UserRow user) {
        if (user == null || user.ownerId() == null) {
            throw new ProblemException(ProblemType.INVALID_TOKEN, "This account no longer exists; sign in again");
        }
        return user.ownerId();
    }
}
