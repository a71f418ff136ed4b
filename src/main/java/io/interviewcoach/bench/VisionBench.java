package io.interviewcoach.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.InferenceTimings;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.pose.PoseAnalyzer;
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
                + "models, and the real-time factor of a full analyze, on a real clip (default ../shared/media/d9.mp4).")
public class VisionBench implements Callable<Integer> {
    private static final int WARMUP_FRAMES = 10;

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
            List<VideoFrame> frames = decode();
            out.println(String.format(Locale.ROOT, "bench vision: %s, %d frames at %.0f fps, %s, %d cores",
                    file.getFileName(), frames.size(), fps, variant.spec().id(), Runtime.getRuntime().availableProcessors()));
            perFrame(out, models, variant, frames);
            wholeAnalyze(out, models, variant);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("bench vision: " + e.getMessage());
            return BenchFailure.exitCode(e);
        }
        out.flush();
        return 0;
    }

    private List<VideoFrame> decode() {
        List<VideoFrame> frames = new ArrayList<>();
        try (MediaReader reader = MediaReader.open(file, new ReadOptions(fps, 1.0, true, false, ReadOptions.DEFAULT_MAX_FRAME_SIDE))) {
            Iterator<MediaWindow> it = reader.windows();
            while (it.hasNext() && frames.size() < maxFrames + WARMUP_FRAMES) {
                frames.addAll(it.next().frames());
            }
        }
        if (frames.size() <= WARMUP_FRAMES) {
            throw new IllegalArgumentException(file + " has too few video frames to measure");
        }
        return frames;
    }

    /** Each frame through face then pose on this thread; model forward time is recorded alongside. */
    private void perFrame(PrintWriter out, AnalyzerModels models, PoseModels.Variant variant, List<VideoFrame> frames) {
        FaceAnalyzer face = new FaceAnalyzer(models.face(), settings.face());
        PoseAnalyzer pose = new PoseAnalyzer(models.pose(variant), settings.pose());
        List<Long> pipeline = new ArrayList<>();
        List<Long> inference = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            if (i == WARMUP_FRAMES) {
                InferenceTimings.enable();
                InferenceTimings.takeThreadTotal();
            }
            VideoFrame f = frames.get(i);
            MediaWindow w = new MediaWindow(i, f.timeSec(), f.timeSec() + 1 / fps, List.of(f), null);
            long t0 = System.nanoTime();
            face.analyze(w);
            pose.analyze(w);
            long dt = System.nanoTime() - t0;
            if (i >= WARMUP_FRAMES) {
                pipeline.add(dt);
                inference.add(InferenceTimings.takeThreadTotal());
            }
        }
        InferenceTimings.disable();
        int measured = pipeline.size();
        out.println();
        out.println("model                          calls/frame   p50 ms   p95 ms");
        double sumOfModelP50 = 0;
        for (Map.Entry<String, List<Long>> e : InferenceTimings.samples().entrySet()) {
            LatencyStats s = LatencyStats.ofNanos(e.getValue());
            double perFrame = e.getValue().size() / (double) measured;
            sumOfModelP50 += s.p50Ms() * perFrame;
            out.println(String.format(Locale.ROOT, "%-30s %11.2f %8.2f %8.2f", e.getKey(), perFrame, s.p50Ms(), s.p95Ms()));
        }
        LatencyStats p = LatencyStats.ofNanos(pipeline);
        LatencyStats inf = LatencyStats.ofNanos(inference);
        List<Long> overhead = new ArrayList<>();
        for (int i = 0; i < pipeline.size(); i++) {
            overhead.add(pipeline.get(i) - inference.get(i));
        }
        out.println();
        out.println(String.format(Locale.ROOT, "sum of raw model p50 x calls/frame      %8.2f ms", sumOfModelP50));
        out.println(String.format(Locale.ROOT, "model time per frame (measured)   p50 %8.2f ms  p95 %8.2f ms", inf.p50Ms(), inf.p95Ms()));
        out.println(String.format(Locale.ROOT, "whole per-frame pipeline          p50 %8.2f ms  p95 %8.2f ms", p.p50Ms(), p.p95Ms()));
        out.println(String.format(Locale.ROOT, "pipeline overhead (pre/post/tracking) p50 %6.2f ms", LatencyStats.ofNanos(overhead).p50Ms()));
        out.println(String.format(Locale.ROOT, "ratio pipeline p50 / sum of model p50    %6.3f   (target <= 1.15)", p.p50Ms() / sumOfModelP50));
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
