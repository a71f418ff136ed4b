package io.interviewcoach.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.analysis.AnalysisBeans;
import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.analysis.RecordingAnalyzer;
import io.interviewcoach.cli.ExitCodes;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.console.Progress;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.session.store.SessionStore;
import io.interviewcoach.storage.DatabaseDefault;
import io.quarkus.vertx.http.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `bench api`: stored report reads under a fixed request rate from a second process, against a trivial endpoint
 * measured the same way in the same run.
 */
@Command(name = "api", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Report reads under load: GET /api/sessions/{id}/report of random stored sessions (each with its "
                + "token) at a fixed rate, sent by a load client in a second process (a child JVM) on an open loop: each "
                + "request leaves at its due time whatever the earlier ones are doing, and its latency counts from "
                + "that due time. The same load on a trivial endpoint (--baseline) first gives the ratio.",
                "Prints requests, rate of good answers achieved, p50/p90/p99/max latency, the server's CPU time per "
                + "request (in process only) and errors by status for both, the ratios, and the target (issue 9): "
                + "p99 <= 50 ms at 200 requests/s with 1,000 stored reports. Exit code 1 when a request failed or a "
                + "body was not the stored report of the session asked for.",
                "The reports are seeded once through the session store as the live service writes them (a real "
                + "analysis of --media, or --report), one owner tagged by the secret in --seed-file; reruns reuse them.",
                "Without --url the server runs inside this process on a free port of 127.0.0.1; with --url this "
                + "process seeds the database configured in quarkus.datasource.reactive.url, which must be the server's."})
public class ApiBench implements Callable<Integer> {
    static final double TARGET_P99_MS = 50;
    static final String DEFAULT_BASELINE = "/q/health/live";

    @Option(names = "--reports", paramLabel = "N", description = "Stored reports to read from (default: ${DEFAULT-VALUE}).")
    int reports = 1000;

    @Option(names = "--rate", paramLabel = "R", description = "Requests per second, held on an open loop (default: ${DEFAULT-VALUE}).")
    double rate = 200;

    @Option(names = "--seconds", paramLabel = "S", description = "Seconds each measured phase lasts (default: ${DEFAULT-VALUE}).")
    double seconds = 30;

    @Option(names = "--warmup", paramLabel = "S", description = "Seconds of uncounted report reads first (default: ${DEFAULT-VALUE}; 0: none).")
    double warmupSeconds = 5;

    @Option(names = "--url", paramLabel = "URL", description = "A running server to target, e.g. http://127.0.0.1:8080 (default: start one in this process).")
    URI url;

    @Option(names = "--baseline", paramLabel = "PATH", description = "The trivial endpoint the ratio is taken against (default: ${DEFAULT-VALUE}).")
    String baseline = DEFAULT_BASELINE;

    @Option(names = "--media", paramLabel = "FILE", description = "Recording analysed once to make the stored report, when reports must be seeded (default: ${DEFAULT-VALUE}).")
    Path media = Path.of("..", "shared", "media", "d9.mp4");

    @Option(names = "--report", paramLabel = "FILE", description = "Store this `analyze --json` report instead of analysing --media.")
    Path reportFile;

    @Option(names = "--seed-file", paramLabel = "FILE", description = "The seed's secret, made on first use "
            + "(default: bench-api-seed beside the embedded database's folder, e.g. ~/.local/share/interview-coach/bench-api-seed).")
    Path seedFile;

