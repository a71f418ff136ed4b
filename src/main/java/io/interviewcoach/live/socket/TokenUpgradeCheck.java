package io.interviewcoach.live.socket;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.live.service.LiveSessions;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * Refuses the socket upgrade (401) unless the id names a running session and {@code ?token=} is its token; an
 * unknown id and a wrong token get the same answer, so the answer never says whether a session exists.
 */
@ApplicationScoped
public class TokenUpgradeCheck implements HttpUpgradeCheck {
    @Inject
    LiveSessions sessions;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String token = token(context.httpRequest().query());
        return sessions.find(context.pathParam("id"), token).isPresent()
                ? CheckResult.permitUpgrade()
                : CheckResult.rejectUpgrade(401);
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
