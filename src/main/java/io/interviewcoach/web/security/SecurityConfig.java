package io.interviewcoach.web.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code coach.security.*} section (docs/security.md). Which other sites may call the API is
 * {@code quarkus.http.cors.origins} (none by default: the practice site's own origin only).
 */
@ConfigMapping(prefix = "coach.security")
public interface SecurityConfig {
    /** Strict-Transport-Security max-age, sent only on responses to requests that came over TLS. */
    @WithDefault("365d")
    Duration hstsMaxAge();
}
