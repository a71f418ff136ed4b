package io.interviewcoach.live.socket;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.lifecycle.Draining;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.web.access.Caller;
import io.interviewcoach.web.access.Guarded;
import io.interviewcoach.web.access.ResourceAccess;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * Refuses the socket upgrade (401) unless the id names a running session (or one that just ended, see
 * {@link EndedSessions}) and {@code ?token=} is its token, as {@link ResourceAccess} decides (streaming is writing: the
 * session's token only, which its creator holds, also a signed-in one); an unknown id and a wrong token get the same answer, so
 * the answer never says whether a session exists.
 */
@ApplicationScoped
public class TokenUpgradeCheck implements HttpUpgradeCheck {
    @Inject
    LiveSessions sessions;

    @Inject
    EndedSessions ended;

    @Inject
    SessionAdoption adoption;

    @Inject
    Draining draining;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String token = token(context.httpRequest().query());
        String id = context.pathParam("id");
        boolean allowed = ResourceAccess.allows(Caller.token(token), Guarded.byToken(sessions.tokenHash(id).orElse(null)),
                ResourceAccess.Action.WRITE);
        if (allowed && sessions.active(id).isPresent()) {
            return CheckResult.permitUpgrade();
        }
        // The owner of a session that ended meanwhile is let in to hear where its report is (EndedSessions).
        return ended.closeReason(id, token).chain(reason -> {
            if (reason.isPresent()) {
                return CheckResult.permitUpgrade();
            }
            if (draining.active()) {
                // a session this server does not run is not taken on now: a proxy passes a 503 to another server
                return CheckResult.rejectUpgrade(503);
            }
            return adoption.adopt(id, token).chain(outcome -> switch (outcome) {
                case ADOPTED -> CheckResult.permitUpgrade();
                case AT_CAPACITY -> CheckResult.rejectUpgrade(503);
                case UNKNOWN -> CheckResult.rejectUpgrade(401);
            });
        });
    }

    /** The {@code token} parameter of a query string, null when absent. */
    static String token(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("token")) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
