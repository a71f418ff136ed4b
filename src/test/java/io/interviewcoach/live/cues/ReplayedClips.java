package io.interviewcoach.live.cues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.analysis.RecordingAnalyzer;
import io.interviewcoach.console.Progress;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Real clips analysed once per test run by the one analysis path (what a live session hears window by window);
 * tests replay the window results through cue engines with different settings.
 */
final class ReplayedClips {
    private static final Map<Path, List<WindowResults>> ANALYSED = new ConcurrentHashMap<>();
    private static AnalyzerModels models;
    private static ExecutorService pool;
    private static RecordingAnalyzer analyzer;

    private ReplayedClips() {
    }

    static List<WindowResults> windows(Path file) {
        return ANALYSED.computeIfAbsent(file.toAbsolutePath(), ReplayedClips::analyse);
    }

    private static synchronized List<WindowResults> analyse(Path file) {
        if (analyzer == null) {
            models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
            pool = WorkerThreads.inferencePool();
            analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, pool, AnalyzerSettings.defaults()));
        }
        List<WindowResults> windows = new ArrayList<>();
        analyzer.analyze(new AnalysisRequest(file, 10, 1.0, ReadOptions.DEFAULT_MAX_FRAME_SIDE, PoseModels.Variant.LITE,
                null, null), Progress.NONE, RunningStream.detached(file.toString()), windows::add);
        return List.copyOf(windows);
    }

    /** The per-window values the cue rules read, one line a window, for the test log. */
    static String table(List<WindowResults> windows) {
        StringBuilder sb = new StringBuilder("  t   eye  face post  speech syl fp  pitch  loud  wpm\n");
        for (WindowResults r : windows) {
            sb.append(String.format("%4.0f %5s %5s %5s %5s %3s %2s %6s %5s %5s%n", r.startSec(),
                    r.face() == null ? "-" : fmt(r.face().eyeContact()),
                    r.face() == null ? "-" : r.face().faceVisible(),
                    r.pose() == null ? "-" : fmt(r.pose().postureScore()),
                    r.voice() == null ? "-" : fmt(r.voice().speechRatio()),
                    r.voice() == null ? "-" : r.voice().syllables(),
                    r.voice() == null ? "-" : r.voice().filledPauses(),
                    r.voice() == null ? "-" : fmt(r.voice().pitchHz()),
                    r.voice() == null ? "-" : fmt(r.voice().loudnessDb()),
                    r.speech() == null ? "-" : fmt(r.speech().wordsPerMinute())));
        }
        return sb.toString();
    }

    private static String fmt(Double v) {
        return v == null ? "null" : String.format("%.2f", v);
    }
}
