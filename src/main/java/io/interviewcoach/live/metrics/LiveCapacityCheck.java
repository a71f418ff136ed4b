package io.interviewcoach.live.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.interviewcoach.live.service.LiveSessions;

/**
 * Readiness shows the live service's capacity in use. It stays UP when full: a full server still serves its
 * sessions, and POST /api/sessions answers 503 with Retry-After.
 */
@Readiness
@ApplicationScoped
public class LiveCapacityCheck implements HealthCheck {
    @Inject
    LiveSessions sessions;

    @Override
    public HealthCheckResponse call() {
        int active = sessions.activeCount();
        int capacity = sessions.capacity();
        double cost = sessions.cost().perSecond();
        return HealthCheckResponse.named("live sessions")
                .up()
                .withData("active", active)
                .withData("capacity", capacity)
                .withData("maxSessions", sessions.settings().maxSessions())
                .withData("cores", sessions.cost().cores())
                .withData("analyzerSecondsPerMediaSecond", Double.isNaN(cost) ? "not measured yet" : String.format(java.util.Locale.ROOT, "%.3f", cost))
                .build();
    }
}
