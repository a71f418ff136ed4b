package io.interviewcoach.live.recovery;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.live.service.SessionOwnership;
import io.interviewcoach.live.state.LiveNode;
import io.interviewcoach.live.state.LiveStateJournal;
import io.interviewcoach.live.state.LiveStateStores;

/** A session is another server's when its stored {@code node} names that server (Redis only; in process never). */
@ApplicationScoped
public class StoredOwnership implements SessionOwnership {
    private static final Logger LOG = Logger.getLogger(StoredOwnership.class);
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Inject
    LiveStateStores stores;

    @Inject
    LiveStateJournal state;

    @Inject
    LiveNode node;

    @Override
    public boolean takenElsewhere(String sessionId) {
        if (!stores.shared()) {
            return false;
        }
        try {
            return state.find(sessionId).await().atMost(WAIT)
                    .map(s -> s.node() != null && !s.node().equals(node.id())).orElse(false);
        } catch (RuntimeException e) {
            LOG.debugf("session %s: its server could not be read (%s); ended here", sessionId, e.toString());
            return false;
        }
    }
}
