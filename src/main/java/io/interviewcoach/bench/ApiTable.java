package io.interviewcoach.bench;

import java.util.Locale;
import java.util.stream.Collectors;

/** What `bench api` prints: one row per endpoint, the ratios, and the target. */
final class ApiTable {
    static final String HEADER = String.format(Locale.ROOT, "%-32s %8s %8s %8s %8s %8s %8s %8s %8s  %s",
            "endpoint", "requests", "ok", "rate/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "cpu ms", "errors");

    private ApiTable() {
    }

    static String of(ApiBenchFigures f) {
        StringBuilder s = new StringBuilder();
        s.append(HEADER).append('\n');
        s.append(row("GET " + f.baseline().endpoint(), f.baseline())).append('\n');
        s.append(row("GET " + f.report().endpoint(), f.report())).append('\n');
        s.append(String.format(Locale.ROOT, "report / baseline in this run: p50 %s, p99 %s, server CPU per request %s%n",
                times(f.p50Ratio()), times(f.p99Ratio()), times(f.cpuRatio())));
        if (f.report().serverCpuMsPerRequest() != null) {
            s.append("(cpu ms: this process's CPU time per request over the phase, the server's share; PostgreSQL's is not in it)\n");
        }
        s.append(String.format(Locale.ROOT, "target p99 <= %s ms at %s req/s with %d reports: %s (p99 %s ms, %d errors)%n",
                ApiBench.number(f.targetP99Ms()), ApiBench.number(f.rate()), f.reports(), f.targetHeld() ? "held" : "MISSED",
                ms(f.report().p99Ms()), f.report().errorCount()));
        return s.toString();
    }

    static String row(String endpoint, ApiPhase p) {
        String errors = p.errors().isEmpty() ? "none" : p.errors().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-32s %8d %8d %8.1f %8s %8s %8s %8s %8s  %s", endpoint, p.requests(), p.ok(),
                p.achievedRate(), ms(p.p50Ms()), ms(p.p90Ms()), ms(p.p99Ms()), ms(p.maxMs()), ms(p.serverCpuMsPerRequest()), errors);
    }

    private static String ms(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String times(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", v);
    }
}
