package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import io.interviewcoach.console.Progress;
import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.UsableStreams;
import io.interviewcoach.overlay.OverlayLayers;
import io.interviewcoach.overlay.OverlayWriter;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.pipeline.WindowPipeline;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseAnalyzer;
import io.interviewcoach.report.AnalysisInfo;
import io.interviewcoach.report.Report;
import io.interviewcoach.speech.SpeechAnalyzer;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.voice.VoiceAnalyzer;
import io.interviewcoach.measure.Rounding;
import io.smallrye.mutiny.Multi;

/**
 * Analyses a recording through the same windowed pipeline a live session uses: the file is decoded window
 * by window (memory stays flat), each window goes to all analyzers at once, and the report is assembled as
 * the windows come.
 */
public final class RecordingAnalyzer {
    private static final Logger LOG = Logger.getLogger(RecordingAnalyzer.class);
    private final AnalyzerModels models;
    private final Executor inferencePool;
    private final AnalyzerSettings settings;

    public RecordingAnalyzer(AnalyzerModels models, Executor inferencePool, AnalyzerSettings settings) {
        this.models = models;
        this.inferencePool = inferencePool;
        this.settings = settings;
    }

    /** Analyses the recording; {@code progress} hears milliseconds of media done. */
    public Report analyze(AnalysisRequest request, Progress progress) {
        return analyze(request, progress, RunningStream.detached(request.file().toString()));
    }

    /**
     * Analyses the recording as {@code stream}: once it is cancelled, reading stops, the windows in flight
     * finish and this throws {@link AnalysisCancelledException} after every decoder and analyzer it opened is
     * closed (no thread of this analysis is then inside native code).
     */
    public Report analyze(AnalysisRequest request, Progress progress, RunningStream stream) {
        ReadOptions readOptions = new ReadOptions(request.fps(), request.windowSec(), true, true, request.maxFrameSide(),
                request.audioTrack());
        try (MediaReader reader = MediaReader.open(request.file(), readOptions)) {
            MediaInfo info = reader.info();
            UsableStreams streams = UsableStreams.of(info, reader.stillImage());
            TranscriptFiles.requireWithin(request.transcript(), info.durationSec(), info.file(),
                    settings.speech().transcriptEndToleranceSec());
            throwIfCancelled(stream);
            try (AnalyzerSet analyzers = createAnalyzers(streams, request, stream)) {
                throwIfCancelled(stream);
                return analyze(request, reader, info, streams, analyzers, progress, stream);
            }
        }
    }

    private static void throwIfCancelled(RunningStream stream) {
        if (stream.cancelled()) {
            throw new AnalysisCancelledException(stream.name());
        }
    }

    private Report analyze(AnalysisRequest request, MediaReader reader, MediaInfo info, UsableStreams streams,
            AnalyzerSet analyzers, Progress progress, RunningStream stream) {
        long start = System.nanoTime();
        ReportAssembler assembler = new ReportAssembler(info, new Fusion(settings.fusion()));
        streams.notes().forEach(assembler::note);
        if (request.transcript() != null) {
            request.transcript().notes().forEach(assembler::note);
        }
        WindowPipeline pipeline = new WindowPipeline(analyzers.asList(), inferencePool);
        ExecutorService decoder = WorkerThreads.single("decode");
        progress.start(info.file(), info.durationSec() == null ? -1 : Math.round(info.durationSec() * 1000));
        boolean completed = false;
        try (OverlayWriter overlay = request.overlay() == null || !info.hasVideo() ? null
                : new OverlayWriter(request.overlay(), request.fps(), OverlayLayers.standard())) {
            Multi<MediaWindow> windows = Multi.createFrom().iterable(reader::windows).runSubscriptionOn(decoder);
            pipeline.process(windows, stream)
                    .onItem().invoke(outcome -> {
                        assembler.add(outcome);
                        if (overlay != null) {
                            overlay.accept(outcome);
                        }
                        progress.advance(Math.round(outcome.window().endSec() * 1000));
                    })
                    .collect().last()
                    .await().indefinitely();
            throwIfCancelled(stream);
            completed = true;
            if (info.durationSec() != null) {
                progress.advance(Math.round(info.durationSec() * 1000));
            }
        } finally {
            stopDecoding(decoder);
            progress.finish(completed);
        }
        AnalyzerSet.Summaries summaries = analyzers.finish();
        double processingSec = (System.nanoTime() - start) / 1e9;
        notes(assembler, info, reader, analyzers.asList(), pipeline.failures(), request);
        AnalysisInfo analysis = new AnalysisInfo(request.fps(), request.windowSec(),
                streams.video() ? reader.framesSampled() : 0,
                reader.framesUnreadable(), reader.framesLost(),
                Rounding.round(reader.decodedEndSec(), 3), Rounding.round(processingSec, 3), models.used(request.poseModel()));
        return assembler.build(summaries, analysis);
    }

    /** The reader must not be closed while the decode thread may still be inside FFmpeg. */
    private static void stopDecoding(ExecutorService decoder) {
        decoder.shutdownNow();
        try {
            if (!decoder.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("the decoder did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Models load here on first use: a cancelled stream loads no further model. */
    private AnalyzerSet createAnalyzers(UsableStreams streams, AnalysisRequest request, RunningStream stream) {
        FaceAnalyzer face = null;
        PoseAnalyzer pose = null;
        VoiceAnalyzer voice = null;
        SpeechAnalyzer speech = null;
        if (streams.video()) {
            face = new FaceAnalyzer(models.face(), settings.face());
            throwIfCancelled(stream);
            pose = new PoseAnalyzer(models.pose(request.poseModel()), settings.pose());
        }
        throwIfCancelled(stream);
        if (streams.audio()) {
            voice = new VoiceAnalyzer(models.vad(), settings.voice());
        }
        throwIfCancelled(stream);
        if (streams.audio() || request.transcript() != null) {
            speech = SpeechAnalyzer.create(request.transcript() != null ? null : models.vosk().orElse(null),
                    request.transcript(), request.question(), settings.speech());
        }
        return new AnalyzerSet(face, pose, voice, speech);
    }

    private static void notes(ReportAssembler assembler, MediaInfo info, MediaReader reader,
            List<StreamAnalyzer<?, ?>> analyzers, int[] failures, AnalysisRequest request) {
        if (!info.hasVideo()) {
            assembler.note("No video stream: face and posture were not analysed.");
        }
        if (!info.hasAudio()) {
            assembler.note("No audio stream: voice was not analysed"
                    + (request.transcript() == null ? " and there is nothing to transcribe." : "."));
        }
        MediaNotes.of(info, reader).forEach(assembler::note);
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] > 0) {
                failed.add(analyzers.get(i).getClass().getSimpleName() + " failed on " + failures[i] + " windows");
            }
        }
        if (!failed.isEmpty()) {
            assembler.note(String.join("; ", failed) + " (those windows have no values from it).");
        }
    }

}
