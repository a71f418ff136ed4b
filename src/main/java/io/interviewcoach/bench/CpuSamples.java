package io.interviewcoach.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;

/**
 * This process's CPU time sampled every 20 ms against the wall clock, so the CPU spent between two instants another
 * process reported (epoch milliseconds) can be read off afterwards.
 */
final class CpuSamples {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final long PERIOD_MS = 20;

    private final List<long[]> samples = new ArrayList<>(); // {epoch ms, process CPU ns}
    private final Thread sampler;
    private volatile boolean running = true;

    private CpuSamples() {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-cpu-samples");
        sampler.setDaemon(true);
    }

    static CpuSamples start() {
        CpuSamples s = new CpuSamples();
        s.sample();
        s.sampler.start();
        return s;
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(1000);
        sample();
    }

    /** CPU milliseconds between the samples nearest {@code fromMs} and {@code toMs}; null when either is unknown. */
    synchronized Double msBetween(long fromMs, long toMs) {
        if (fromMs < 0 || toMs < fromMs || samples.isEmpty()) {
            return null;
        }
        return (nearest(toMs)[1] - nearest(fromMs)[1]) / 1e6;
    }

    private synchronized void sample() {
        samples.add(new long[] {System.currentTimeMillis(), OS.getProcessCpuTime()});
    }

    private long[] nearest(long atMs) {
        long[] best = samples.get(0);
        for (long[] s : samples) {
            if (Math.abs(s[0] - atMs) < Math.abs(best[0] - atMs)) {
                best = s;
            }
        }
        return best;
    }
}
