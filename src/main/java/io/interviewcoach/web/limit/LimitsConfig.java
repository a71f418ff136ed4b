package io.interviewcoach.web.limit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * The {@code coach.limits.*} section: how many requests of each kind one client may make (docs/security.md). Each
 * limit counts per client address and, separately, per token (owner token, later the signed-in user); counters live
 * in Redis when it is configured (shared by every replica), else in this process.
 */
@ConfigMapping(prefix = "coach.limits")
public interface LimitsConfig {
    /** False turns every limit off (the test profile does: its tests come from one address by the hundred). */
    @WithDefault("true")
    boolean enabled();

    /** POST /api/auth/login, per address and per account name. */
    @WithDefault("10/1m")
    @WithConverter(Rate.RateConverter.class)
    Rate signIn();

    /** POST /api/users, per address. */
    @WithDefault("10/1h")
    @WithConverter(Rate.RateConverter.class)
    Rate signUp();

    /** POST /api/sessions, per address and per owner token. */
    @WithDefault("60/1h")
    @WithConverter(Rate.RateConverter.class)
    Rate sessionCreate();

    /** POST /api/analyses, per address and per owner token. */
    @WithDefault("30/1h")
    @WithConverter(Rate.RateConverter.class)
    Rate upload();

    /**
     * Live socket messages per client address and per owner, all their sessions together (each session has its own
     * protocol limit, coach.live.max-messages-per-sec). Counted in this process: a socket stays on the replica it
     * opened on.
     */
    @WithDefault("400/1s")
    @WithConverter(Rate.RateConverter.class)
    Rate socketMessage();
}
