package io.interviewcoach.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on real media: per-model latency, whole-pipeline latency, their ratio, real-time factors, the live service under load, report reads under load.",
        subcommands = {VisionBench.class, AudioBench.class, LiveBench.class, ApiBench.class})
public class BenchCommand {
}
