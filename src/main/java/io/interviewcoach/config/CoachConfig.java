package io.interviewcoach.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The `coach.*` section of application.yaml; every key has a default here. */
@ConfigMapping(prefix = "coach")
public interface CoachConfig {
    Models models();

    Analysis analysis();

    Fusion fusion();

    /**
     * Analyzer thresholds, overriding the documented defaults of each analyzer's settings record, e.g.
     * {@code coach.face.max-gaze-yaw-deg: 12} or {@code coach.pose.tracker.presence-threshold: 0.6}.
     */
    Map<String, String> face();

    Map<String, String> pose();

    Map<String, String> voice();

    Map<String, String> speech();

    /**
     * Live cue rules, overriding the defaults of {@code live.cues.CueSettings} in kebab-case (docs/live-cues.md),
     * e.g. {@code coach.cues.interval-sec: 30} or {@code coach.cues.pace.fast-above-wpm: 190}.
     */
    Map<String, String> cues();

    Questions questions();

    Shutdown shutdown();

    interface Shutdown {
        /**
         * On SIGINT/SIGTERM, how long the windows in flight may take to finish before the process exits;
         * models still in use when it runs out are left to the operating system, never freed under a thread.
         */
        @WithDefault("1s")
        Duration drainTimeout();
    }

    interface Models {
        /** Where verified models live; default: the per-user cache folder. */
        Optional<Path> dir();

        /** An npm registry mirror to fetch the MediaPipe and Silero tarballs from (e.g. a company proxy). */
        Optional<String> npmRegistry();

        /** How long to wait for a download to connect. */
        @WithDefault("15s")
        Duration connectTimeout();

        /** A download that receives nothing for this long is abandoned. */
        @WithDefault("30s")
        Duration stallTimeout();
    }

    interface Questions {
        /** Question bank files (docs/question-bank.md) to use instead of the built-in bank. */
        Optional<List<Path>> files();
    }

    interface Analysis {
        /** Video frames analysed per second. */
        @WithDefault("10")
        double fps();

        /** Length of a window, the unit of the timeline and of live feedback, in seconds. */
        @WithDefault("1.0")
        double windowSec();

        /** Frames larger than this on their long side are scaled down at decode time. */
        @WithDefault("1280")
        int maxFrameSide();

        /** BlazePose landmark model: lite (fast) or full (more accurate). */
        @WithDefault("lite")
        String poseModel();
    }

    interface Fusion {
        Weights weights();

        /** Weights of sub-scores inside their category, by key (eyeContact, fillers, …; docs/scoring.md). */
        Map<String, Double> subWeights();
    }

    /** Category weights of the overall score (only their ratios matter). */
    interface Weights {
        @WithDefault("0.20")
        double bodyLanguage();

        @WithDefault("0.25")
        double facialExpression();

        @WithDefault("0.30")
        double vocalDelivery();

        @WithDefault("0.25")
        double speechContent();
    }
}
