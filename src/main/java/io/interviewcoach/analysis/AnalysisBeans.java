package io.interviewcoach.analysis;

import java.util.concurrent.ExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.models.DownloadSettings;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.pipeline.WorkerThreads;

/** Wires the analysis objects from configuration; models load lazily, on the first stream that needs them. */
@ApplicationScoped
public class AnalysisBeans {
    public static final String INFERENCE_POOL = "inference";

    @Produces
    @Singleton
    ModelStoreLocator modelStoreLocator(CoachConfig config) {
        return new ModelStoreLocator(config.models().dir());
    }

    @Produces
    @Singleton
    DownloadSettings downloadSettings(CoachConfig config) {
        CoachConfig.Models m = config.models();
        DownloadSettings s = DownloadSettings.defaults().withStallTimeout(m.stallTimeout()).withConnectTimeout(m.connectTimeout());
        return m.npmRegistry().map(s::withNpmRegistry).orElse(s);
    }

    /** Named: the framework has its own default ExecutorService. */
    @Produces
    @Singleton
    @Named(INFERENCE_POOL)
    ExecutorService inferencePool() {
        return WorkerThreads.inferencePool();
    }

    void closePool(@Disposes @Named(INFERENCE_POOL) ExecutorService pool) {
        pool.shutdownNow();
    }

    /** Models of the configured store, for the server; the CLI builds its own when --models-dir is given. */
    @Produces
    @Singleton
    AnalyzerModels analyzerModels(ModelStoreLocator locator) {
        return new AnalyzerModels(locator.store(), InferencePools.defaultSize());
    }

    void closeModels(@Disposes AnalyzerModels models) {
        models.close();
    }
}
