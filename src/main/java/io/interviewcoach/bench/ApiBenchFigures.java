package io.interviewcoach.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The figures of one `bench api` run as `--json` writes them (these names are the interface; README.md). Latencies in
 * milliseconds from each request's due time. The ratios divide the report read's percentile by the baseline's, both
 * measured in this run at the same rate ({@code cpuRatio}: the server's CPU time per request, in process only); null
 * when a baseline figure is 0 or missing. {@code loadAverage} is the
 * machine's 1-minute load average when the measured phases began (null where the system does not tell).
 */
@JsonPropertyOrder({"reports", "rate", "seconds", "report", "baseline", "p50Ratio", "p99Ratio", "cpuRatio", "targetP99Ms",
        "targetHeld", "loadAverage", "cpuCores"})
public record ApiBenchFigures(int reports, double rate, double seconds, ApiPhase report, ApiPhase baseline,
        Double p50Ratio, Double p99Ratio, Double cpuRatio, double targetP99Ms, boolean targetHeld, Double loadAverage, int cpuCores) {

    static ApiBenchFigures of(int reports, double rate, double seconds, ApiPhase report, ApiPhase baseline,
            double targetP99Ms, Double loadAverage) {
        boolean held = report.errorCount() == 0 && report.p99Ms() != null && report.p99Ms() <= targetP99Ms;
        return new ApiBenchFigures(reports, rate, seconds, report, baseline, ratio(report.p50Ms(), baseline.p50Ms()),
                ratio(report.p99Ms(), baseline.p99Ms()),
                ratio(report.serverCpuMsPerRequest(), baseline.serverCpuMsPerRequest()), targetP99Ms, held, loadAverage,
                Runtime.getRuntime().availableProcessors());
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b <= 0 ? null : Math.round(a / b * 100) / 100.0;
    }
}
