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

    /** The most video frames per second a session may ask for. */
    public static final int MAX_FPS = 30;

    /**
     * One session's settings: its own starting rate and pose model (null: the server's).
     *
     * @throws IllegalArgumentException with a line for the client when a value is out of range
     */
    public LiveSettings forSession(Integer fps, String poseModelName) {
        int rate = fps == null ? limits.fps() : fps;
        if (rate < 1 || rate > MAX_FPS) {
            throw new IllegalArgumentException("fps must be between 1 and " + MAX_FPS + ", got " + rate);
        }
        PoseModels.Variant pose = poseModelName == null ? poseModel : PoseModels.Variant.parse(poseModelName);
        return new LiveSettings(limits.withFps(rate), maxSessions, capacityShare, grace, Math.min(minFps, rate),
                latencyTarget, analyzerDeadline, pose, keptReports);
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
