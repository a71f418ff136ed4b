package io.interviewcoach.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.interviewcoach.inference.BatchStats;
import io.interviewcoach.inference.Batcher;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.interviewcoach.analysis.AnalysisBeans;
import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.RecordingAnalyzer;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `bench vision`: on a real clip, the forward-pass latency of each vision model, the whole per-frame vision
 * pipeline (face + pose analyzers, pre/post-processing and tracking included) on one thread, their ratio, and
 * the speed of a full `analyze` of the clip.
 */
@Command(name = "vision", mixinStandardHelpOptions = true,
        description = "Per-model latency (p50/p95), the per-frame face+pose pipeline latency and its ratio to the raw "
                + "models, and the real-time factor of a full analyze, on a real clip (default ../shared/media/d9.mp4); "
                + "first the device the ONNX models run on (coach.inference.device), last the mean batch size.")
public class VisionBench implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Clip to measure on (default: ${DEFAULT-VALUE}).")
    Path file = Path.of("..", "shared", "media", "d9.mp4");

    @Option(names = "--fps", description = "Analysis frame rate (default: ${DEFAULT-VALUE}).")
    double fps = 10;

    @Option(names = "--max-frames", description = "Frames timed one by one (default: ${DEFAULT-VALUE}).")
    int maxFrames = 300;

    @Option(names = "--pose-model", paramLabel = "lite|full", description = "Pose landmark model (default: ${DEFAULT-VALUE}).")
    String poseModel = "lite";

    @Option(names = "--models-dir", paramLabel = "DIR", description = "Models folder (default: the configured one).")
    Path modelsDir;

    @Spec
    CommandSpec spec;

    @Inject
    ModelStoreLocator locator;

    @Inject
    CoachConfig config;

    private AnalyzerSettings settings;

    @Inject
    @Named(AnalysisBeans.INFERENCE_POOL)
    ExecutorService inferencePool;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PoseModels.Variant variant = PoseModels.Variant.parse(poseModel);
        try {
            settings = AnalyzerSettings.from(config);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("bench vision: invalid configuration: " + e.getMessage());
            return 2;
        }
        try (AnalyzerModels models = new AnalyzerModels(locator.store(modelsDir), InferencePools.defaultSize())) {
            List<VideoFrame> frames = VisionFrameCost.decode(file, fps, maxFrames);
            out.println(String.format(Locale.ROOT, "bench vision: %s, %d frames at %.0f fps, %s, %d cores",
                    file.getFileName(), frames.size(), fps, variant.spec().id(), Runtime.getRuntime().availableProcessors()));
            out.println(InferenceReport.deviceLine());
            Map<String, Batcher.BatchCounts> batchesBefore = BatchStats.snapshot();
            perFrame(out, models, variant, frames);
            wholeAnalyze(out, models, variant);
            out.println(InferenceReport.batchLine(batchesBefore, BatchStats.snapshot()));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("bench vision: " + e.getMessage());
            return BenchFailure.exitCode(e);
        }
        out.flush();
        return 0;
    }

    /** Each frame through face then pose on this thread; model forward time is recorded alongside. */
    private void perFrame(PrintWriter out, AnalyzerModels models, PoseModels.Variant variant, List<VideoFrame> frames) {
        VisionFrameCost cost = VisionFrameCost.measure(models, settings, variant, frames, fps);
        out.println();
        out.println("model (CPU time)               calls/frame   p50 ms   p95 ms");
        for (Map.Entry<String, VisionFrameCost.ModelTime> e : cost.models().entrySet()) {
            LatencyStats s = e.getValue().latency();
            out.println(String.format(Locale.ROOT, "%-30s %11.2f %8.2f %8.2f", e.getKey(), e.getValue().callsPerFrame(), s.p50Ms(), s.p95Ms()));
        }
        LatencyStats p = cost.pipeline();
        LatencyStats inf = cost.modelTime();
        out.println();
        out.println(String.format(Locale.ROOT, "sum of raw model p50 x calls/frame      %8.2f ms", cost.sumOfModelP50Ms()));
        out.println(String.format(Locale.ROOT, "model time per frame (measured)   p50 %8.2f ms  p95 %8.2f ms", inf.p50Ms(), inf.p95Ms()));
        out.println(String.format(Locale.ROOT, "whole per-frame pipeline          p50 %8.2f ms  p95 %8.2f ms", p.p50Ms(), p.p95Ms()));
        out.println(String.format(Locale.ROOT, "pipeline overhead (pre/post/tracking) p50 %6.2f ms", cost.overhead().p50Ms()));
        out.println(String.format(Locale.ROOT, "ratio pipeline p50 / sum of model p50    %6.3f   (target <= 1.15)", p.p50Ms() / cost.sumOfModelP50Ms()));
        out.println(String.format(Locale.ROOT, "ratio pipeline p50 / model time p50      %6.3f", p.p50Ms() / inf.p50Ms()));
    }

    /** The real `analyze` path (decode + all four analyzers concurrently), timed as the report states it. */
    private void wholeAnalyze(PrintWriter out, AnalyzerModels models, PoseModels.Variant variant) {
        RecordingAnalyzer analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, inferencePool, settings));
        Report report = analyzer.analyze(new AnalysisRequest(file, fps, 1.0, ReadOptions.DEFAULT_MAX_FRAME_SIDE, variant,
                null, null), io.interviewcoach.console.Progress.NONE);
        double duration = report.media().durationSec() == null ? Double.NaN : report.media().durationSec();
        double processing = report.analysis().processingSec();
        out.println();
        out.println(String.format(Locale.ROOT, "analyze %s at %.0f fps: %.2f s for %.2f s of media = %.2fx real time "
                + "(processingSec / durationSec = %.3f, target <= 0.333)", file.getFileName(), fps, processing, duration,
                duration / processing, processing / duration));
    }
}
