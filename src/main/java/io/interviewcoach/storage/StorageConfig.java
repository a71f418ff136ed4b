package io.interviewcoach.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The `coach.storage.*` section: what `serve` does while PostgreSQL is unavailable (docs/adr/0010-storage.md). */
@ConfigMapping(prefix = "coach.storage")
public interface StorageConfig {
    /**
     * Where a session that ends while PostgreSQL is unavailable waits, one fsync'd file per session, until it is
     * written. Default: $XDG_DATA_HOME/interview-coach/spool, else ~/.local/share/interview-coach/spool (next to the
     * embedded PostgreSQL's data). Local to this process: each replica needs its own.
     */
    Optional<Path> spoolDir();

    /** The first wait before the spool is written again after a failed attempt; it doubles up to spool-retry-max. */
    @WithDefault("1s")
    Duration spoolRetryMin();

    /** The longest wait between two attempts to write the spool. */
    @WithDefault("30s")
    Duration spoolRetryMax();
}
