package io.interviewcoach.privacy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code coach.privacy.*} section: how long personal data is kept (docs/security.md, "Retention"). */
@ConfigMapping(prefix = "coach.privacy")
public interface PrivacyConfig {
    /**
     * Sessions and analysis jobs older than this (from their creation) are erased by the purge, with everything of
     * them. 0 keeps them for ever.
     */
    @WithDefault("365d")
    Duration retention();

    /** How often the purge runs (one replica at a time; the first run a minute after start). */
    @WithDefault("1h")
    Duration purgeEvery();
}
