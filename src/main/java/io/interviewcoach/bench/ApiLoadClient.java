package io.interviewcoach.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator of `bench api`, run as a child JVM so that the server's process does not also carry the
 * client. It uses the JDK only (the parent copies this one class file out and starts {@code java -cp DIR}), so it
 * starts in a fraction of a second without the framework.
 * <p>
 * Open loop: request i is due at start + i / rate and is sent then whatever the earlier ones are doing; its latency is
 * counted from that due time, not from when it actually left, so a stalled server shows in full (no coordinated
 * omission).
 * <p>
 * Arguments: {@code BASE_URL TARGETS_FILE OUT_DIR SEED} then one or more {@code NAME:PATH:RATE:SECONDS} phases run one
 * after the other; PATH {@code report} means GET /api/sessions/{id}/report of a random target with its token, any
 * other PATH is requested as it is. TARGETS_FILE has one {@code id token} per line. For each phase it writes
 * OUT_DIR/NAME.tsv: {@code dueOffsetNanos latencyNanos status ok} per request (status -1: failed, 0: no answer
 * in time; ok 1 when a
 * report's body carries its own session id, or any other path answered 2xx), and OUT_DIR/NAME-sample.json, the first
 * report body with its session id on the first line. It prints {@code phase NAME start|end EPOCH_MILLIS} as each
 * phase begins and when its last answer is in.
 */
public final class ApiLoadClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ApiLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ApiLoadClient BASE_URL TARGETS_FILE OUT_DIR SEED NAME:PATH:RATE:SECONDS...");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        List<String[]> targets = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                targets.add(line.trim().split(" ", 2));
            }
        }
        Path out = Path.of(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "load-client");
                    t.setDaemon(true);
                    return t;
                })).build();
        for (int i = 4; i < args.length; i++) {
            String[] phase = args[i].split(":", 4);
            run(http, base, targets, random, phase[0], phase[1], Double.parseDouble(phase[2]), Double.parseDouble(phase[3]), out);
        }
        System.exit(0); // the client's pool threads would keep idle connections open a while
    }

    private static void run(HttpClient http, URI base, List<String[]> targets, SplittableRandom random, String name,
            String path, double rate, double seconds, Path out) throws Exception {
        System.out.println("phase " + name + " start " + System.currentTimeMillis());
        boolean report = "report".equals(path);
        int n = (int) Math.round(rate * seconds);
        long period = Math.round(1e9 / rate);
        long[] due = new long[n];
        long[] latency = new long[n];
        int[] status = new int[n];
        boolean[] ok = new boolean[n];
        String[] sample = new String[1];
        List<CompletableFuture<Void>> pending = new ArrayList<>(n);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            int k = i;
            String[] target = report ? targets.get(random.nextInt(targets.size())) : null;
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(report ? "api/sessions/" + target[0] + "/report"
                    : path.startsWith("/") ? path.substring(1) : path)).timeout(TIMEOUT).GET();
            if (report) {
                request.header("Authorization", "Bearer " + target[1]);
            }
            due[k] = start + k * period;
            long wait;
            while ((wait = due[k] - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                latency[k] = System.nanoTime() - due[k];
                status[k] = r == null ? -1 : r.statusCode();
                ok[k] = r != null && r.statusCode() / 100 == 2 && (!report || r.body().contains("\"" + target[0]));
                if (report && ok[k]) {
                    synchronized (sample) {
                        if (sample[0] == null) {
                            sample[0] = target[0] + "\n" + r.body();
                        }
                    }
                }
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            long now = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (!pending.get(i).isDone()) { // no answer at all: status 0, counted as waited so far
                    latency[i] = now - due[i];
                }
            }
        }
        System.out.println("phase " + name + " end " + System.currentTimeMillis());
        System.out.flush();
        write(out.resolve(name + ".tsv"), due, start, latency, status, ok);
        if (sample[0] != null) {
            Files.writeString(out.resolve(name + "-sample.json"), sample[0], StandardCharsets.UTF_8);
        }
    }

    private static void write(Path file, long[] due, long start, long[] latency, int[] status, boolean[] ok) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < due.length; i++) {
                w.print(due[i] - start);
                w.print('\t');
                w.print(latency[i]);
                w.print('\t');
                w.print(status[i]);
                w.print('\t');
                w.println(ok[i] ? 1 : 0);
            }
        }
    }
}
