package io.interviewcoach.live.socket;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.live.state.LiveStateJournal;
import io.interviewcoach.live.state.LiveStateSnapshot;
import io.interviewcoach.web.access.BearerToken;
import io.smallrye.mutiny.Uni;

/**
 * A session that ended while its client was away (finished here, or finalized by another server after its own
 * died): the owner's socket is opened only to be closed with {@value #CLOSE_ENDED} and where the report is. Known
 * while the live state is kept, {@code coach.live.grace} after the end; later the upgrade answers 401 as for any
 * unknown session.
 */
@ApplicationScoped
public class EndedSessions {
    /** The close code of a session that ended (docs/protocol.md), also at a drain's hand-off. */
    public static final int CLOSE_ENDED = 4410;

    @Inject
    LiveStateJournal state;

    /** The close reason for the owner of an ended session; empty for anyone else, or a session not ended. */
    Uni<Optional<String>> closeReason(String id, String token) {
        if (id == null || token == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return state.find(id).onFailure().recoverWithItem(Optional.empty()).map(found -> found
                .filter(s -> LiveStateSnapshot.FINISHED.equals(s.status()) && BearerToken.matches(s.tokenHash(), token))
                .map(s -> reason(id, s.recovered())));
    }

    /** The close reason: that the session ended, why when known, and where its report is. */
    public static String reason(String id, String why) {
        return "session ended" + (why == null ? "" : " (" + why + ")") + "; report: /api/sessions/" + id + "/report";
    }
}
