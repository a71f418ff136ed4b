package io.interviewcoach.live.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.AnalysisSession;
import io.interviewcoach.analysis.ReportAssembler;
import io.interviewcoach.analysis.StreamSpec;
import io.interviewcoach.analysis.TimelineReport;
import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.Limits;
import io.interviewcoach.live.protocol.MediaKind;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.protocol.ProtocolException;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.report.Report;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.trace.LogContext;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;

/**
 * One practice session: the client's media, checked on arrival (limits, sequence numbers), decoded off the event loop
 * ({@link IngestQueue}), cut into windows ({@link LiveTimeline}) and analysed by the same {@link AnalysisSession} as
 * `coach analyze`; the results go back as window, answer, warning, cue and status messages, and the report at the end.
 * Survives its socket: messages sent while no socket is attached are lost, the analysis goes on.
 */
public final class LiveSession {
    private static final Logger LOG = Logger.getLogger(LiveSession.class);
    private static final int STATUS_EVERY_WINDOWS = 5;

    enum State { CREATED, STARTED, ENDING, FINISHED }

    private final String id;
    private final String tokenHash;
    private final LiveSettings settings;
    private final LiveContext context;
    private final IngestQueue ingest;
    private final LiveTimeline timeline;
    private final AnswerTracker answers = new AnswerTracker();
    private final WarningMonitor warnings = new WarningMonitor();
    private final FillerCount fillerCount = new FillerCount();
    private final AnalyzerCost cost;
    private final AdaptiveFps fps;
    private final MessageGate gate;
    private final Map<Integer, Long> windowReadyNanos = new ConcurrentHashMap<>();
    private final java.util.Queue<Double> answerStarts = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final MediaCounts counts;

    private volatile State state = State.CREATED;
    private volatile Outbound out;
    private boolean attachedBefore;
    private volatile boolean paused;
    private volatile long lastSampledMs = -1;
    private volatile ObjectNode report;
    /** Set when the server ends the session as it shuts down: the socket is closed so once the report is sent. */
    private volatile CloseReason closeWhenDone;
    private volatile LiveCues cues = LiveCues.NONE;
    private AnalysisSession analysis;
    /** A calibrate message that came before the analysis opened (ingest thread only); NaN when none. */
    private double pendingCalibrationSec = Double.NaN;
    private RunningStream stream;
    private boolean analysisFailed;
    private UnicastProcessor<MediaWindow> windows;
    private int windowsSent;

    LiveSession(String id, String tokenHash, LiveSettings settings, LiveContext context) {
        this.id = id;
        this.tokenHash = tokenHash;
        this.settings = settings;
        this.context = context;
        this.ingest = new IngestQueue(context.decodePool(), 2, id);
        this.timeline = new LiveTimeline(settings, new LiveTimeline.Sink() {
            @Override
            public void window(MediaWindow window, long readyNanos) {
                windowReady(window, readyNanos);
            }

            @Override
            public void ended() {
                inputEnded();
            }
        });
        this.fps = new AdaptiveFps(settings.limits().fps(), settings.minFps(), settings.latencyTarget().toNanos() / 1e9);
        this.gate = new MessageGate(settings.limits());
        this.cost = new AnalyzerCost(context.metrics(), context.cost());
        this.counts = new MediaCounts(context.metrics());
    }

    public String id() {
        return id;
    }

    /** Constant-time comparison, so the time taken says nothing about the token. */
    public boolean tokenMatches(String candidate) {
        return BearerToken.matches(tokenHash, candidate);
    }

    State state() {
        return state;
    }

    public boolean finished() {
        return state == State.FINISHED;
    }

    /** The client sent start and the report is not made yet. */
    public boolean running() {
        State s = state;
        return s == State.STARTED || s == State.ENDING;
    }

    /** Created and never started (a client that has not sent start yet). */
    public boolean notStarted() {
        return state == State.CREATED;
    }

    /** WebSocket close code and reason. */
    public record CloseReason(int code, String reason) {}

