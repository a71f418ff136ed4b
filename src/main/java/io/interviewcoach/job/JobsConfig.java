package io.interviewcoach.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The `coach.jobs.*` section: uploaded recordings analysed as jobs (POST /api/analyses). */
@ConfigMapping(prefix = "coach.jobs")
public interface JobsConfig {
    /**
     * Whether this process analyses queued jobs. The worker runs only where the HTTP server runs (`serve`), never in
     * the other commands; false keeps a replica to accepting uploads and answering, leaving the analysis to others.
     */
    @WithDefault("true")
    boolean enabled();

    /** Largest accepted recording; quarkus.http.limits.max-body-size must leave room for it and the transcript. */
    @WithDefault("512M")
    MemorySize maxUploadBytes();

    /**
     * Where accepted recordings wait for their analysis; every replica must see the same folder (a shared volume).
     * Default: $XDG_DATA_HOME/interview-coach/uploads, else ~/.local/share/interview-coach/uploads.
     */
    Optional<Path> uploadDir();

    /** Jobs analysed at once by this process. */
    @WithDefault("1")
    int workers();

    /** How often an idle worker looks for queued jobs (a new upload to this process wakes it at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** A job whose worker stopped this many times (lease expired, unexpected error) is marked failed. */
    @WithDefault("3")
    int maxAttempts();

    /** How long a claim holds a job without a heartbeat; after it, another worker may take the job over. */
    @WithDefault("60s")
    Duration lease();

    /** How often a running job renews its lease and writes its progress. */
    @WithDefault("2s")
    Duration heartbeat();

    /** Keep the recording after its analysis (default: deleted once the report is stored or the job failed). */
    @WithDefault("false")
    boolean keepUploads();
}
