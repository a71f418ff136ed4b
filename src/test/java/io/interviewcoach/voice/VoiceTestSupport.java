package io.interviewcoach.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.voice.vad.SileroVad;

/** Runs the voice analyzer on files, and makes test audio with espeak-ng, sox and ffmpeg. */
final class VoiceTestSupport {
    private static SileroVad vad;

    private VoiceTestSupport() {
    }

    static synchronized SileroVad vad() {
        if (vad == null) {
            vad = SileroVad.load(TestAssets.models().require(ModelCatalog.SILERO_VAD), 1);
        }
        return vad;
    }

    record Run(List<VoiceWindow> windows, VoiceSummary summary, VoiceAnalyzer analyzer) {
        VoiceMetrics metrics() {
            return summary.metrics();
        }
    }

    static ReadOptions audioOnly() {
        return new ReadOptions(10, 1.0, false, true, 1280);
    }

    static Run analyze(Path file) {
        return analyze(file, VoiceSettings.defaults());
    }

    static Run analyze(Path file, VoiceSettings settings) {
        VoiceAnalyzer analyzer = new VoiceAnalyzer(vad(), settings);
        List<VoiceWindow> windows = new ArrayList<>();
        try (MediaReader reader = MediaReader.open(file, audioOnly())) {
            Iterator<MediaWindow> it = reader.windows();
            while (it.hasNext()) {
                windows.add(analyzer.analyze(it.next()));
            }
        }
        return new Run(windows, analyzer.finish(), analyzer);
    }

    /** Runs a command; fails the test with its output when it does not succeed. */
    static void run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + " (install espeak-ng, sox, ffmpeg): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String output(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out.trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** espeak-ng speech at {@code wpm}, with leading and trailing silence trimmed, as a 16-bit wav. */
    static Path speak(Path dir, String name, String text, int wpm) {
        Path raw = dir.resolve(name + "-raw.wav");
        Path out = dir.resolve(name + ".wav");
        run(dir, "espeak-ng", "-s", String.valueOf(wpm), "-w", raw.toString(), text);
        trim(dir, raw, out);
        return out;
    }

    /** Removes leading and trailing silence (below 0.1 % of full scale). */
    static void trim(Path dir, Path in, Path out) {
        run(dir, "sox", in.toString(), out.toString(), "silence", "1", "0.005", "0.1%", "reverse", "silence", "1", "0.005",
                "0.1%", "reverse");
    }

    static double durationSec(Path dir, Path file) {
        return Double.parseDouble(output(dir, "soxi", "-D", file.toString()));
    }
}
