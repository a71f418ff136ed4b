package io.interviewcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.interviewcoach.analysis.AnalysisBeans;
import io.interviewcoach.analysis.AnalysisCancelledException;
import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.RecordingAnalyzer;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.console.Progress;
import io.interviewcoach.console.ProgressBar;
import io.interviewcoach.face.FaceSettings;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.ModelLoadException;
import io.interviewcoach.media.MediaException;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.overlay.OverlayLayers;
import io.interviewcoach.overlay.OverlayWriter;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.Report;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.report.html.HtmlReportWriter;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.content.Question;
import io.interviewcoach.speech.content.QuestionBank;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.speech.transcript.TranscriptFormatException;
import io.interviewcoach.speech.transcript.TranscriptMismatchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse a recorded interview answer (any file FFmpeg reads: mp4, mov, webm, mkv, wav, flac, mp3, m4a…)",
                "and print a summary; --json, --html and --overlay write the full report and an annotated video.",
                "Exit codes: 0 ok, 1 internal error, 2 usage (incl. an output that would overwrite the input or another output),",
                "3 unusable input, 4 model missing or damaged (the message gives the `coach models pull` command), 5 output not written,",
                "130 interrupted (Ctrl+C), 143 terminated (SIGTERM): no output is written then."})
public class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording to analyse.")
    Path file;

    @Option(names = "--fps", paramLabel = "N", description = "Video frames analysed per second (default: coach.analysis.fps, 10).")
    Double fps;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON (docs/report-schema.md).")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
    Path html;

    @Option(names = "--overlay", paramLabel = "FILE", description = "Write the analysed frames with landmarks, gaze and per-second scores drawn on them (mp4).")
    Path overlay;

    @Option(names = "--transcript", paramLabel = "FILE", description = "Use this transcript with timings (WebVTT .vtt, SRT .srt, or a JSON word list) instead of speech recognition.")
    Path transcript;

    @Option(names = "--question", paramLabel = "ID", description = "The question being answered (an id from the question bank: see docs/question-bank.md); enables relevance and STAR scoring.")
    String questionId;

    @Option(names = "--pose-model", paramLabel = "lite|full", description = "BlazePose landmark model (default from coach.analysis.pose-model: lite).")
    String poseModel;

    @Option(names = "--baseline-sec", paramLabel = "N", description = "Judge eye contact against the candidate's own neutral look, "
            + "taken over the first N seconds with a face (look at the screen as you would while answering; up to 30 s). "
            + "Default: no baseline (docs/scoring.md, per-user baseline).")
    Double baselineSec;

    @Option(names = "--audio-track", paramLabel = "N", description = "Analyse the file's N-th audio track (1 = the first; default: the track flagged default, else the first).")
    Integer audioTrack;

    @Option(names = "--models-dir", paramLabel = "DIR", description = "Models folder (default: coach.models.dir or ~/.cache/interview-coach/models).")
    Path modelsDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Inject
    CoachConfig config;

    @Inject
    ModelStoreLocator locator;

    @Inject
    StreamRegistry streams;

    @Inject
    AnalyzerModels defaultModels;

    @Inject
    @Named(AnalysisBeans.INFERENCE_POOL)
    ExecutorService inferencePool;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalysisRequest request;
        AnalyzerSettings settings;
        try {
            settings = AnalyzerSettings.from(config);
        } catch (IllegalArgumentException e) {
            err.println("coach analyze: invalid configuration: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            settings = withBaseline(settings);
            request = request(settings);
        } catch (IllegalArgumentException e) {
            err.println("coach analyze: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (TranscriptFormatException e) {
            err.println("coach analyze: cannot use transcript: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            MediaReader.checkReadable(file); // before output folders are created for nothing
            OutputTargets.check(file, List.of(new OutputTargets.Target("--json", json),
                    new OutputTargets.Target("--html", html), new OutputTargets.Target("--overlay", overlay)));
        } catch (MediaException e) {
            err.println("coach analyze: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (OutputTargets.Refused e) {
            err.println("coach analyze: " + e.getMessage());
            return e.exitCode();
        }
        RunningStream stream;
        try {
            stream = streams.open("the analysis of " + file);
        } catch (StreamRegistry.ShuttingDownException e) {
            return interrupted(err);
        }
        AnalyzerModels models = null;
        try {
            models = modelsDir == null ? defaultModels
                    : new AnalyzerModels(locator.store(modelsDir), InferencePools.defaultSize());
            RecordingAnalyzer analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, inferencePool, settings));
            Progress progress = quiet ? Progress.NONE
                    : new ProgressBar(err, ProgressBar.stderrLooksInteractive(), ProgressBar.Unit.MEDIA_MILLIS);
            Report report;
            try (OverlayWriter overlayWriter = overlay == null ? null
                    : new OverlayWriter(overlay, request.fps(), OverlayLayers.standard())) {
                report = analyzer.analyze(request, progress, stream,
                        overlayWriter == null ? results -> { } : overlayWriter::accept);
            }
            writeOutputs(report, settings);
            new ReportSummary(report).print(out);
            printOutputs(out, report.media());
            return ExitCodes.OK;
        } catch (AnalysisCancelledException e) {
            deletePartialOverlay();
            return interrupted(err);
        } catch (MediaException e) {
            err.println("coach analyze: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (TranscriptMismatchException e) {
            err.println("coach analyze: cannot use transcript " + transcript.getFileName() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (ModelMissingException | ModelLoadException e) {
            err.println("coach analyze: " + e.getMessage());
            return ExitCodes.MODEL_MISSING;
        } catch (OutputException | OverlayWriter.OverlayException e) {
            err.println("coach analyze: " + e.getMessage());
            return ExitCodes.OUTPUT_FAILED;
        } catch (RuntimeException e) {
            if (stream.cancelled()) { // whatever failed, it failed because the process is stopping
                deletePartialOverlay();
                return interrupted(err);
            }
            err.println("coach analyze: internal error: " + e);
            return ExitCodes.INTERNAL;
        } finally {
            if (models != null && models != defaultModels) {
                models.close();
            }
            stream.close(); // last: the process may exit as soon as no stream runs
        }
    }

    /** The overlay video is written as the windows come; cut short, it is not the result that was asked for. */
    private void deletePartialOverlay() {
        if (overlay != null) {
            try {
                Files.deleteIfExists(overlay);
            } catch (IOException | RuntimeException e) {
                // the interrupted line already says the results are not complete
            }
        }
    }

    /** Ctrl+C or SIGTERM: one line; the JVM exits with 130 or 143 once the stream has closed. */
    private static int interrupted(PrintWriter err) {
        err.println("coach analyze: interrupted: partial results not written");
        err.flush();
        return ExitCodes.INTERRUPTED;
    }

    private AnalyzerSettings withBaseline(AnalyzerSettings s) {
        if (baselineSec == null) {
            return s;
        }
        if (!(baselineSec > 0 && baselineSec <= FaceSettings.MAX_CALIBRATION_SEC)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--baseline-sec must be above 0 and at most %.0f, got %s",
                    FaceSettings.MAX_CALIBRATION_SEC, baselineSec));
        }
        return new AnalyzerSettings(s.face().withBaselineSec(baselineSec), s.pose(), s.voice(), s.speech(), s.fusion());
    }

    private AnalysisRequest request(AnalyzerSettings settings) {
        double rate = fps != null ? fps : config.analysis().fps();
        if (!(rate > 0 && rate <= 60)) {
            throw new IllegalArgumentException("--fps must be between 0 and 60, got " + rate);
        }
        PoseModels.Variant variant = PoseModels.Variant.parse(poseModel != null ? poseModel : config.analysis().poseModel());
        if (audioTrack != null && audioTrack < 1) {
            throw new IllegalArgumentException("--audio-track counts from 1, got " + audioTrack);
        }
        Transcript t = transcript == null ? null : TranscriptFiles.load(transcript, settings.speech().maxTranscriptBytes());
        Question q = null;
        if (questionId != null) {
            QuestionBank bank = config.questions().files().map(QuestionBank::fromFiles).orElseGet(QuestionBank::builtIn);
            q = bank.byId(questionId).orElseThrow(() -> new IllegalArgumentException("unknown question '" + questionId
                    + "'; known: " + String.join(", ", bank.all().stream().map(Question::id).toList())));
        }
        return new AnalysisRequest(file, rate, config.analysis().windowSec(), config.analysis().maxFrameSide(), variant,
                t, q, audioTrack);
    }

    private void writeOutputs(Report report, AnalyzerSettings settings) {
        try {
            if (json != null) {
                ReportJson.write(report, json);
            }
            if (html != null) {
                new HtmlReportWriter(settings.fusion()).write(ReportJson.toTree(report), html);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write the report: " + e.getMessage());
        }
    }

    private void printOutputs(PrintWriter out, MediaInfo media) {
        for (Path p : new Path[] {json, html}) {
            if (p != null) {
                out.println(String.format(Locale.ROOT, "wrote %s", p));
            }
        }
        if (overlay != null) {
            out.println(overlayOutcome(media));
        }
        out.flush();
    }

    /** Audio-only or tiny input gives no overlay video; say so instead of claiming a file that is not there. */
    private String overlayOutcome(MediaInfo media) {
        MediaInfo.VideoInfo video = media.video();
        if (video == null) {
            return "No overlay written: " + file + " has no video stream, so there are no frames to draw on.";
        }
        if (!OverlayWriter.canWrite(video.width(), video.height())) {
            return String.format(Locale.ROOT, "No overlay written: %s is %dx%d pixels, and an overlay video needs at "
                    + "least %dx%d.", file, video.width(), video.height(), OverlayWriter.MIN_SIDE, OverlayWriter.MIN_SIDE);
        }
        if (!Files.isRegularFile(overlay)) {
            return "No overlay written: no video frame of " + file + " could be decoded.";
        }
        return "wrote " + overlay;
    }

    static final class OutputException extends RuntimeException {
        OutputException(String message) {
            super(message);
        }
    }
}
