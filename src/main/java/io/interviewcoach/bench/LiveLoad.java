package io.interviewcoach.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.interviewcoach.live.client.LiveClientException;
import io.interviewcoach.live.client.LiveReplayClient;
import io.interviewcoach.live.client.ReplayMedia;
import io.interviewcoach.live.client.ReplayResult;

/**
 * N replays of one clip at once, each on its own thread. Their starts are spread evenly over one second so the
 * sessions' window boundaries do not all fall on the same instant (people do not join in lockstep).
 * {@code cpuBusy}: this process's CPU time over the run divided by its wall time and the cores (0..1).
 */
record LiveLoad(int sessions, List<ReplayResult> results, List<String> failures, double wallSec, double cpuBusy) {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static LiveLoad run(LiveReplayClient client, ReplayMedia media, int sessions, double seconds, LiveReplayClient.Options options) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(sessions, r -> {
            Thread t = new Thread(r, "bench-live-" + threadNumber.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        try {
            List<Future<ReplayResult>> running = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                long delayMs = 1000L * i / sessions;
                running.add(pool.submit(() -> {
                    TimeUnit.MILLISECONDS.sleep(delayMs);
                    return client.replay(media, seconds, options);
                }));
            }
            List<ReplayResult> results = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<ReplayResult> f : running) {
                try {
                    ReplayResult r = f.get();
                    results.add(r);
                    if (r.failure() != null) {
                        failures.add("session " + r.sessionId() + ": " + r.failure());
                    }
                } catch (ExecutionException e) {
                    failures.add(e.getCause() instanceof LiveClientException ? e.getCause().getMessage() : String.valueOf(e.getCause()));
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
            return new LiveLoad(sessions, results, failures, wall, cpu / (wall * Runtime.getRuntime().availableProcessors()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveClientException("interrupted while the sessions ran", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
