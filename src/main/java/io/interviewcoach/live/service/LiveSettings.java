package io.interviewcoach.live.service;

import java.time.Duration;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.live.protocol.Limits;
import io.interviewcoach.pose.PoseModels;

/** The live service's settings, read once from {@code coach.live.*} and {@code coach.analysis.*}. */
public record LiveSettings(Limits limits, int maxSessions, double capacityShare, Duration grace, int minFps,
        Duration latencyTarget, Duration analyzerDeadline, PoseModels.Variant poseModel, int keptReports) {

    public static LiveSettings from(CoachConfig config) {
        CoachConfig.Live live = config.live();
        if (live.fps() < 1 || live.minFps() < 1 || live.minFps() > live.fps()) {
            throw new IllegalArgumentException("coach.live.fps must be at least 1 and coach.live.min-fps between 1 and it");
        }
        if (live.maxSessions() < 1) {
            throw new IllegalArgumentException("coach.live.max-sessions must be at least 1");
        }
        Limits limits = new Limits(live.maxMessageBytes(), live.maxFrameBytes(), live.maxFrameSide(),
                live.maxMessagesPerSec(), Limits.SAMPLE_RATES, config.analysis().windowSec(), live.fps(),
                live.grace().toSeconds());
        return new LiveSettings(limits, live.maxSessions(), live.capacityShare(), live.grace(), live.minFps(),
                live.latencyTarget(), live.analyzerDeadline(), PoseModels.Variant.parse(config.analysis().poseModel()),
                live.keptReports());
    }

    public LiveSettings withMaxSessions(int max) {
        return new LiveSettings(limits, max, capacityShare, grace, minFps, latencyTarget, analyzerDeadline, poseModel,
                keptReports);
    }

    public LiveSettings withGrace(Duration newGrace) {
        return new LiveSettings(new Limits(limits.maxMessageBytes(), limits.maxFrameBytes(), limits.maxFrameSide(),
                limits.maxMessagesPerSec(), limits.audioSampleRates(), limits.windowSec(), limits.fps(),
                newGrace.toSeconds()), maxSessions, capacityShare, newGrace, minFps, latencyTarget, analyzerDeadline,
                poseModel, keptReports);
    }
}
