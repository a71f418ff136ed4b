package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.face.FaceWindow;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.pipeline.AnalyzerCall;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.pipeline.WindowPipeline;
import io.interviewcoach.pose.PoseWindow;
import io.interviewcoach.report.AnalysisInfo;
import io.interviewcoach.report.AnalysisInfo.ModelUse;
import io.interviewcoach.report.Report;
import io.interviewcoach.speech.SpeechWindow;
import io.interviewcoach.voice.VoiceWindow;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The analysis of one stream, a recording or a live session alike: it owns the stream's analyzers, runs its
 * windows through the {@link WindowPipeline} and assembles the report. Feed it the windows once with
 * {@link #process}, then call {@link #finish} for the report; {@link #close} frees what the analyzers hold.
 * Created by {@link AnalysisSessionFactory}.
 */
public final class AnalysisSession implements AutoCloseable {
    private final StreamSpec spec;
    private final AnalyzerSet analyzers;
    private final List<ModelUse> models;
    private final RunningStream stream;
    private final ReportAssembler assembler;
    private final AnalyzerCall<FaceWindow> face;
    private final AnalyzerCall<PoseWindow> pose;
    private final AnalyzerCall<VoiceWindow> voice;
    private final AnalyzerCall<SpeechWindow> speech;
    private final WindowPipeline<WindowResults> pipeline;
    private long startNanos;
    private VideoFrame lastPrepared;
    private boolean listening;

    AnalysisSession(StreamSpec spec, AnalyzerSet analyzers, List<ModelUse> models, Executor pool, Fusion fusion,
            RunningStream stream, String failingAnalyzer) {
        this.spec = spec;
        this.analyzers = analyzers;
        this.models = List.copyOf(models);
        this.stream = stream;
        this.assembler = new ReportAssembler(spec.media(), fusion);
        this.face = call("face", analyzers.face(), pool, failingAnalyzer);
        this.pose = call("posture", analyzers.pose(), pool, failingAnalyzer);
        this.voice = call("voice", analyzers.voice(), pool, failingAnalyzer);
        this.speech = call("speech", analyzers.speech(), pool, failingAnalyzer);
        this.pipeline = new WindowPipeline<>(this::analyze, pool);
    }

    private <W> AnalyzerCall<W> call(String name, StreamAnalyzer<W, ?> analyzer, Executor pool, String failing) {
        StreamAnalyzer<W, ?> used = analyzer != null && name.equals(failing) ? new Failing<>(name, analyzer) : analyzer;
        return new AnalyzerCall<>(name, used, pool, spec.analyzerDeadline());
    }

    /**
     * Time each analyzer has spent on this stream so far, by name (face, posture, voice, speech): wall-clock and CPU
     * nanoseconds.
     */
    public Map<String, AnalyzerTime> analyzerTimes() {
        Map<String, AnalyzerTime> times = new LinkedHashMap<>();
        for (AnalyzerCall<?> c : List.of(face, pose, voice, speech)) {
            if (c.present()) {
                times.put(c.name(), new AnalyzerTime(c.busyNanos(), c.cpuNanos()));
            }
        }
        return times;
    }

    public record AnalyzerTime(long wallNanos, long cpuNanos) {}

    public StreamSpec spec() {
        return spec;
    }

    public RunningStream stream() {
        return stream;
    }

    /** The face analyzer, null without video (a live session asks it for a baseline, for instance). */
    public FaceAnalyzer faceAnalyzer() {
        return analyzers.face();
    }

    /**
     * Analyses the windows in time order; each window's results are added to the report's timeline before they are
     * emitted. Ends early, without an error, when the stream is cancelled.
     */
    public Multi<WindowResults> process(Multi<MediaWindow> windows) {
        return pipeline.process(windows.onItem().invoke(this::prepareAhead), stream)
                .onSubscription().invoke(() -> startNanos = System.nanoTime())
                .onItem().invoke(assembler::add);
    }

    /**
     * As a window comes in (on the source's thread), face and pose start on its frames, and on a live stream's
     * coming frames as they arrive, so that little of a window's video work is left when its turn comes.
     */
    private void prepareAhead(MediaWindow window) {
        if (window.upcoming() != null && !listening) {
            listening = true;
            window.upcoming().listen(this::prepare);
        }
        window.frames().forEach(this::prepare);
    }

    /** Frames go to the analyzers once each, in time order (an older one is left to its window). */
    private synchronized void prepare(VideoFrame frame) {
        if (frame == lastPrepared || (lastPrepared != null && frame.timeSec() < lastPrepared.timeSec())) {
            return;
        }
        lastPrepared = frame;
        face.prepare(frame, stream);
        pose.prepare(frame, stream);
    }

    private Uni<WindowResults> analyze(MediaWindow window) {
        return Uni.combine().all().unis(face.analyze(window, stream), pose.analyze(window, stream),
                        voice.analyze(window, stream), speech.analyze(window, stream))
                .with((f, p, v, s) -> new WindowResults(window, (FaceWindow) f, (PoseWindow) p, (VoiceWindow) v,
                        (SpeechWindow) s));
    }

    /** A line the report should carry (why a section is empty, what was skipped). */
    public void note(String line) {
        assembler.note(line);
    }

    /** Summarises the stream and builds its report; call once, after the windows were processed. */
    public Report finish(CaptureCounts counts) {
        double processingSec = startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
        List<String> problems = new ArrayList<>();
        for (AnalyzerCall<?> call : List.of(face, pose, voice, speech)) {
            String p = call.problems();
            if (p != null) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            assembler.note(String.join("; ", problems) + " (those windows have no values from it).");
        }
        AnalyzerSet.Summaries summaries = analyzers.finish();
        AnalysisInfo analysis = new AnalysisInfo(spec.fps(), spec.windowSec(), counts.framesAnalyzed(),
                counts.framesUnreadable(), counts.framesLost(), Rounding.round(counts.analyzedDurationSec(), 3),
                Rounding.round(processingSec, 3), models);
        return assembler.build(summaries, analysis);
    }

    @Override
    public void close() {
        analyzers.close();
    }

    /** Test path only ({@link AnalysisSessionFactory#failing}): an analyzer that throws on every window. */
    private record Failing<W, S>(String name, StreamAnalyzer<W, S> inner) implements StreamAnalyzer<W, S> {
        @Override
        public W analyze(MediaWindow window) {
            throw new IllegalStateException(name + " analyzer failure injected by a test");
        }

        @Override
        public S finish() {
            return inner.finish();
        }
    }
}
