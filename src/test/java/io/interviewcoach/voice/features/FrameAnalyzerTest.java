package io.interviewcoach.voice.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.ReadOptions;

/** Pitch, HNR, jitter and shimmer against signals whose true values are known. */
class FrameAnalyzerTest {
    @TempDir
    Path dir;

    private List<FrameFeatures> framesOf(Path file) {
        FrameAnalyzer analyzer = new FrameAnalyzer();
        List<FrameFeatures> frames = new ArrayList<>();
        try (MediaReader reader = MediaReader.open(file, new ReadOptions(10, 1.0, false, true, 1280))) {
            reader.windows().forEachRemaining(w -> analyzer.accept(w.audio().samples(), frames::add));
        }
        analyzer.flush(frames::add);
        return frames;
    }

    private static List<FrameFeatures> framesOf(float[] x) {
        FrameAnalyzer analyzer = new FrameAnalyzer();
        List<FrameFeatures> frames = new ArrayList<>();
        for (int i = 0; i < x.length; i += 1000) {
            analyzer.accept(java.util.Arrays.copyOfRange(x, i, Math.min(x.length, i + 1000)), frames::add);
        }
        analyzer.flush(frames::add);
        return frames;
    }

    private void sox(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sox", "-n"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "sox failed: " + out);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.isEmpty() ? Double.NaN : s.get(s.size() / 2);
    }

    @Test
    void tonesOfKnownPitchThroughTheDecoder() throws Exception {
        String[][] cases = {{"sine", "100", "44100"}, {"sawtooth", "150", "48000"}, {"sine", "220", "8000"}, {"square", "220", "16000"}};
        for (String[] c : cases) {
            String name = c[0] + c[1] + ".wav";
            sox("-r", c[2], "-c", "1", name, "synth", "1.5", c[0], c[1], "vol", "0.5");
            List<FrameFeatures> frames = framesOf(dir.resolve(name));
            List<Double> f0 = frames.stream().filter(FrameFeatures::voiced).map(f -> (double) f.f0Hz()).toList();
            double truth = Double.parseDouble(c[1]);
            assertTrue(f0.size() > 0.9 * frames.size(), name + ": voiced " + f0.size() + " of " + frames.size());
            double err = Math.abs(median(f0) - truth) / truth;
            System.out.printf("tone %s: median %.2f Hz, error %.2f %%%n", name, median(f0), 100 * err);
            assertTrue(err <= 0.02, name + " median pitch " + median(f0));
            long off = f0.stream().filter(v -> Math.abs(v - truth) / truth > 0.02).count();
            assertTrue(off <= 0.05 * f0.size(), name + ": " + off + " frames off by more than 2 %");
            // A pure periodic tone is all harmonics: HNR far above the 20 dB of a healthy voice.
            double hnr = median(frames.stream().filter(FrameFeatures::voiced).map(f -> (double) f.hnrDb()).toList());
            assertTrue(hnr > 25, name + " HNR " + hnr);
        }
    }

    @Test
    void linearGlideIsTrackedFrameByFrame() throws Exception {
        sox("-r", "44100", "-c", "1", "glide.wav", "synth", "2", "sine", "120:240", "vol", "0.5");
        List<FrameFeatures> frames = framesOf(dir.resolve("glide.wav"));
        List<Double> errors = new ArrayList<>();
        for (FrameFeatures f : frames) {
            if (f.voiced() && f.timeSec() > 0.05 && f.timeSec() < 1.95) {
                double truth = 120 + 120 * f.timeSec() / 2;
                errors.add(Math.abs(f.f0Hz() - truth) / truth);
            }
        }
        assertTrue(errors.size() > 170, "voiced frames " + errors.size());
        double medianError = median(errors);
        long big = errors.stream().filter(e -> e > 0.02).count();
        System.out.printf("glide 120-240 Hz: median error %.2f %%, frames over 2 %%: %d of %d%n", 100 * medianError, big, errors.size());
        assertTrue(medianError < 0.01, "median error " + medianError);
        assertTrue(big <= 0.05 * errors.size(), big + " frames off by more than 2 %");
    }

    @Test
    void whiteNoiseAndSilenceAreUnvoiced() throws Exception {
        sox("-r", "16000", "-c", "1", "noise.wav", "synth", "2", "whitenoise", "vol", "0.3");
        sox("-r", "16000", "-c", "1", "silence.wav", "trim", "0", "2");
        for (String name : new String[] {"noise.wav", "silence.wav"}) {
            List<FrameFeatures> frames = framesOf(dir.resolve(name));
            long voiced = frames.stream().filter(FrameFeatures::voiced).count();
            assertTrue(voiced <= 0.03 * frames.size(), name + ": " + voiced + " voiced of " + frames.size());
        }
    }

