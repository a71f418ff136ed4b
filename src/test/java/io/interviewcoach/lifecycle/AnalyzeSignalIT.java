package io.interviewcoach.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.interviewcoach.testsupport.PackagedBinary;
import io.interviewcoach.testsupport.SyntheticMedia;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Ctrl+C and SIGTERM at random moments of `coach analyze`, on the packaged binary: from start-up through
 * model loading and mid-analysis of a 59 s recording to the end of a 20 s one (ten runs: seven early or
 * mid-analysis, three near the end; a failing seed is printed, so more runs buy little but CI time). Every run must end within
 * 2 s of the signal with 130 (SIGINT) or 143 (SIGTERM), or 0 when it had already finished; stderr holds at
 * most the one "interrupted" line, never a stack trace; no JVM crash log is left behind.
 * The moments come from a seed printed with each run (-Dshutdown.seed=N repeats a run).
 */
class AnalyzeSignalIT {
    private static final String INTERRUPTED_LINE = "coach analyze: interrupted: partial results not written";
    private static final double MAX_EXIT_SEC = 2.0;
    private static final int RUNS = 10;
    private static Path root;
    private static Path longClip;
    private static String modelsDir;

    @BeforeAll
    static void media() throws Exception {
        root = Files.createDirectories(Path.of("target", "signal-it").toAbsolutePath());
        // d9.mp4 three times over: about 59 s, so most signals land mid-analysis
        longClip = SyntheticMedia.ffmpeg(root.resolve("long.mp4"), "-stream_loop", "2",
                "-i", TestAssets.media("d9.mp4").toString(), "-c", "copy");
        modelsDir = TestAssets.models().dir().toAbsolutePath().toString();
    }

    @Test
    void tenSignalsAtRandomMomentsEndInOrder() throws Exception {
        long seed = Long.getLong("shutdown.seed", System.nanoTime());
        Random random = new Random(seed);
        double shortRunSec = timeOfAFullRun(TestAssets.media("d9.mp4"));
        List<String> failures = new ArrayList<>();
        int interrupted = 0;
        for (int run = 0; run < RUNS; run++) {
            String signal = run % 2 == 0 ? "INT" : "TERM";
            boolean nearTheEnd = run >= RUNS - 3; // the 20 s clip, signalled around the time its analysis ends
            Path input = nearTheEnd ? TestAssets.media("d9.mp4") : longClip;
            // 0-15 s: some land while the binary starts (about 3 s now that it also boots the storage layer, inactive),
            // most mid-analysis of the ~59 s clip
            double delaySec = nearTheEnd ? shortRunSec * (0.75 + random.nextDouble() * 0.35) : random.nextDouble() * 15;
            Path dir = Files.createDirectories(root.resolve("run-" + run));
            Path json = dir.resolve("report.json");
            Files.deleteIfExists(json);

            PackagedBinary.Child child = PackagedBinary.start(dir, List.of("-Dcoach.models.dir=" + modelsDir),
                    "analyze", input.toString(), "--json", json.toString(), "-q");
            Thread.sleep(Math.round(delaySec * 1000));
            boolean finishedBefore = !child.process().isAlive();
            long signalledAt = System.nanoTime();
            child.signal(signal);
            int code = child.waitFor(30);
            double exitSec = (System.nanoTime() - signalledAt) / 1e9;

            String stderr = child.stderrText().strip();
            String what = String.format(Locale.ROOT, "run %d (seed %d): SIG%s after %.2f s on %s -> exit %d in %.2f s, stderr: %s",
                    run, seed, signal, delaySec, input.getFileName(), code, exitSec, stderr.isEmpty() ? "(empty)" : stderr);
            System.out.println(what);
            int expected = signal.equals("INT") ? 130 : 143;
            if (code == 0) {
                check(failures, Files.isRegularFile(json), what + ": exit 0 without the report");
            } else {
                check(failures, code == expected, what + ": expected exit " + expected);
                check(failures, finishedBefore || exitSec <= MAX_EXIT_SEC, what + ": took longer than 2 s to exit");
            }
            if (!stderr.isEmpty()) {
                check(failures, stderr.equals(INTERRUPTED_LINE), what + ": stderr must be empty or the one interrupted line");
                check(failures, !Files.exists(json), what + ": a report was written although the analysis was interrupted");
                interrupted++;
            }
            check(failures, child.crashLogs().isEmpty(), what + ": JVM crash log " + child.crashLogs());
        }
        assertEquals(List.of(), failures);
        assertTrue(interrupted >= 4, "too few runs were stopped mid-analysis (" + interrupted + "): the test did not test much");
    }

    /** Runs the binary to the end once: the normal path, and how long the short clip takes on this machine now. */
    private static double timeOfAFullRun(Path input) throws Exception {
        Path dir = Files.createDirectories(root.resolve("full-run"));
        Path json = dir.resolve("report.json");
        Files.deleteIfExists(json);
        long t0 = System.nanoTime();
        PackagedBinary.Child child = PackagedBinary.start(dir, List.of("-Dcoach.models.dir=" + modelsDir),
                "analyze", input.toString(), "--json", json.toString(), "-q");
        assertEquals(0, child.waitFor(300), child.stderrText());
        double sec = (System.nanoTime() - t0) / 1e9;
        assertEquals("", child.stderrText());
        assertTrue(Files.isRegularFile(json));
        System.out.printf(Locale.ROOT, "a full run on %s took %.1f s%n", input.getFileName(), sec);
        return sec;
    }

    private static void check(List<String> failures, boolean ok, String message) {
        if (!ok) {
            failures.add(message);
        }
    }

    @Test
    void aMissingInputCreatesNoOutputFolder() throws Exception {
        Path dir = Files.createDirectories(root.resolve("missing-input"));
        Path outDir = dir.resolve("reports");
        PackagedBinary.Child child = PackagedBinary.start(dir, List.of(), "analyze", dir.resolve("nope.mp4").toString(),
                "--json", outDir.resolve("r.json").toString(), "-q");
        assertEquals(3, child.waitFor(60));
        assertTrue(child.stderrText().contains("No such file"), child.stderrText());
        assertFalse(Files.exists(outDir), "the output folder was created for an input that does not exist");
    }
}
