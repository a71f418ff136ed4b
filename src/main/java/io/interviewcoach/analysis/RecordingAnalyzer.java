package io.interviewcoach.analysis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.interviewcoach.console.Progress;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.UsableStreams;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.report.Report;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.smallrye.mutiny.Multi;

/**
 * Analyses a recording: decodes it window by window (memory stays flat) and feeds the windows to an
 * {@link AnalysisSession}, the same class a live session uses.
 */
public final class RecordingAnalyzer {
    private static final Logger LOG = Logger.getLogger(RecordingAnalyzer.class);
    private final AnalysisSessionFactory sessions;

    public RecordingAnalyzer(AnalysisSessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Analyses the recording; {@code progress} hears milliseconds of media done. */
    public Report analyze(AnalysisRequest request, Progress progress) {
        return analyze(request, progress, RunningStream.detached(request.file().toString()), r -> { });
    }

    /**
     * Analyses the recording as {@code stream}; {@code onWindow} sees each window's results as they come (the
     * command line draws the overlay video from them). Once the stream is cancelled, reading stops, the windows in
     * flight finish and this throws {@link AnalysisCancelledException} after every decoder and analyzer it opened
     * is closed (no thread of this analysis is then inside native code).
     */
    public Report analyze(AnalysisRequest request, Progress progress, RunningStream stream,
            Consumer<WindowResults> onWindow) {
        ReadOptions readOptions = new ReadOptions(request.fps(), request.windowSec(), true, true, request.maxFrameSide(),
                request.audioTrack());
        try (MediaReader reader = MediaReader.open(request.file(), readOptions)) {
            MediaInfo info = reader.info();
            UsableStreams streams = UsableStreams.of(info, reader.stillImage());
            TranscriptFiles.requireWithin(request.transcript(), info.durationSec(), info.file(),
                    sessions.settings().speech().transcriptEndToleranceSec());
            AnalysisSessionFactory.throwIfCancelled(stream);
            StreamSpec spec = new StreamSpec(info, streams.video(), streams.audio(), request.fps(), request.windowSec(),
                    request.poseModel(), request.transcript(), request.question(), null);
            try (AnalysisSession session = sessions.open(spec, stream)) {
                AnalysisSessionFactory.throwIfCancelled(stream);
                streams.notes().forEach(session::note);
                if (request.transcript() != null) {
                    request.transcript().notes().forEach(session::note);
                }
                read(session, reader, info, progress, stream, onWindow);
                notes(session, info, reader, request);
                return session.finish(new CaptureCounts(streams.video() ? reader.framesSampled() : 0,
                        reader.framesUnreadable(), reader.framesLost(), reader.decodedEndSec()));
            }
        }
    }

    private static void read(AnalysisSession session, MediaReader reader, MediaInfo info, Progress progress,
            RunningStream stream, Consumer<WindowResults> onWindow) {
        ExecutorService decoder = WorkerThreads.single("decode");
        progress.start(info.file(), info.durationSec() == null ? -1 : Math.round(info.durationSec() * 1000));
        boolean completed = false;
        try {
            Multi<MediaWindow> windows = Multi.createFrom().iterable(reader::windows).runSubscriptionOn(decoder);
            session.process(windows)
                    .onItem().invoke(results -> {
                        onWindow.accept(results);
                        progress.advance(Math.round(results.endSec() * 1000));
                    })
                    .collect().last()
                    .await().indefinitely();
            AnalysisSessionFactory.throwIfCancelled(stream);
            completed = true;
            if (info.durationSec() != null) {
                progress.advance(Math.round(info.durationSec() * 1000));
            }
        } finally {
            stopDecoding(decoder);
            progress.finish(completed);
        }
    }

    /** The reader must not be closed while the decode thread may still be inside FFmpeg. */
    private static void stopDecoding(ExecutorService decoder) {
        decoder.shutdownNow();
        try {
            if (!decoder.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("the decoder did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void notes(AnalysisSession session, MediaInfo info, MediaReader reader, AnalysisRequest request) {
        if (!info.hasVideo()) {
            session.note("No video stream: face and posture were not analysed.");
        }
        if (!info.hasAudio()) {
            session.note("No audio stream: voice was not analysed"
                    + (request.transcript() == null ? " and there is nothing to transcribe." : "."));
        }
        MediaNotes.of(info, reader).forEach(session::note);
    }
}