    /**
     * Ends the session (as {@link #end}) and closes its socket with {@code close} once the report has been sent, so the
     * client knows the report came from a server that is going away.
     */
    public void endAndClose(String why, CloseReason close) {
        closeWhenDone = close;
        end(why);
    }

    /** Closes the attached socket, if any; the session itself is not changed. */
    public synchronized void closeSocket(CloseReason close) {
        if (out != null && close != null) {
            out.close(close.code(), close.reason());
        }
    }

    /** The final report JSON (with its {@code answers}), null until the session is finished. */
    public ObjectNode report() {
        return report;
    }

    public Limits limits() {
        return settings.limits().withFps(fps.fps());
    }

    /** A socket attached (first connection, or a reconnection within the grace period). */
    public synchronized void attach(Outbound socket) {
        boolean resumed = attachedBefore;
        attachedBefore = true;
        Outbound previous = out;
        out = socket;
        if (previous != null && !previous.equals(socket)) {
            previous.close(4000, "replaced by a newer connection to this session");
        }
        send(new ServerMessage.Ready(id, MediaMessage.VERSION, fps.fps(), resumed, limits()));
        if (report != null) {
            send(new ServerMessage.ReportMessage(report));
        }
    }

    /** The socket went away; true when it was the attached one (the caller then starts the grace period). */
    public synchronized boolean detach(Outbound socket) {
        if (out == null || !out.equals(socket)) {
            return false;
        }
        out = null;
        return true;
    }

    public synchronized boolean attached() {
        return out != null;
    }

    // ---- client messages (called on the event loop: nothing here blocks) ----

    public void onBinary(byte[] bytes) {
        long now = System.nanoTime();
        try {
            if (!gate.admit(now)) {
                context.metrics().protocolError();
                return;
            }
            MediaMessage m = gate.media(bytes);
            if (state != State.STARTED) {
                throw new ProtocolException(ErrorCode.notStarted, null, state == State.CREATED
                        ? "send {\"type\":\"start\"} before media" : "the session has ended; media is no longer analysed");
            }
            long missing = gate.sequence(m);
            if (m.kind() == MediaKind.VIDEO) {
                onFrame(m, now);
            } else {
                onAudio(m, missing, now);
            }
        } catch (ProtocolException e) {
            refuse(e);
        }
    }

    private void onFrame(MediaMessage m, long now) {
        counts.frameReceived();
        if (paused) {
            return;
        }
        // Frames beyond the session's analysis rate are not decoded; 30 % slack absorbs capture jitter.
        double intervalMs = 1000.0 / fps.fps();
        if (lastSampledMs >= 0 && m.timestampMs() - lastSampledMs < 0.7 * intervalMs) {
            dropFrame();
            return;
        }
        lastSampledMs = m.timestampMs();
        ingest.addFrame(() -> timeline.addFrame(m, now, this::dropFrame, this::refuse), this::dropFrame);
    }

    private void onAudio(MediaMessage m, long missing, long now) {
        counts.audioChunkReceived();
        ingest.add(() -> timeline.addAudio(m, missing, now, this::refuse));
    }

    private void dropFrame() {
        counts.frameDropped();
    }

    public void onText(String text) {
        try {
            if (gate.admit(System.nanoTime())) {
                control(ControlMessage.parse(text));
            } else {
                context.metrics().protocolError();
            }
        } catch (ProtocolException e) {
            refuse(e);
        }
    }

