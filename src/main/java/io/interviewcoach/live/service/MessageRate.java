package io.interviewcoach.live.service;

/** Messages allowed per second for one session (a fixed one-second window). Called from one thread at a time. */
final class MessageRate {
    private final int perSecond;
    private long windowStart;
    private int count;

    MessageRate(int perSecond) {
        this.perSecond = perSecond;
    }

    synchronized boolean allow(long nowNanos) {
        if (nowNanos - windowStart >= 1_000_000_000L) {
            windowStart = nowNanos;
            count = 0;
        }
        return ++count <= perSecond;
    }
}
