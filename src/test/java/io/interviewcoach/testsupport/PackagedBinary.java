package io.interviewcoach.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The binary a user runs (target/quarkus-app/quarkus-run.jar, built by `package`) started as a child process,
 * for tests that need a real process: signals, exit codes, files left in the working folder.
 */
public final class PackagedBinary {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    /** JVM options that point `serve` at the machine's PostgreSQL (the one the %test profile uses). */
    public static final List<String> TEST_DATABASE = List.of(
            "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/test", "-Dquarkus.datasource.username=postgres");

    private PackagedBinary() {
    }

    /**
     * Starts {@code coach ARGS} in {@code workDir}; stdout and stderr go to files there. It is started through
     * {@code env --default-signal}: a process started in the background by a non-interactive shell inherits
     * SIGINT as ignored (and the JVM keeps it ignored), which would make Ctrl+C tests pass or fail by accident.
     * Its data directory ({@code XDG_DATA_HOME}) is {@code workDir/data}.
     */
    public static Child start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `package` (./mvnw verify)");
        }
        List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT,TERM",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // The user's data directory (an embedded PostgreSQL's data, uploads) stays inside the test's own folder.
        builder.environment().put("XDG_DATA_HOME", workDir.resolve("data").toString());
        Process p = builder.start();
        return new Child(p, workDir, out, err);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A started binary; {@code env} execs java, so the pid is the JVM's. */
    public record Child(Process process, Path workDir, Path stdout, Path stderr) {
        public void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        }

        /** The exit code, or -1 when it did not exit within {@code seconds} (it is then killed). */
        public int waitFor(double seconds) throws InterruptedException {
            if (process.waitFor(Math.round(seconds * 1000), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return -1;
        }

        public String stderrText() throws IOException {
            return Files.readString(stderr);
        }

        public String stdoutText() throws IOException {
            return Files.readString(stdout);
        }

        /** Waits (up to 90 s) until /q/health/live answers 200 on {@code port}; fails when the process exits first. */
        public void awaitLive(int port) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest live = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("serve exited with " + process.exitValue() + ": " + stderrText());
                }
                try {
                    if (http.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(200);
            }
            throw new AssertionError("serve did not answer on port " + port + ": " + stderrText());
        }

        /** JVM crash logs (hs_err_pid*.log) left in the working folder. */
        public List<Path> crashLogs() throws IOException {
            try (Stream<Path> files = Files.list(workDir)) {
                return files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid")).toList();
            }
        }
    }
}
