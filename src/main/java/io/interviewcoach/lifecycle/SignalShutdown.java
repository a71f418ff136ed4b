package io.interviewcoach.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.pipeline.StreamRegistry;
import io.quarkus.runtime.StartupEvent;

/** Hands the process's streams to {@link ProcessSignals} once the application has started. */
@ApplicationScoped
public class SignalShutdown {
    void attach(@Observes StartupEvent event, StreamRegistry streams, CoachConfig config) {
        ProcessSignals.attach(streams, config.shutdown().drainTimeout());
    }
}
