package io.interviewcoach.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.interviewcoach.inference.ComputeDevice;
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

    Live live();

    Inference inference();

    /** Where and how the models run (docs/models.md, "Devices"). */
    interface Inference {
        /** cpu, or cuda: the ONNX models through ONNX Runtime's CUDA provider (build with -Pgpu), else the CPU. */
        @WithDefault("cpu")
        ComputeDevice device();

        /** Which CUDA device (0 = the first one the process sees). */
        @WithDefault("0")
        int deviceId();

        /**
         * How long the first request to a model waits for others to run in the same inference (0 = no batching);
         * empty: the device's default ({@code InferenceSettings.defaultBatchWindow}).
         */
        Optional<Duration> batchWindow();

        /** At most this many requests in one inference. */
        @WithDefault("16")
        int maxBatch();
    }

    /** The live coaching service (docs/protocol.md): sessions, limits, and how it keeps latency bounded. */
    interface Live {
        /** Hard cap on sessions at once, whatever the measured capacity says. */
        @WithDefault("8")
        int maxSessions();

        /** Share of the measured capacity (cores / per-session analysis cost) that new sessions may fill. */
        @WithDefault("0.9")
        double capacityShare();

        /** How long a disconnected session waits for its client to reconnect before it is finalized. */
        @WithDefault("30s")
        Duration grace();

        /** Video frames analysed per second at the start of a session (the rate the client is asked to send). */
        @WithDefault("10")
        int fps();

        /** The lowest rate the adaptive frame rate may fall to under load. */
        @WithDefault("2")
        int minFps();

        /** The window latency (window end to message sent) the adaptive frame rate keeps p95 below. */
        @WithDefault("0.5s")
        Duration latencyTarget();

        /** How long one analyzer may take on one window before the window goes on without it. */
        @WithDefault("2s")
        Duration analyzerDeadline();

        /** Largest message a client may send (bytes). */
        @WithDefault("1048576")
        int maxMessageBytes();

        /** Largest JPEG frame (bytes). */
        @WithDefault("524288")
        int maxFrameBytes();

        /** Frames larger than this on their long side are scaled down after decoding. */
        @WithDefault("1280")
        int maxFrameSide();

        /** Messages a client may send per second (video and audio and control together). */
        @WithDefault("100")
        int maxMessagesPerSec();

        /**
         * How many finished reports stay in memory for GET /api/sessions/{id}/report; older ones come from PostgreSQL.
         */
        @WithDefault("100")
        int keptReports();

        /**
         * How long a running session's live state (Redis, or this process without Redis) outlives its last window;
         * a finished session's state is kept for {@link #grace()} instead.
         */
        @WithDefault("2h")
        Duration stateTtl();

        /**
         * A server that has not renewed its heartbeat for this long (Redis) is taken for dead, and its unfinished
         * sessions are finalized by another one (docs/live-state.md, "When a server dies"); renewed every fifth of it.
         */
        @WithDefault("15s")
        Duration nodeTimeout();

        /** How often a server looks for sessions whose server died (also once at start). */
        @WithDefault("10s")
        Duration recoverySweep();
    }

    interface Shutdown {
        /**
         * On SIGINT/SIGTERM, how long the windows in flight may take to finish before the process exits;
         * models still in use when it runs out are left to the operating system, never freed under a thread.
         */
        @WithDefault("1s")
        Duration drainTimeout();

        /**
         * On SIGTERM/SIGINT of {@code serve}, how long running live sessions (and a running upload job) may go on
         * before they are handed off (docs/live-state.md, "Draining"); readiness is DOWN and new sessions are refused
         * from the signal on. Kubernetes sets it to minutes (COACH_SHUTDOWN_SESSION_DRAIN_TIMEOUT).
         */
        @WithDefault("10s")
        Duration sessionDrainTimeout();
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
