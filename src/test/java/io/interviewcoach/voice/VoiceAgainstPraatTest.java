package io.interviewcoach.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.voice.features.FrameAnalyzer;
import io.interviewcoach.voice.features.FrameFeatures;

/**
 * Our voice measures against Praat's (the reference tool), on the shared real speech and on espeak-ng voices.
 * Targets (issue 7): pitch median within 3 %, jitter (local) within 25 %, shimmer (local) within 15 %, HNR within
 * 1 dB, pause count within 1, on every file (a tolerance per file stays possible, stated in docs/validation.md); the
 * table printed here is the one in that document.
 */
class VoiceAgainstPraatTest {
    private static final String SENTENCE =
            "We talked about the project for a long time, and then my manager asked me to lead the next release.";

    /** Relative tolerances for pitch and jitter, absolute for HNR (dB); shimmer is 15 % everywhere. */
    private record Case(String name, Path file, double pitchTol, double jitterTol, double hnrTolDb) {}

    @TempDir
    Path dir;

    @Test
    void summaryMeasuresAgreeWithPraat() {
        Path katie = dir.resolve("katie_hill.wav");
        VoiceTestSupport.run(dir, "ffmpeg", "-loglevel", "error", "-i", TestAssets.media("katie_hill.mp4").toString(), "-vn",
                katie.toString());
        List<Case> cases = List.of(
                new Case("jfk.flac", TestAssets.media("jfk.flac"), 0.03, 0.25, 1),
                new Case("katie_hill.mp4", katie, 0.03, 0.25, 1),
                new Case("espeak en", espeak("en"), 0.03, 0.25, 1),
                new Case("espeak en+f3", espeak("en+f3"), 0.03, 0.25, 1),
                new Case("espeak en-us+m3", espeak("en-us+m3"), 0.03, 0.25, 1));

        StringBuilder table = new StringBuilder(
                "| file | pitch median Hz (ours / Praat, diff) | jitter % | shimmer % | HNR dB | pauses |\n|---|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            VoiceMetrics m = VoiceTestSupport.analyze(c.file()).metrics();
            Map<String, Double> p = PraatReference.voiceMeasures(c.file());
            double pitch = p.get("pitchMedianHz");
            double jitter = p.get("jitterPercent");
            double shimmer = p.get("shimmerPercent");
            double hnr = p.get("hnrDb");
            double pauses = p.get("pauseCount");
            table.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f (%+.1f %%) | %.2f / %.2f (%+.0f %%) | %.2f / %.2f (%+.0f %%) | %.1f / %.1f (%+.1f) | %d / %.0f |%n",
                    c.name(), m.pitchMedianHz(), pitch, rel(m.pitchMedianHz(), pitch), m.jitterPercent(), jitter,
                    rel(m.jitterPercent(), jitter), m.shimmerPercent(), shimmer, rel(m.shimmerPercent(), shimmer), m.hnrDb(), hnr,
                    m.hnrDb() - hnr, m.pauseCount(), pauses));
            check(failures, c.name() + " pitch median", Math.abs(m.pitchMedianHz() - pitch) <= c.pitchTol() * pitch);
            check(failures, c.name() + " jitter", Math.abs(m.jitterPercent() - jitter) <= c.jitterTol() * jitter);
            check(failures, c.name() + " shimmer", Math.abs(m.shimmerPercent() - shimmer) <= 0.15 * shimmer);
            check(failures, c.name() + " HNR", Math.abs(m.hnrDb() - hnr) <= c.hnrTolDb());
            check(failures, c.name() + " pauses", Math.abs(m.pauseCount() - pauses) <= 1);
        }
        System.out.println(table);
        assertTrue(failures.isEmpty(), "outside the agreement with Praat: " + failures + "\n" + table);
    }

    /**
     * The tracker itself, without the speech gate: our frames against Praat's two-pass pitch at the same times, both
     * the strictly voiced ones (HNR, loudness) and the looser set the pitch statistics count.
     */
    @Test
    void framePitchAgreesWithPraatFrameByFrame() throws IOException {
        Path katie = dir.resolve("katie_hill.wav");
        VoiceTestSupport.run(dir, "ffmpeg", "-loglevel", "error", "-i", TestAssets.media("katie_hill.mp4").toString(), "-vn",
                katie.toString());
        for (Path file : List.of(TestAssets.media("jfk.flac"), katie)) {
            List<FrameFeatures> pitched = new ArrayList<>();
            FrameAnalyzer analyzer = new FrameAnalyzer();
            try (MediaReader reader = MediaReader.open(file, VoiceTestSupport.audioOnly())) {
                Iterator<MediaWindow> it = reader.windows();
                while (it.hasNext()) {
                    analyzer.accept(it.next().audio().samples(), f -> {
                        if (f.pitched()) {
                            pitched.add(f);
                        }
                    });
                }
            }
            Path times = dir.resolve("times.txt");
            Files.write(times, pitched.stream().map(f -> String.format(Locale.ROOT, "%.3f", f.timeSec())).toList());
            List<Double> praat = new ArrayList<>(PraatReference.run("pitch-at-times.praat", file.toAbsolutePath().toString(),
                    times.toAbsolutePath().toString()).values());
            praat.remove(0); // the frame count
            assertEquals(pitched.size(), praat.size());
            checkFrames(file.getFileName() + " voiced", pitched, praat, true, 0.9);
            checkFrames(file.getFileName() + " pitched", pitched, praat, false, 0.85);
        }
    }

    private static void checkFrames(String what, List<FrameFeatures> frames, List<Double> praat, boolean strict, double minShare) {
        List<Double> ratios = new ArrayList<>();
        int count = 0;
        int within5 = 0;
        int belowHalf = 0;
        for (int i = 0; i < frames.size(); i++) {
            FrameFeatures f = frames.get(i);
            if (strict && !f.voiced()) {
                continue;
            }
            count++;
            double ref = praat.get(i);
            if (!Double.isNaN(ref)) {
                double r = f.pitchHz() / ref;
                ratios.add(r);
                within5 += Math.abs(r - 1) <= 0.05 ? 1 : 0;
                belowHalf += r < 0.6 ? 1 : 0;
            }
        }
        ratios.sort(null);
        double median = ratios.get(ratios.size() / 2);
        double share = within5 / (double) ratios.size();
        System.out.printf(Locale.ROOT, "%s: %d frames, Praat voiced at %d; median ratio ours/Praat %.4f, within 5 %%: %.1f %%,"
                + " octave-down (< 0.6): %d%n", what, count, ratios.size(), median, 100 * share, belowHalf);
        assertEquals(1.0, median, 0.01, what + " median frame ratio");
        assertTrue(share >= minShare, what + " frames within 5 % of Praat: " + share);
        assertTrue(belowHalf <= 0.01 * ratios.size(), what + " octave-down frames: " + belowHalf);
    }

    /** jfk at 2-3 s read 61 Hz (the floor) before the speaker's own pitch range bounded the search. */
    @Test
    void noOctaveDropInJfkWindows() {
        VoiceTestSupport.Run run = VoiceTestSupport.analyze(TestAssets.media("jfk.flac"));
        for (VoiceWindow w : run.windows()) {
            if (w.pitchHz() != null) {
                assertTrue(w.pitchHz() > 150, "window " + w.start() + " s reads " + w.pitchHz() + " Hz");
            }
        }
    }

    private Path espeak(String voice) {
        Path wav = dir.resolve(voice.replace('+', '_') + ".wav");
        VoiceTestSupport.run(dir, "espeak-ng", "-v", voice, "-s", "150", "-w", wav.toString(), SENTENCE);
        return wav;
    }

    private static double rel(double ours, double reference) {
        return 100 * (ours - reference) / reference;
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }
}