    private void control(ControlMessage c) {
        if (c.type() == ControlMessage.Type.start) {
            synchronized (this) {
                if (state != State.CREATED) {
                    throw new ProtocolException(ErrorCode.malformed, null, "the session has already started");
                }
                cues = context.cues().create(c.focus());
                state = State.STARTED;
            }
            LOG.infof("session %s: started (focus %s)", id, c.focus() == null ? "all cues" : c.focus());
            context.journal().started(id, c.focus());
            return;
        }
        if (c.type() == ControlMessage.Type.end) {
            end("the client ended it");
            return;
        }
        if (state != State.STARTED) {
            throw new ProtocolException(ErrorCode.notStarted, null, state == State.CREATED
                    ? "send {\"type\":\"start\"} first" : "the session has ended");
        }
        switch (c.type()) {
            case question -> ingest.add(() -> {
                double t = timeline.mediaTimeSec();
                answers.begin(c.questionId(), t);
                answerStarts.add(t);
            });
            case answerFinished -> ingest.add(() -> answers.end(timeline.mediaTimeSec()));
            case pause -> {
                paused = true;
                ingest.add(timeline::pause);
            }
            case resume -> {
                paused = false;
                ingest.add(timeline::resume);
            }
            case calibrate -> ingest.add(this::calibrate);
            default -> throw new IllegalStateException(c.type().name());
        }
    }

    /**
     * The candidate looks at the camera now: the face analyzer takes its per-user baseline over the next
     * calibration span (docs/adr/0008-per-user-baseline.md); the report's metrics.face.baseline says whether it held.
     * Asked before the first window (the analysis opens with it), it is kept and applied when the analysis opens.
     */
    private void calibrate() {
        double at = timeline.mediaTimeSec();
        if (analysis == null && !analysisFailed) {
            pendingCalibrationSec = at;
            return;
        }
        applyCalibration(at);
    }

    private void applyCalibration(double at) {
        FaceAnalyzer face = analysis == null ? null : analysis.faceAnalyzer();
        if (face == null) {
            send(new ServerMessage.Warning("calibrationUnavailable", analysisFailed
                    ? "No calibration: the analysis is not running."
                    : "No calibration: this session has no video to take the candidate's look from.", at));
            return;
        }
        face.calibrateFrom(at);
        LOG.infof("session %s: calibrating from %.1f s", id, at);
    }

    /** Ends the input: the windows still open are analysed, then the report is sent. Idempotent. */
    public void end(String why) {
        synchronized (this) {
            if (state == State.ENDING || state == State.FINISHED) {
                return;
            }
            state = State.ENDING;
        }
        LOG.infof("session %s: ending (%s)", id, why);
        ingest.add(timeline::finish);
    }

    private void refuse(ProtocolException e) {
        context.metrics().protocolError();
        send(new ServerMessage.Error(e.code(), e.limit(), e.getMessage()));
    }

    // ---- analysis (window results arrive in order on an inference thread) ----

    /** On the ingest thread: the analysis opens with the first window, when the frame size is known. */
    private void windowReady(MediaWindow window, long readyNanos) {
        if (analysisFailed || (windows == null && !openAnalysis())) {
            return;
        }
        windowReadyNanos.put(window.index(), readyNanos);
        windows.onNext(window);
    }

    private void inputEnded() {
        if (analysisFailed || (windows == null && !openAnalysis())) {
            state = State.FINISHED;
            context.journal().finished(id, null);
            context.finished(this);
            closeIfAsked();
            return;
        }
        windows.onComplete();
    }

    private boolean openAnalysis() {
        try {
            stream = context.streams().open("live session " + id);
            StreamSpec spec = new StreamSpec(timeline.mediaInfo("live session " + id), true, true, settings.limits().fps(),
                    settings.limits().windowSec(), settings.poseModel(), null, null, settings.analyzerDeadline());
            analysis = context.factory().open(spec, stream);
            if (!Double.isNaN(pendingCalibrationSec)) {
                applyCalibration(pendingCalibrationSec);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "session %s: the analysis could not start", id);
            send(new ServerMessage.Warning("analysisUnavailable", "The analysis could not start: " + e.getMessage(),
                    timeline.mediaTimeSec()));
            if (stream != null) {
                stream.close();
            }
            analysisFailed = true;
            state = State.ENDING;
            ingest.add(timeline::finish);
            return false;
        }
        windows = UnicastProcessor.create();
        analysis.process(windows).subscribe().with(LogContext.inSession(id, this::onResults),
                LogContext.inSession(id, this::onAnalysisFailure), LogContext.inSession(id, this::onAnalysisDone));
        return true;
    }