    @Test
    void harmonicsToNoiseRatioFollowsTheMixedInNoise() {
        for (double snrDb : new double[] {5, 10, 20}) {
            Random rnd = new Random(7);
            int n = 16000 * 2;
            float[] x = new float[n];
            double signalPower = 0;
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                double t = i / 16000.0;
                for (int h = 1; h <= 10; h++) {
                    s[i] += Math.sin(2 * Math.PI * 140 * h * t) / h;
                }
                signalPower += s[i] * s[i];
            }
            signalPower /= n;
            double noiseSd = Math.sqrt(signalPower / Math.pow(10, snrDb / 10));
            for (int i = 0; i < n; i++) {
                x[i] = (float) (0.2 * (s[i] + noiseSd * rnd.nextGaussian()));
            }
            double hnr = median(framesOf(x).stream().filter(FrameFeatures::voiced).map(f -> (double) f.hnrDb()).toList());
            System.out.printf("HNR with noise at %.0f dB SNR: %.1f dB%n", snrDb, hnr);
            assertEquals(snrDb, hnr, 3.0, "HNR at SNR " + snrDb);
        }
    }

    /** Glottal-like pulses (decaying resonance per cycle) with known cycle-to-cycle period and amplitude changes. */
    @Test
    void jitterAndShimmerMatchTheCycleSequence() {
        for (double perturbation : new double[] {0.005, 0.02}) {
            Random rnd = new Random(11);
            int n = 16000 * 3;
            float[] x = new float[n];
            List<Double> periods = new ArrayList<>();
            List<Double> amps = new ArrayList<>();
            double t = 0.01;
            while (t < 2.95) {
                double period = (1 / 120.0) * (1 + perturbation * rnd.nextGaussian());
                double amp = 0.3 * (1 + perturbation * 2 * rnd.nextGaussian());
                periods.add(period);
                amps.add(amp);
                int start = (int) Math.round(t * 16000);
                for (int i = start; i < Math.min(n, start + (int) (period * 16000) + 40); i++) {
                    double u = (i - t * 16000) / 16000.0;
                    x[i] += (float) (amp * Math.exp(-u * 400) * Math.sin(2 * Math.PI * 600 * u));
                }
                t += period;
            }
            double jitterTruth = localVariation(periods);
            double shimmerTruth = localVariation(amps);
            double dp = 0, p = 0, da = 0, a = 0;
            for (FrameFeatures f : framesOf(x)) {
                dp += f.periodAbsDiffSum();
                p += f.periodSum();
                da += f.amplitudeAbsDiffSum();
                a += f.amplitudeSum();
            }
            double jitter = dp / p;
            double shimmer = da / a;
            System.out.printf("perturbation %.3f: jitter %.2f %% (truth %.2f %%), shimmer %.2f %% (truth %.2f %%)%n",
                    perturbation, 100 * jitter, 100 * jitterTruth, 100 * shimmer, 100 * shimmerTruth);
            assertEquals(jitterTruth, jitter, 0.25 * jitterTruth + 0.002);
            assertEquals(shimmerTruth, shimmer, 0.25 * shimmerTruth + 0.005);
        }
    }

    @Test
    void aDcOffsetChangesNothing() {
        float[] x = new float[16000 * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.25 + 0.3 * Math.sin(2 * Math.PI * 180 * i / 16000.0));
        }
        List<FrameFeatures> frames = framesOf(x).subList(30, 180);
        assertTrue(frames.stream().allMatch(FrameFeatures::voiced));
        double f0 = median(frames.stream().map(f -> (double) f.f0Hz()).toList());
        double hnr = median(frames.stream().map(f -> (double) f.hnrDb()).toList());
        double level = median(frames.stream().map(f -> (double) f.rmsDb()).toList());
        assertEquals(180, f0, 0.5);
        assertTrue(hnr > 25, "HNR " + hnr);
        assertEquals(20 * Math.log10(0.3 / Math.sqrt(2)), level, 0.5, "level of the tone without its offset");
    }

    private static double localVariation(List<Double> v) {
        double diff = 0;
        double sum = 0;
        for (int i = 1; i < v.size(); i++) {
            diff += Math.abs(v.get(i) - v.get(i - 1));
            sum += v.get(i);
        }
        return diff / sum;
    }
}
