package io.interviewcoach.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.inference.OnnxModel;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.speech.SpeechSettings;
import io.interviewcoach.voice.VoiceAnalyzer;
import io.interviewcoach.voice.VoiceSettings;
import io.interviewcoach.voice.dsp.Decimator;
import io.interviewcoach.voice.dsp.SampleBuffer;
import io.interviewcoach.voice.dsp.Yin;
import io.interviewcoach.voice.features.FilledPauseDetector;
import io.interviewcoach.voice.features.FrameAnalyzer;
import io.interviewcoach.voice.features.FrameFeatures;
import io.interviewcoach.voice.features.SyllableNuclei;
import io.interviewcoach.voice.vad.SileroVad;
import io.interviewcoach.voice.vad.SpeechSegmenter;
import io.interviewcoach.voice.vad.VadStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Real-time factor of each audio component on one core: everything runs on the calling thread and ONNX Runtime
 * uses one intra-op thread. The media is decoded once into memory, then every component runs over the same
 * windows {@code repetitions} times; the table shows the median time and time / audio duration (RTF).
 */
@Command(name = "audio", mixinStandardHelpOptions = true,
        description = "Real-time factor of the audio analysis components (decode, VAD, pitch, features, filled pauses, whole voice analysis) on one core")
public class AudioBench implements Callable<Integer> {
    /** Another audio component to time (speech recognition, for instance): it gets the decoded windows. */
    public interface Component {
        String name();

        void run(List<MediaWindow> windows);
    }

    @Parameters(index = "0", arity = "0..1", defaultValue = "../shared/media/jfk.flac", description = "audio or video file (default: ${DEFAULT-VALUE})")
    Path file;

    @Option(names = {"-n", "--repetitions"}, defaultValue = "5", description = "timed runs per component (default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(names = "--models-dir", paramLabel = "DIR", description = "Models folder (default: the configured one).")
    Path modelsDir;

    @Inject
    ModelStoreLocator locator;

    @Option(names = "--vad-model", description = "Silero VAD .onnx to use instead of the model store's")
    Path vadModel;

    @Inject
    Instance<Component> extraComponents;

    /** The configured analyzer settings; callers outside CDI get the defaults. */
    @Inject
    CoachConfig config;

    @Spec
    CommandSpec spec;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final List<Component> added = new ArrayList<>();

    /** Adds a component to time (for callers outside CDI). */
    public AudioBench with(Component component) {
        added.add(component);
        return this;
    }

    /** Streaming recognition of the whole file with a fresh recognizer per pass (only with the Vosk model installed). */
    private static Component voskRecognition(ModelStore store, SpeechSettings settings) {
        io.interviewcoach.speech.recognition.VoskSpeechModel model =
                io.interviewcoach.speech.recognition.VoskSpeechModel.fromStore(store);
        return component("speech recognition (Vosk small en-us, streaming)", windows -> {
            try (var recognizer = model.newRecognizer(settings.recognizerChunkSec())) {
                windows.stream().filter(MediaWindow::hasAudio).forEach(w -> recognizer.accept(w.audio()));
                recognizer.finish();
            }
        });
    }

    /** Median wall-clock and thread-CPU time of one pass; RTF = CPU time / audio duration (wall time suffers from other load). */
    public record Row(String component, double medianMs, double medianCpuMs, double rtf) {}

    @Override
    public Integer call() {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
        List<Row> rows;
        try {
            rows = run();
        } catch (RuntimeException e) {
            PrintWriter err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
            err.println("bench audio: " + e.getMessage());
            err.flush();
            return BenchFailure.exitCode(e);
        }
        out.println(table(rows));
        out.println(summary(rows));
        out.flush();
        return 0;
    }

    public List<Row> run() {
        ModelStore store = (locator != null ? locator : ModelStoreLocator.defaults()).store(modelsDir);
        Path vadPath = vadModel != null ? vadModel : store.require(ModelCatalog.SILERO_VAD);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such file: " + file);
        }
        AnalyzerSettings settings = config != null ? AnalyzerSettings.from(config) : AnalyzerSettings.defaults();
        VoiceSettings voice = settings.voice();
        List<Component> components = new ArrayList<>();
        try (SileroVad vad = new SileroVad(new OnnxModel("silero-vad", vadPath, 1))) {
            List<MediaWindow> windows = decode();
            double audioMs = 1000.0 * windows.stream().filter(MediaWindow::hasAudio).mapToInt(w -> w.audio().samples().length).sum()
                    / io.interviewcoach.media.AudioChunk.SAMPLE_RATE;
            List<FrameFeatures> frames = new ArrayList<>();
            runFrames(voice, windows, frames);
            components.add(component("decode (FFmpeg, 16 kHz, channels averaged to mono)", w -> decode()));
            components.add(component("VAD (Silero v5 + hysteresis)", w -> runVad(vad, voice, w)));
            components.add(component("pitch (YIN, 8 kHz)", AudioBench::runPitch));
            components.add(component("frame features (loudness, pitch, HNR, jitter, shimmer, flux)", w -> runFrames(voice, w, new ArrayList<>())));
            components.add(component("syllable nuclei + filled pauses (on frames)", w -> runDetectors(voice, frames)));
            components.add(component("voice analysis (all of the above but decode)", w -> runVoice(vad, voice, w)));
            if (store.isInstalled(ModelCatalog.VOSK_SMALL_EN)) {
                components.add(voskRecognition(store, settings.speech()));
            }
            components.addAll(added);
            if (extraComponents != null) {
                extraComponents.forEach(components::add);
            }
            List<Row> rows = new ArrayList<>();
            for (Component c : components) {
                c.run(windows); // warm-up (JIT, first model calls)
                double[] ms = new double[Math.max(1, repetitions)];
                double[] cpu = new double[ms.length];
                for (int i = 0; i < ms.length; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    c.run(windows);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                double cpuMedian = cpu[cpu.length / 2];
                rows.add(new Row(c.name(), ms[ms.length / 2], cpuMedian, cpuMedian / audioMs));
            }
            rows.add(new Row("audio duration", audioMs, audioMs, 1.0));
            return rows;
        }
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-62s %12s %12s %10s%n", "component (one core)", "wall ms", "cpu ms", "RTF(cpu)"));
        for (Row r : rows) {
            sb.append(String.format("%-62s %12.2f %12.2f %10.5f%n", r.component(), r.medianMs(), r.medianCpuMs(), r.rtf()));
        }
        return sb.toString();
    }

    /**
     * The whole voice analysis against the parts it is made of (VAD + frame features + detectors; pitch is
     * inside frame features), and the analysis with decoding against the 0.02 real-time target.
     */
    static String summary(List<Row> rows) {
        double vad = cpu(rows, "VAD");
        double frames = cpu(rows, "frame features");
        double detectors = cpu(rows, "syllable nuclei");
        double voice = cpu(rows, "voice analysis");
        double rtf = rows.stream().filter(r -> r.component().startsWith("voice analysis")).mapToDouble(Row::rtf).findFirst().orElse(Double.NaN);
        double decodeRtf = rows.stream().filter(r -> r.component().startsWith("decode")).mapToDouble(Row::rtf).findFirst().orElse(Double.NaN);
        return String.format(java.util.Locale.ROOT,
                "voice analysis / (VAD + frame features + detectors) = %.2f%n"
                        + "decode + voice analysis: RTF %.4f on one core (target <= 0.02), %.0fx faster than real time",
                voice / (vad + frames + detectors), rtf + decodeRtf, 1 / (rtf + decodeRtf));
    }

    private static double cpu(List<Row> rows, String prefix) {
        return rows.stream().filter(r -> r.component().startsWith(prefix)).mapToDouble(Row::medianCpuMs).findFirst()
                .orElse(Double.NaN);
    }

    private List<MediaWindow> decode() {
        List<MediaWindow> windows = new ArrayList<>();
        try (MediaReader reader = MediaReader.open(file, new ReadOptions(10, 1.0, false, true, 1280))) {
            Iterator<MediaWindow> it = reader.windows();
            it.forEachRemaining(windows::add);
        }
        return windows;
    }

    private static Component component(String name, java.util.function.Consumer<List<MediaWindow>> body) {
        return new Component() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(List<MediaWindow> windows) {
                body.accept(windows);
            }
        };
    }

