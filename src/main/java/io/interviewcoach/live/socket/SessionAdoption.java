package io.interviewcoach.live.socket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.state.LiveNode;
import io.interviewcoach.live.state.LiveStateJournal;
import io.interviewcoach.live.state.LiveStateSnapshot;
import io.interviewcoach.web.access.BearerToken;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * With several replicas, POST /api/sessions lands on any of them and the socket on the one the Ingress hashes the
 * session id to. A session no client has started holds no analysis state, so the server the socket reaches takes it
 * over from its stored state (owner's token hash, rate, pose model) and records itself as its server; the creator
 * then forgets it (docs/live-state.md, "Several replicas").
 */
@ApplicationScoped
public class SessionAdoption {
    private static final Logger LOG = Logger.getLogger(SessionAdoption.class);

    /** What the upgrade answers. */
    enum Outcome { ADOPTED, UNKNOWN, AT_CAPACITY }

    @Inject
    LiveStateJournal state;

    @Inject
    LiveSessions sessions;

    @Inject
    LiveNode node;

    Uni<Outcome> adopt(String id, String token) {
        if (id == null || token == null) {
            return Uni.createFrom().item(Outcome.UNKNOWN);
        }
        return state.find(id).onFailure().recoverWithItem(java.util.Optional.empty())
                // taking it over may load the models: not on the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> found.filter(s -> LiveStateSnapshot.CREATED.equals(s.status()) && s.node() != null
                        && !s.node().equals(node.id()) && BearerToken.matches(s.tokenHash(), token))
                        .map(this::take).orElse(Outcome.UNKNOWN));
    }

    private Outcome take(LiveStateSnapshot s) {
        try {
            sessions.adopt(s.sessionId(), s.tokenHash(), sessions.settings().forSession(s.fps(), s.poseModel()));
            return Outcome.ADOPTED;
        } catch (LiveSessions.AtCapacityException e) {
            return Outcome.AT_CAPACITY;
        } catch (RuntimeException e) {
            LOG.warnf("session %s: could not be taken over from %s: %s", s.sessionId(), s.node(), e.toString());
            return Outcome.UNKNOWN;
        }
    }
}
