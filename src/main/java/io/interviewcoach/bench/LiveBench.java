package io.interviewcoach.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.interviewcoach.inference.BatchStats;
import io.interviewcoach.inference.Batcher;
import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.cli.ExitCodes;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.inference.ModelLoadException;
import io.interviewcoach.live.client.LiveReplayClient;
import io.interviewcoach.live.client.ReplayMedia;
import io.interviewcoach.live.client.ReplayResult;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.ReportJson;
import io.quarkus.vertx.http.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `bench live`: replays a real clip over N concurrent live sockets at real-time pace (JPEG frames and PCM16 audio,
 * as a browser sends them) against this process's own server or another one, and reports window latency, frames and
 * audio sent/analysed/dropped, CPU use, and the session count the raw model time allows.
 */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Live service under load: N sessions stream a real clip (looped) at real-time pace over their own "
                + "sockets; prints p50/p95/p99 latency (window end -> window message received), frames sent/analysed/"
                + "dropped, audio chunks sent/dropped, audio lag, CPU use, cues, and the limit "
                + "cores / (raw model time per frame x fps) with the ratio of N to it.",
                "Without --url the server runs inside this process on a free port of 127.0.0.1, and the device the ONNX "
                + "models run on (coach.inference.device) and the mean batch size of each load are printed too.",
                "The bar (issue 8): p95 <= 0.5 s, no audio dropped, video drop <= 5 %%, the server keeping the frame rate."})
public class LiveBench implements Callable<Integer> {
    static final int AUDIO_CHUNK_MS = 100;
    static final int COST_FRAMES = 40;
    static final int FIND_MAX_CAP = 64;

    @Option(names = "--sessions", paramLabel = "N", description = "Concurrent sessions (default: ${DEFAULT-VALUE}).")
    int sessions = 1;

    @Option(names = "--fps", paramLabel = "F", description = "Video frames per second each session sends, a whole number; the in-process "
            + "server also analyses at this rate (coach.live.fps) (default: ${DEFAULT-VALUE}).")
    int fps = 10;

    @Option(names = "--media", paramLabel = "FILE", description = "Clip to replay, looped when shorter than --seconds (default: ${DEFAULT-VALUE}).")
    Path media = Path.of("..", "shared", "media", "d9.mp4");

    @Option(names = "--seconds", paramLabel = "S", description = "Seconds each session streams (default: ${DEFAULT-VALUE}).")
    double seconds = 30;

    @Option(names = "--warmup", paramLabel = "S", description = "Seconds one session streams first, not counted: models load and code "
            + "warms up (default: ${DEFAULT-VALUE}; 0: none).")
    double warmupSeconds = 5;

    @Option(names = "--url", paramLabel = "URL", description = "A running server to target, e.g. http://127.0.0.1:8080 (default: start one in this process).")
    URI url;

