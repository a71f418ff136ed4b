package io.interviewcoach.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs our Praat scripts (src/test/reference/praat) with {@code praat --run} and reads their "name value" lines.
 * Praat is the reference the voice measures are checked against (docs/validation.md).
 */
final class PraatReference {
    private static final Path SCRIPTS = Path.of("src", "test", "reference", "praat");

    private PraatReference() {
    }

    /** The measures of voice-measures.praat for a file Praat can read (wav, flac); values Praat leaves undefined are NaN. */
    static Map<String, Double> voiceMeasures(Path audio) {
        return run("voice-measures.praat", audio.toAbsolutePath().toString());
    }

    static Map<String, Double> run(String script, String... args) {
        Path file = SCRIPTS.resolve(script).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Praat script not found: " + file);
        }
        String[] command = new String[args.length + 3];
        command[0] = "praat";
        command[1] = "--run";
        command[2] = file.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        String out;
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run praat (deploy/install-test-tools.sh installs it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : out.split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                values.put(parts[0], parseNumber(parts[1]));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException(script + " printed no measures: " + out);
        }
        return values;
    }

    private static double parseNumber(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN; // --undefined--
        }
    }
}
