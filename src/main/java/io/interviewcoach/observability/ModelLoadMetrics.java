package io.interviewcoach.observability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.interviewcoach.analysis.ModelLoadListener;
import io.interviewcoach.models.ModelCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code coach.models.load.failures} by model: every load that failed (missing, damaged, refused by its engine). Each
 * catalog model's counter exists from the start at 0, so an alert on its increase sees the first failure too.
 */
@Singleton
public class ModelLoadMetrics implements ModelLoadListener {
    static final String NAME = "coach.models.load.failures";
    private static final Logger LOG = Logger.getLogger(ModelLoadMetrics.class);

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public ModelLoadMetrics(MeterRegistry registry) {
        this.registry = registry;
        ModelCatalog.ids().forEach(this::counter);
    }

    @Override
    public void failed(String modelId, RuntimeException failure) {
        counter(modelId).increment();
        LOG.debugf("model %s could not be loaded: %s", modelId, failure.getMessage());
    }

    private Counter counter(String modelId) {
        return counters.computeIfAbsent(modelId, id -> Counter.builder(NAME).tag("model", id)
                .description("Model loads that failed: missing, damaged, or refused by its engine").register(registry));
    }
}
