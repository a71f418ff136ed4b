package io.interviewcoach.web.limit;

import java.util.function.Function;

/** What is limited; each kind has its own rate in {@code coach.limits.*} and its own counters. */
public enum LimitKind {
    SIGN_IN("sign-in", LimitsConfig::signIn),
    SIGN_UP("sign-up", LimitsConfig::signUp),
    SESSION_CREATE("session-create", LimitsConfig::sessionCreate),
    UPLOAD("upload", LimitsConfig::upload),
    SOCKET_MESSAGE("socket-message", LimitsConfig::socketMessage);

    private final String key;
    private final Function<LimitsConfig, Rate> rate;

    LimitKind(String key, Function<LimitsConfig, Rate> rate) {
        this.key = key;
        this.rate = rate;
    }

    /** The name under coach.limits, also part of the counter's key. */
    public String key() {
        return key;
    }

    public Rate rate(LimitsConfig config) {
        return rate.apply(config);
    }
}
