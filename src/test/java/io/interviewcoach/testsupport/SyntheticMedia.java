package io.interviewcoach.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Makes test media with the system's ffmpeg (installed by deploy/install-test-tools.sh). */
public final class SyntheticMedia {
    private SyntheticMedia() {
    }

    /** Runs ffmpeg with the given arguments (quiet, overwrite) and returns the output file. */
    public static Path ffmpeg(Path out, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        run(cmd);
        return out;
    }

    public static void run(List<String> cmd) {
        output(cmd);
    }

    /** Runs a command, fails unless it exits 0, and returns what it printed (stdout and stderr). */
    public static String output(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.get(0) + " (run deploy/install-test-tools.sh): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
