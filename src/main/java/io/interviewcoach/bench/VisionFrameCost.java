package io.interviewcoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.inference.InferenceTimings;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pose.PoseAnalyzer;
import io.interviewcoach.pose.PoseModels;

/**
 * The cost of one video frame through face then pose on one thread, with each model's forward-pass time recorded
 * alongside (inference only, without pre/post-processing). Times are the thread's CPU time (models run one thread
 * per inference), so they hold on a machine other work keeps busy. {@code models}: per model, its calls per frame and
 * latency; {@code sumOfModelP50Ms}: the raw model time per frame (each model's p50 x its calls per frame).
 */
public record VisionFrameCost(int frames, Map<String, ModelTime> models, double sumOfModelP50Ms, LatencyStats modelTime,
        LatencyStats pipeline, LatencyStats overhead) {
    public static final int WARMUP_FRAMES = 10;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public record ModelTime(double callsPerFrame, LatencyStats latency) {
    }

    /** Up to {@code maxFrames} (plus the warm-up frames) of {@code file}'s video, sampled at {@code fps}. */
    public static List<VideoFrame> decode(Path file, double fps, int maxFrames) {
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

    /** Times every frame after the warm-up; the clip's frames keep their order so tracking works as in a stream. */
    public static VisionFrameCost measure(AnalyzerModels models, AnalyzerSettings settings, PoseModels.Variant variant,
            List<VideoFrame> frames, double fps) {
        FaceAnalyzer face = new FaceAnalyzer(models.face(), settings.face());
        PoseAnalyzer pose = new PoseAnalyzer(models.pose(variant), settings.pose());
        List<Long> pipeline = new ArrayList<>();
        List<Long> inference = new ArrayList<>();
        Map<String, List<Long>> samples;
        try {
            for (int i = 0; i < frames.size(); i++) {
                if (i == WARMUP_FRAMES) {
                    InferenceTimings.enable();
                    InferenceTimings.takeThreadTotal();
                }
                VideoFrame f = frames.get(i);
                MediaWindow w = new MediaWindow(i, f.timeSec(), f.timeSec() + 1 / fps, List.of(f), null);
                long t0 = CPU.getCurrentThreadCpuTime();
                face.analyze(w);
                pose.analyze(w);
                long dt = CPU.getCurrentThreadCpuTime() - t0;
                if (i >= WARMUP_FRAMES) {
                    pipeline.add(dt);
                    inference.add(InferenceTimings.takeThreadTotal());
                }
            }
            samples = InferenceTimings.samples();
        } finally {
            InferenceTimings.disable();
        }
        int measured = pipeline.size();
        Map<String, ModelTime> perModel = new LinkedHashMap<>();
        double sumOfModelP50 = 0;
        for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
            ModelTime t = new ModelTime(e.getValue().size() / (double) measured, LatencyStats.ofNanos(e.getValue()));
            perModel.put(e.getKey(), t);
            sumOfModelP50 += t.latency().p50Ms() * t.callsPerFrame();
        }
        List<Long> overhead = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            overhead.add(pipeline.get(i) - inference.get(i));
        }
        return new VisionFrameCost(measured, perModel, sumOfModelP50, LatencyStats.ofNanos(inference),
                LatencyStats.ofNanos(pipeline), LatencyStats.ofNanos(overhead));
    }
}