    private static void runVad(SileroVad vad, VoiceSettings voice, List<MediaWindow> windows) {
        VadStream stream = vad.newStream();
        SpeechSegmenter segmenter = new SpeechSegmenter(voice.vad());
        for (MediaWindow w : windows) {
            if (w.hasAudio()) {
                stream.accept(w.audio().samples(), c -> segmenter.accept(c, s -> { }));
            }
        }
        segmenter.finish(s -> { });
    }

    private static void runPitch(List<MediaWindow> windows) {
        SampleBuffer in = new SampleBuffer(32_000);
        SampleBuffer low = new SampleBuffer(16_000);
        Decimator decimator = new Decimator(in, low);
        Yin yin = new Yin(240, 16, 134, 0.15);
        long next = 0;
        for (MediaWindow w : windows) {
            if (!w.hasAudio()) {
                continue;
            }
            float[] x = w.audio().samples();
            in.append(x, 0, x.length);
            decimator.advance();
            while (low.end() >= next + yin.span()) {
                yin.estimate(low.array(), low.offsetOf(next));
                next += 80;
            }
            in.discardBefore(decimator.oldestInputNeeded());
            low.discardBefore(next);
        }
    }

    private static void runFrames(VoiceSettings voice, List<MediaWindow> windows, List<FrameFeatures> sink) {
        FrameAnalyzer analyzer = new FrameAnalyzer(voice.frames());
        for (MediaWindow w : windows) {
            if (w.hasAudio()) {
                analyzer.accept(w.audio().samples(), sink::add);
            }
        }
        analyzer.flush(sink::add);
    }

    private static void runDetectors(VoiceSettings voice, List<FrameFeatures> frames) {
        SyllableNuclei nuclei = new SyllableNuclei(voice.syllables());
        FilledPauseDetector filled = new FilledPauseDetector(voice.filledPauses());
        for (FrameFeatures f : frames) {
            nuclei.accept(f, true, t -> { });
            filled.accept(f, true, p -> { });
        }
        filled.finish(p -> { });
    }

    private static void runVoice(SileroVad vad, VoiceSettings voice, List<MediaWindow> windows) {
        VoiceAnalyzer analyzer = new VoiceAnalyzer(vad, voice);
        windows.forEach(analyzer::analyze);
        analyzer.finish();
    }
}
