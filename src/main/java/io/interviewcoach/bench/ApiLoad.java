package io.interviewcoach.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ApiLoadClient} in a child JVM, the phases one after the other, and reads what it measured. The client
 * is one JDK-only class: it is copied out of this process's class path into the work folder, so the child needs no
 * framework and no knowledge of how this process was packaged.
 */
final class ApiLoad {
    static final String REPORT = "report";

    /** @param path {@link #REPORT} or a path on the server such as /q/health/live */
    record Phase(String name, String path, double rate, double seconds) {
        String arg() {
            return name + ":" + path + ":" + rate + ":" + seconds;
        }
    }

    /**
     * The phases measured, by name, and the first report body the client received (null when none). A phase's
     * {@code serverCpuMsPerRequest} is this process's CPU time over the phase per request, when the server runs here.
     */
    record Result(Map<String, ApiPhase> phases, String sampleSessionId, String sampleBody) {
    }

    private ApiLoad() {
    }

    /** @param serverHere the server runs in this process: its CPU time per request is measured */
    static Result run(URI base, List<ApiSeed.Target> targets, List<Phase> phases, Path work, long seed, boolean serverHere)
            throws IOException, InterruptedException {
        Path classes = work.resolve("client");
        Path classFile = classes.resolve(ApiLoadClient.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        try (InputStream in = ApiLoadClient.class.getResourceAsStream(ApiLoadClient.class.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IOException("the load client's class file is not on the class path");
            }
            Files.copy(in, classFile);
        }
        Path targetsFile = work.resolve("targets.txt");
        List<String> lines = new ArrayList<>(targets.size());
        targets.forEach(t -> lines.add(t.id() + " " + t.token()));
        Files.write(targetsFile, lines, StandardCharsets.US_ASCII);

        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", classes.toString(), ApiLoadClient.class.getName(), base.toString(), targetsFile.toString(),
                work.toString(), Long.toString(seed)));
        phases.forEach(p -> command.add(p.arg()));
        Path log = work.resolve("client.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        double total = phases.stream().mapToDouble(Phase::seconds).sum();
        CpuSamples cpu = serverHere ? CpuSamples.start() : null;
        try {
            // each phase may wait the client's 10 s for its last answers
            if (!child.waitFor(Math.round(total) + 15L * phases.size() + 30, TimeUnit.SECONDS)) {
                throw new IOException("the load client did not finish in time; its output: " + tail(log));
            }
        } finally {
            child.destroyForcibly();
            if (cpu != null) {
                cpu.stop();
            }
        }
        if (child.exitValue() != 0) {
            throw new IOException("the load client failed (exit " + child.exitValue() + "): " + tail(log));
        }
        Map<String, ApiPhase> results = new LinkedHashMap<>();
        List<String> said = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (Phase p : phases) {
            String endpoint = REPORT.equals(p.path()) ? "/api/sessions/{id}/report" : p.path();
            ApiPhase measured = ApiPhase.read(endpoint, work.resolve(p.name() + ".tsv"), p.seconds());
            Double cpuMs = cpu == null ? null : cpu.msBetween(said(said, p.name(), "start"), said(said, p.name(), "end"));
            results.put(p.name(), measured.withServerCpu(cpuMs == null ? null : cpuMs / Math.max(1, measured.requests())));
        }
        Path sample = work.resolve(REPORT + "-sample.json");
        if (!Files.isRegularFile(sample)) {
            return new Result(results, null, null);
        }
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        return new Result(results, text.substring(0, newline), text.substring(newline + 1));
    }

    /** When the client said phase {@code name} reached {@code what} (epoch ms), or -1. */
    private static long said(List<String> lines, String name, String what) {
        String prefix = "phase " + name + " " + what + " ";
        return lines.stream().filter(l -> l.startsWith(prefix)).mapToLong(l -> Long.parseLong(l.substring(prefix.length()).trim()))
                .findFirst().orElse(-1);
    }

    /** The java of this process's runtime. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) throws IOException {
        String text = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
        return text.isEmpty() ? "(none)" : text.substring(Math.max(0, text.length() - 2000));
    }
}
