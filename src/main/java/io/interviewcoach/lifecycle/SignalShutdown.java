package io.interviewcoach.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.pipeline.StreamRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Hands the process's streams to {@link ProcessSignals} once the application has started; where the HTTP server runs
 * ({@code serve}), the live sessions are drained first ({@link GracefulDrain}).
 */
@ApplicationScoped
public class SignalShutdown {
    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean serving;

    void attach(@Observes StartupEvent event, StreamRegistry streams, CoachConfig config, Instance<GracefulDrain> drain) {
        if (serving) {
            GracefulDrain d = drain.get();
            ProcessSignals.attach(streams, config.shutdown().drainTimeout(), d::drain, d.budget());
        } else {
            ProcessSignals.attach(streams, config.shutdown().drainTimeout());
        }
    }
}