    @Option(names = "--fresh", description = "Delete this seed's sessions and store new ones.")
    boolean fresh;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON: reports, rate, seconds, report and baseline "
            + "(each: endpoint, requests, ok, achievedRate, p50Ms, p90Ms, p99Ms, maxMs, errors, serverCpuMsPerRequest), p50Ratio, p99Ratio, "
            + "cpuRatio, targetP99Ms, targetHeld, loadAverage, cpuCores.")
    Path json;

    @Spec
    CommandSpec spec;

    @Inject
    CoachConfig config;

    @Inject
    AnalyzerModels models;

    @Inject
    @Named(AnalysisBeans.INFERENCE_POOL)
    ExecutorService inferencePool;

    @Inject
    StreamRegistry streams;

    @Inject
    SessionStore store;

    @Inject
    Instance<HttpServer> httpServer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String usage = usageProblem();
        if (usage != null) {
            return fail(usage, ExitCodes.USAGE);
        }
        if (url != null && !DatabaseDefault.configured()) {
            return fail("with --url the reports are seeded into the server's database: set quarkus.datasource.reactive.url "
                    + "(e.g. QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/coach) to it", ExitCodes.USAGE);
        }
        ApiSeed seed;
        ApiSeed.Outcome seeded;
        try {
            seed = ApiSeed.open(store, seedFile != null ? seedFile
                    : DatabaseDefault.dataDirectory(System.getenv()).resolveSibling("bench-api-seed"));
            if (fresh) {
                out.println("deleted " + seed.deleteAll() + " sessions of the earlier seed");
            }
            seeded = seed.ensure(reports, this::originalReport);
        } catch (IOException e) {
            return fail("cannot use the seed file: " + e.getMessage(), ExitCodes.OUTPUT_FAILED);
        } catch (RuntimeException e) {
            return fail("seeding failed: " + e.getMessage(), BenchFailure.exitCode(e));
        }
        out.println(String.format(Locale.ROOT, "seed: %d stored reports (%d reused, %d stored now%s)", seeded.targets().size(),
                seeded.reused(), seeded.created(), seeded.created() > 0 ? String.format(Locale.ROOT, " in %.1f s", seeded.seconds()) : ""));
        URI target;
        try {
            target = url != null ? url : localServer();
        } catch (IllegalStateException e) {
            return fail(e.getMessage(), ExitCodes.INTERNAL);
        }
        Double load = loadAverage();
        out.println(String.format(Locale.ROOT, "bench api: GET /api/sessions/{id}/report at %s req/s for %s s after %s s of warm-up, "
                + "baseline GET %s; server %s; load client: a child JVM, open loop; %d cores, load average %s",
                number(rate), number(seconds), number(warmupSeconds), baseline, url != null ? url : target + " (in this process)",
                Runtime.getRuntime().availableProcessors(), load == null ? "unknown" : String.format(Locale.ROOT, "%.2f", load)));
        out.flush();
        ApiLoad.Result result;
        Path work = null;
        try {
            work = Files.createTempDirectory("bench-api");
            result = ApiLoad.run(target, seeded.targets(), phases(), work, System.nanoTime(), url == null);
        } catch (IOException e) {
            return fail(e.getMessage(), ExitCodes.INTERNAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", ExitCodes.INTERRUPTED);
        } finally {
            deleteQuietly(work);
        }
        ApiPhase reportPhase = result.phases().get(ApiLoad.REPORT);
        ApiBenchFigures figures = ApiBenchFigures.of(seeded.targets().size(), rate, seconds, reportPhase,
                result.phases().get("baseline"), TARGET_P99_MS, load);
        out.println();
        out.print(ApiTable.of(figures));
        out.flush();
        try {
            if (json != null) {
                Files.createDirectories(json.toAbsolutePath().getParent());
                ReportJson.mapper().writeValue(json.toFile(), figures);
            }
        } catch (IOException e) {
            return fail("cannot write " + e.getMessage(), ExitCodes.OUTPUT_FAILED);
        }
        String wrong = result.sampleBody() == null ? "no report was read"
                : seed.mismatch(result.sampleSessionId(), result.sampleBody());
        if (wrong != null) {
            return fail(wrong, ExitCodes.INTERNAL);
        }
        if (reportPhase.errorCount() > 0 || figures.baseline().errorCount() > 0) {
            // a read that fails is a broken service, not a slow one
            return fail((reportPhase.errorCount() + figures.baseline().errorCount()) + " requests failed", ExitCodes.INTERNAL);
        }
        return ExitCodes.OK;
    }

    private List<ApiLoad.Phase> phases() {
        List<ApiLoad.Phase> phases = new ArrayList<>();
        if (warmupSeconds > 0) {
            phases.add(new ApiLoad.Phase("warmup", ApiLoad.REPORT, rate, warmupSeconds));
            phases.add(new ApiLoad.Phase("warmup-baseline", baseline, rate, Math.min(warmupSeconds, 2)));
        }
        phases.add(new ApiLoad.Phase("baseline", baseline, rate, seconds));
        phases.add(new ApiLoad.Phase(ApiLoad.REPORT, ApiLoad.REPORT, rate, seconds));
        return phases;
    }

    /** The report every seeded session stores: --report as given, else a real analysis of --media. */
    private JsonNode originalReport() {
        try {
            if (reportFile != null) {
                return ReportJson.mapper().readTree(reportFile.toFile());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --report " + reportFile + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        AnalyzerSettings settings = AnalyzerSettings.from(config);
        AnalysisRequest request = new AnalysisRequest(media, config.analysis().fps(), config.analysis().windowSec(),
                config.analysis().maxFrameSide(), PoseModels.Variant.parse(config.analysis().poseModel()), null, null);
        JsonNode report;
        try (RunningStream stream = streams.open("the analysis of " + media + " for bench api")) {
            report = ReportJson.toTree(new RecordingAnalyzer(new AnalysisSessionFactory(models, inferencePool, settings))
                    .analyze(request, Progress.NONE, stream, w -> { }));
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "analysed %s in %.1f s for the stored report (%d bytes)",
                media, (System.nanoTime() - start) / 1e9, report.toString().length()));
        return report;
    }

    String usageProblem() {
        if (reports < 1 || reports > 1_000_000) {
            return "--reports must be between 1 and 1000000, got " + reports;
        }
        if (!(rate >= 1 && rate <= 100_000)) {
            return "--rate must be between 1 and 100000 requests per second, got " + number(rate);
        }
        if (!(seconds >= 1 && seconds <= 3600)) {
            return "--seconds must be between 1 and 3600, got " + number(seconds);
        }
        if (!(warmupSeconds >= 0 && warmupSeconds <= 600)) {
            return "--warmup must be between 0 and 600 seconds, got " + number(warmupSeconds);
        }
        if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            return "--url must be an http:// or https:// address of the server, got " + url;
        }
        if (!baseline.startsWith("/") || baseline.contains(":") || baseline.contains(" ")) {
            return "--baseline must be a path on the server such as " + DEFAULT_BASELINE + ", got " + baseline;
        }
        if (reportFile != null && !Files.isRegularFile(reportFile)) {
            return "no such report file: " + reportFile;
        }
        if (reportFile == null && !Files.isRegularFile(media)) {
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

    private static Double loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? null : load;
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private int fail(String message, int code) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("bench api: " + message);
        err.flush();
        return code;
    }
}
