package io.interviewcoach.analysis;

import java.util.concurrent.ExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.models.DownloadSettings;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.pipeline.WorkerThreads;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Wires the analysis objects from configuration; models load lazily, on the first stream that needs them.
 * Stopping the process (SIGINT, SIGTERM, or the end of a command) goes in order: the running streams are
 * cancelled and drained first ({@link #stopStreams}, on Quarkus's ShutdownEvent, before any bean is
 * destroyed), then the inference pool and the models are released, and only when no stream still runs.
 */
@ApplicationScoped
public class AnalysisBeans {
    public static final String INFERENCE_POOL = "inference";
    private static final Logger LOG = Logger.getLogger(AnalysisBeans.class);

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

    @Produces
    @Singleton
    StreamRegistry streamRegistry() {
        return new StreamRegistry();
    }

    void stopStreams(@Observes ShutdownEvent event, StreamRegistry streams, CoachConfig config) {
        if (!streams.stop(config.shutdown().drainTimeout())) {
            LOG.debugf("streams still running after %s; their models are left to the operating system",
                    config.shutdown().drainTimeout());
        }
    }

    /** Named: the framework has its own default ExecutorService. */
    @Produces
    @Singleton
    @Named(INFERENCE_POOL)
    ExecutorService inferencePool() {
        return WorkerThreads.inferencePool();
    }

    /** No interrupts: a thread still finishing a window must not be cut off inside a model (daemon threads). */
    void closePool(@Disposes @Named(INFERENCE_POOL) ExecutorService pool) {
        pool.shutdown();
    }

    /**
     * Models of the configured store, for the server; the CLI builds its own when --models-dir is given. Failed loads
     * are counted (observability.ModelLoadMetrics).
     */
    @Produces
    @Singleton
    AnalyzerModels analyzerModels(ModelStoreLocator locator, ModelLoadListener failures) {
        return new AnalyzerModels(locator.store(), InferencePools.defaultSize(), failures);
    }

    /** The server's sessions: one analysis path for every live session and uploaded recording. */
    @Produces
    @Singleton
    AnalysisSessionFactory analysisSessions(AnalyzerModels models, @Named(INFERENCE_POOL) ExecutorService pool,
            CoachConfig config) {
        return new AnalysisSessionFactory(models, pool, AnalyzerSettings.from(config));
    }

    void closeModels(@Disposes AnalyzerModels models, StreamRegistry streams) {
        if (streams.idle()) {
            models.close();
        }
    }
}
