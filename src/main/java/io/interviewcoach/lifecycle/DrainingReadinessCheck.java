package io.interviewcoach.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN from the moment the server begins to drain, so a load balancer or Ingress stops sending it new sessions. */
@Readiness
@ApplicationScoped
public class DrainingReadinessCheck implements HealthCheck {
    @Inject
    Draining draining;

    @Override
    public HealthCheckResponse call() {
        if (!draining.active()) {
            return HealthCheckResponse.named("draining").up().build();
        }
        return HealthCheckResponse.named("draining").down().withData("since", draining.since().toString())
                .withData("reason", "shutting down: running sessions go on, new ones go to another server").build();
    }
}
