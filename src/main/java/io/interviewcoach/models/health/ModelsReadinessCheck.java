package io.interviewcoach.models.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.models.ModelStoreLocator;

/**
 * The server is ready to analyse only with the models installed: /q/health/ready is DOWN otherwise and
 * names the missing models and the command that fetches them.
 */
@Readiness
@ApplicationScoped
public class ModelsReadinessCheck implements HealthCheck {
    private final ModelStoreLocator locator;

    public ModelsReadinessCheck(ModelStoreLocator locator) {
        this.locator = locator;
    }

    @Override
    public HealthCheckResponse call() {
        ModelStore store = locator.store();
        List<String> missing = store.missing(ModelCatalog.withoutSpeechRecognizer());
        HealthCheckResponseBuilder b = HealthCheckResponse.named("models").withData("dir", store.dir().toString());
        if (missing.isEmpty()) {
            return b.up().build();
        }
        return b.down()
                .withData("missing", String.join(", ", missing))
                .withData("fix", "coach models pull " + String.join(" ", missing))
                .build();
    }
}
