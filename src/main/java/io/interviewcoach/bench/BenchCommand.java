package io.interviewcoach.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on real media: per-model latency, whole-pipeline latency, their ratio, real-time factors.",
        subcommands = {VisionBench.class, AudioBench.class})
public class BenchCommand {
}