    @Option(names = "--find-max", description = "Step N up (1, 2, 4, 6, 8, ...) until the bar is missed and report the largest N that held it "
            + "(--sessions is then ignored; --json gets that run's figures).")
    boolean findMax;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON: sessions, fps, seconds, p50LatencySec, p95LatencySec, "
            + "p99LatencySec, framesSent, framesAnalyzed, framesDropped, audioChunksSent, audioChunksDropped, cuesSent, limitSessions, cpuCores.")
    Path json;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Write each session's final report JSON there (session-I.json; with --find-max n<N>-session-I.json).")
    Path reportDir;

    @Spec
    CommandSpec spec;

    @Inject
    CoachConfig config;

    @Inject
    AnalyzerModels models;

    @Inject
    Instance<HttpServer> httpServer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String usage = usageProblem();
        if (usage != null) {
            return fail(usage, ExitCodes.USAGE);
        }
        PoseModels.Variant variant;
        AnalyzerSettings settings;
        try {
            variant = PoseModels.Variant.parse(config.analysis().poseModel());
            settings = AnalyzerSettings.from(config);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), ExitCodes.USAGE);
        }
        URI target;
        try {
            target = url != null ? url : localServer();
        } catch (IllegalStateException e) {
            return fail(e.getMessage(), ExitCodes.INTERNAL);
        }
        ReplayMedia replay;
        Double limit;
        try {
            replay = ReplayMedia.decode(media, fps, AUDIO_CHUNK_MS);
            out.println(String.format(Locale.ROOT, "bench live: %s (%.1f s, looped) at %d fps for %.0f s per session after %.0f s of warm-up, %s, server %s, %d cores",
                    media.getFileName(), replay.durationMs() / 1000.0, fps, seconds, warmupSeconds, variant.spec().id(),
                    url != null ? url : target + " (in this process)", Runtime.getRuntime().availableProcessors()));
            if (url == null) {
                out.println(InferenceReport.deviceLine());
            }
            limit = measureLimit(out, variant, settings);
        } catch (RuntimeException e) {
            return fail(e.getMessage(), BenchFailure.exitCode(e));
        }
        LiveReplayClient client = new LiveReplayClient(target);
        LiveReplayClient.Options options = new LiveReplayClient.Options(fps, List.of(), Duration.ofSeconds(Math.max(60, Math.round(seconds))));
        if (warmupSeconds > 0) {
            LiveLoad warmup = LiveLoad.run(client, replay, 1, warmupSeconds, options);
            if (!warmup.failures().isEmpty()) {
                return fail("warm-up: " + warmup.failures().get(0), ExitCodes.INTERNAL);
            }
        }
        out.println();
        out.println(LiveTable.HEADER);
        out.flush();
        List<LiveRun> runs = new ArrayList<>();
        LiveRun chosen = null;
        for (int n : findMax ? steps() : List.of(sessions)) {
            Map<String, Batcher.BatchCounts> batchesBefore = BatchStats.snapshot();
            LiveLoad load = LiveLoad.run(client, replay, n, seconds, options);
            if (runs.isEmpty() && load.results().isEmpty()) {
                return fail(load.failures().get(0), ExitCodes.INTERNAL);
            }
            LiveRun run = LiveRun.of(load, fps, seconds, limit, LiveBar.ISSUE_8);
            runs.add(run);
            out.println(LiveTable.row(run));
            out.print(LiveTable.messages(run));
            if (url == null) {
                out.println(InferenceReport.batchLine(batchesBefore, BatchStats.snapshot()));
            }
            run.misses().forEach(m -> out.println("    missed: " + m));
            out.flush();
            if (run.held() || chosen == null) {
                chosen = run;
            }
            if (findMax && !run.held()) {
                break;
            }
        }
        out.println();
        out.println(LiveTable.summary(chosen, findMax, runs.stream().anyMatch(LiveRun::held)));
        out.flush();
        try {
            write(runs, chosen);
        } catch (IOException e) {
            return fail("cannot write " + e.getMessage(), ExitCodes.OUTPUT_FAILED);
        }
        LiveLoad first = runs.get(0).load();
        if (first.results().stream().allMatch(r -> r.report() == null)) {
            // not even the lightest load got through: the service is broken, not slow
            return fail(first.failures().isEmpty() ? "no session got its report" : first.failures().get(0), ExitCodes.INTERNAL);
        }
        return ExitCodes.OK;
    }

    /**
     * The limit from the raw model time per frame, measured here as `bench vision` does. Against another server
     * (--url) the models may be missing on this machine: the limit is then unknown, not a reason to stop.
     */
    private Double measureLimit(PrintWriter out, PoseModels.Variant variant, AnalyzerSettings settings) {
        VisionFrameCost cost;
        try {
            cost = VisionFrameCost.measure(models, settings, variant, VisionFrameCost.decode(media, fps, COST_FRAMES), fps);
        } catch (ModelMissingException | ModelLoadException e) {
            if (url == null) {
                throw e;
            }
            out.println("limit not measured: " + e.getMessage());
            return null;
        }
        Double limit = limitSessions(cost.sumOfModelP50Ms(), fps);
        out.println(String.format(Locale.ROOT, "raw model CPU time per frame (bench vision: sum of model p50 x calls/frame) %.2f ms"
                + " -> limit = %d cores / (%.4f s x %d fps) = %.2f sessions%s", cost.sumOfModelP50Ms(),
                Runtime.getRuntime().availableProcessors(), cost.sumOfModelP50Ms() / 1000, fps, limit,
                url != null ? " (measured on this machine)" : ""));
        return limit;
    }

    /** cores / (raw model seconds per frame x fps): how many sessions the models alone leave room for. */
    static Double limitSessions(double modelMsPerFrame, int fps) {
        if (!(modelMsPerFrame > 0)) {
            return null;
        }
        return Runtime.getRuntime().availableProcessors() / (modelMsPerFrame / 1000 * fps);
    }

    /** 1, 2, 4, 6, 8, ... */
    static List<Integer> steps() {
        List<Integer> steps = new ArrayList<>(List.of(1, 2));
        for (int n = 4; n <= FIND_MAX_CAP; n += 2) {
            steps.add(n);
        }
        return steps;
    }

    String usageProblem() {
        if (sessions < 1) {
            return "--sessions must be at least 1, got " + sessions;
        }
        if (fps < 1 || fps > 30) {
            return "--fps must be between 1 and 30, got " + fps;
        }
        if (!(seconds >= 1 && seconds <= 3600)) {
            return "--seconds must be between 1 and 3600, got " + seconds;
        }
        if (!(warmupSeconds >= 0 && warmupSeconds <= 600)) {
            return "--warmup must be between 0 and 600 seconds, got " + warmupSeconds;
        }
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            return "--url must be an http:// or https:// address of the server, got " + url;
        }
        if (!Files.isRegularFile(media)) {
            return "no such media file: " + media;
        }
        return null;
    }

    private URI localServer() {
        if (!httpServer.isResolvable() || httpServer.get().getPort() <= 0) {
            throw new IllegalStateException("the in-process server is not listening; start `coach serve` and pass --url");
        }
        return URI.create("http://127.0.0.1:" + httpServer.get().getPort() + "/");
    }

    private void write(List<LiveRun> runs, LiveRun chosen) throws IOException {
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ReportJson.mapper().writeValue(json.toFile(), chosen.figures());
        }
        if (reportDir == null) {
            return;
        }
        Files.createDirectories(reportDir);
        for (LiveRun run : runs) {
            List<ReplayResult> results = run.load().results();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).report() != null) {
                    String name = (findMax ? "n" + run.load().sessions() + "-" : "") + "session-" + (i + 1) + ".json";
                    ReportJson.mapper().writeValue(reportDir.resolve(name).toFile(), results.get(i).report());
                }
            }
        }
    }

    private int fail(String message, int code) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("bench live: " + message);
        err.flush();
        return code;
    }
}