    /** A failure here must not end the stream (Mutiny cancels a subscription whose consumer throws). */
    private void onResults(WindowResults r) {
        try {
            sendWindow(r);
        } catch (RuntimeException e) {
            LOG.errorf(e, "session %s: window %d could not be reported", id, r.window().index());
        }
    }

    private void sendWindow(WindowResults r) {
        Integer fillers = fillerCount.add(r);
        ServerMessage.Window message = new ServerMessage.Window(r.window().index(), Rounding.round(r.startSec(), 3),
                Rounding.round(r.endSec(), 3), WindowMetricsMapper.of(r, fillerCount.total()));
        send(message);
        context.journal().window(id, message,
                new TimelineReport.Window(ReportAssembler.entry(r), r.window().frames().size()));
        Long ready = windowReadyNanos.remove(r.window().index());
        long latency = ready == null ? 0 : System.nanoTime() - ready;
        context.metrics().windowLatency(latency);
        counts.framesAnalyzed(r.window().frames().size());
        cost.afterWindow(analysis, settings.limits().windowSec(), settings.limits().fps() / (double) fps.fps());
        boolean fpsChanged = fps.onLatency(latency / 1e9);
        if (fpsChanged) {
            LOG.infof("session %s: analysis rate now %d fps (window latency %.2f s)", id, fps.fps(), latency / 1e9);
        }
        answers.onWindow(r, fillers).forEach(this::sendAnswer);
        warnings.check(r).forEach(this::send);
        // The cues hear of a new answer on this thread, just before its first window.
        for (Double start = answerStarts.peek(); start != null && r.startSec() >= start - 1e-9; start = answerStarts.peek()) {
            answerStarts.poll();
            cues.newAnswer();
        }
        cues.onWindow(r).ifPresent(c -> {
            send(c);
            context.metrics().cueSent();
        });
        windowsSent++;
        if (fpsChanged || windowsSent % STATUS_EVERY_WINDOWS == 0) {
            send(status());
        }
    }

    public ServerMessage.Status status() {
        return counts.status(fps.fps(), timeline);
    }

    private void onAnalysisFailure(Throwable e) {
        LOG.errorf(e, "session %s: the analysis stopped", id);
        onAnalysisDone();
    }

    private void onAnalysisDone() {
        boolean journaled = false;
        try {
            double mediaEnd = timeline.mediaTimeSec();
            answers.finishAll(mediaEnd).forEach(this::send);
            Report r = analysis.finish(counts.capture(timeline, mediaEnd));
            ObjectNode json = (ObjectNode) ReportJson.toTree(r);
            json.set("answers", ProtocolJson.mapper().valueToTree(answers.sections()));
            report = json;
            // The stores hear of the report before the client does, so a client that reads it back finds it.
            context.journal().finished(id, json);
            journaled = true;
            send(status());
            send(new ServerMessage.ReportMessage(json));
            LOG.infof("session %s: finished, %d windows, %d frames analysed, %d dropped", id, windowsSent,
                    counts.analyzed(), counts.dropped());
        } catch (RuntimeException e) {
            LOG.errorf(e, "session %s: the report could not be built", id);
        } finally {
            state = State.FINISHED;
            if (!journaled) {
                context.journal().finished(id, null);
            }
            analysis.close();
            stream.close();
            context.finished(this);
            closeIfAsked();
        }
    }

    private void closeIfAsked() {
        CloseReason close = closeWhenDone;
        if (close != null) {
            closeSocket(close);
        }
    }

    private void sendAnswer(ServerMessage.Answer answer) {
        send(answer);
        context.journal().answer(id, answer);
    }

    private void send(ServerMessage m) {
        Outbound o = out;
        if (o != null) {
            o.send(m);
        }
    }
}
