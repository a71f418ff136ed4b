package io.interviewcoach.live.protocol;

import java.util.List;

/** The limits a session works under; sent with the session and in the ready message (docs/protocol.md). */
public record Limits(int maxMessageBytes, int maxFrameBytes, int maxFrameSide, int maxMessagesPerSec,
        List<Integer> audioSampleRates, double windowSec, int fps, long graceSec) {
    public static final List<Integer> SAMPLE_RATES = List.of(16_000, 48_000);

    public Limits {
        audioSampleRates = List.copyOf(audioSampleRates);
    }

    public Limits withFps(int newFps) {
        return new Limits(maxMessageBytes, maxFrameBytes, maxFrameSide, maxMessagesPerSec, audioSampleRates, windowSec,
                newFps, graceSec);
    }
}
