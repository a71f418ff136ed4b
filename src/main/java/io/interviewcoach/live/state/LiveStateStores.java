package io.interviewcoach.live.state;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Picks the live state store once: Redis when {@code quarkus.redis.hosts} is configured, else this process. The
 * Redis client is looked up only in the first case, so commands and servers without Redis never create one. A server
 * (the HTTP listener on) says at start which one it uses.
 */
@ApplicationScoped
public class LiveStateStores {
    private static final Logger LOG = Logger.getLogger(LiveStateStores.class);

    @ConfigProperty(name = "quarkus.redis.hosts")
    Optional<String> redisHosts;

    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean serving;

    @Inject
    Instance<RedisLiveStateStore> redis;

    private volatile LiveStateStore store;

    void onStart(@Observes StartupEvent event) {
        if (serving) {
            store();
        }
    }

    /** Whether the live state is shared by every replica (Redis), not kept in this process alone. */
    public boolean shared() {
        return !(store() instanceof InProcessLiveStateStore);
    }

    public LiveStateStore store() {
        LiveStateStore chosen = store;
        if (chosen == null) {
            synchronized (this) {
                if (store == null) {
                    store = choose();
                }
                chosen = store;
            }
        }
        return chosen;
    }

    private LiveStateStore choose() {
        if (redisHosts.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("No Redis configured (quarkus.redis.hosts): live session state stays in this process");
            return new InProcessLiveStateStore();
        }
        RedisLiveStateStore chosen = redis.get();
        LOG.infof("Live session state in %s", chosen.describe());
        return chosen;
    }
}
