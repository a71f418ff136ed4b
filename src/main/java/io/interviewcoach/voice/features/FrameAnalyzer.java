package io.interviewcoach.voice.features;

import java.util.function.Consumer;

import io.interviewcoach.voice.dsp.Decimator;
import io.interviewcoach.voice.dsp.SampleBuffer;
import io.interviewcoach.voice.dsp.Yin;

/**
 * Streaming frame analysis of 16 kHz mono audio, one frame every 10 ms: loudness (RMS dBFS over 25 ms),
 * pitch by YIN on a 8 kHz copy (60-500 Hz, 30 ms integration window) with two voicing decisions (a strict one for
 * loudness and syllables; a looser, Praat-like one for the pitch statistics and the glottal cycles), harmonics-to-noise
 * ratio as Praat's cc harmonicity computes it ({@link Harmonicity}, its own voicing), glottal-cycle jitter/shimmer sums
 * and spectral flux. Frames come out about 50 ms after their samples went in (the analysis looks ahead);
 * only the samples still needed are held.
 */
public final class FrameAnalyzer {
    public static final int SAMPLE_RATE = 16_000;
    public static final int HOP = 160;
    /** Frame k is centred on sample k * HOP + CENTER. */
    static final int CENTER = 320;
    private static final int LOUDNESS_WINDOW = 400;
    private static final int DECIMATED_RATE = SAMPLE_RATE / 2;
    private static final int LOOKAHEAD = 840;
    private static final int SPEAKER_RANGE_FRAMES = 100;

    private final FrameSettings settings;
    private final SampleBuffer input = new SampleBuffer(SAMPLE_RATE * 2, 512);
    private final SampleBuffer decimated = new SampleBuffer(SAMPLE_RATE);
    private final Decimator decimator = new Decimator(input, decimated);
    private final Yin yin;
    private final BandEnvelope envelope = new BandEnvelope(LOUDNESS_WINDOW, SAMPLE_RATE);
    private final CycleTracker cycles = new CycleTracker();
    private final Harmonicity harmonicity = new Harmonicity(input);
    private double peak;
    private double floorHz;
    private final PitchHistogram speakerPitch = new PitchHistogram();
    private int lagLow;
    private int lagHigh;
    private long nextFrame;
    private static final double DC_POLE = 0.995;
    private double dcIn;
    private double dcOut;

    /** Analysis settings; the defaults are the documented ones (docs/scoring.md (voice)). */
    public record FrameSettings(double minPitchHz, double maxPitchHz, double yinThreshold, double voicingThreshold,
            double pitchVoicingThreshold, double silenceDb) {
        public static FrameSettings defaults() {
            return new FrameSettings(60, 500, 0.15, 0.30, 0.60, -55);
        }
    }

    public FrameAnalyzer(FrameSettings settings) {
        this.settings = settings;
        int minLag = (int) Math.floor(DECIMATED_RATE / settings.maxPitchHz());
        int maxLag = (int) Math.ceil(DECIMATED_RATE / settings.minPitchHz());
        this.yin = new Yin(240, minLag, maxLag, settings.yinThreshold());
        this.lagLow = minLag;
        this.lagHigh = maxLag;
        this.floorHz = settings.minPitchHz();
    }

    public FrameAnalyzer() {
        this(FrameSettings.defaults());
    }

    /** Appends samples that follow the previous ones; every frame that can now be analysed goes to {@code sink}. */
    public void accept(float[] samples, Consumer<FrameFeatures> sink) {
        float[] filtered = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            // DC blocker (one-pole high-pass at ~13 Hz): a microphone offset must not read as periodicity or level.
            double x = samples[i];
            dcOut = x - dcIn + DC_POLE * dcOut;
            dcIn = x;
            filtered[i] = (float) dcOut;
            peak = Math.max(peak, Math.abs(dcOut));
        }
        input.append(filtered, 0, filtered.length);
        decimator.advance();
        while (ready()) {
            sink.accept(analyze(nextFrame));
            nextFrame++;
        }
        long keep = Math.min(nextFrame * HOP - 64, decimator.oldestInputNeeded());
        input.discardBefore(cycles.oldestNeeded(keep));
        decimated.discardBefore(nextFrame * (HOP / 2) - 8);
    }

    /** Pads the end with silence so that the last real samples get analysed. */
    public void flush(Consumer<FrameFeatures> sink) {
        long realEnd = input.end();
        accept(new float[LOOKAHEAD + 64], f -> {
            if (f.index() * HOP + CENTER < realEnd) {
                sink.accept(f);
            }
        });
    }

    public static double frameTime(long index) {
        return (index * HOP + CENTER) / (double) SAMPLE_RATE;
    }

    private boolean ready() {
        long start = nextFrame * HOP;
        return input.end() >= start + LOOKAHEAD && decimated.end() >= nextFrame * (HOP / 2) + yin.span();
    }

    private FrameFeatures analyze(long k) {
        long center = k * HOP + CENTER;
        float[] x = input.array();
        int lo = input.offsetOf(center - LOUDNESS_WINDOW / 2);
        double energy = 0;
        for (int i = 0; i < LOUDNESS_WINDOW; i++) {
            energy += x[lo + i] * x[lo + i];
        }
        float rmsDb = (float) (10 * Math.log10(energy / LOUDNESS_WINDOW + 1e-12));
        float flux = (float) envelope.flux(x, lo);

        Yin.Estimate unbounded = yin.estimate(decimated.array(), decimated.offsetOf(k * (HOP / 2)));
        if (isVoiced(unbounded, rmsDb, settings.voicingThreshold())) {
            // The range is learnt from the unbounded estimates: frames the range would cut must still move it.
            updateSpeakerRange(DECIMATED_RATE / unbounded.period());
        }
        Yin.Estimate est = yin.selectWithin(lagLow, lagHigh);
        double f0 = DECIMATED_RATE / est.period();
        boolean voiced = isVoiced(est, rmsDb, settings.voicingThreshold());
        boolean pitched = isVoiced(est, rmsDb, settings.pitchVoicingThreshold());
        // Glottal cycles are followed wherever the frame counts for pitch (the looser voicing): Praat's point process
        // covers its voiced frames, and its jitter and shimmer include the weaker cycles at onsets and offsets.
        double period16 = est.period() * 2;
        float hnr = (float) harmonicity.db(center, SAMPLE_RATE, floorHz, peak);
        if (pitched) {
            cycles.track(input, center - HOP / 2, center + HOP / 2, period16);
        } else {
            cycles.reset();
            cycles.pairs = 0;
        }
        return new FrameFeatures(k, frameTime(k), rmsDb, voiced ? (float) f0 : Float.NaN, pitched ? (float) f0 : Float.NaN,
                (float) est.aperiodicity(), hnr,
                flux, pitched ? cycles.pairs : 0, pitched ? cycles.periodAbsDiffSum : 0, pitched ? cycles.periodSum : 0,
                pitched ? cycles.amplitudeAbsDiffSum : 0, pitched ? cycles.amplitudeSum : 0);
    }

    private boolean isVoiced(Yin.Estimate est, float rmsDb, double threshold) {
        double f0 = DECIMATED_RATE / est.period();
        return est.aperiodicity() < threshold && rmsDb > settings.silenceDb()
                && f0 >= settings.minPitchHz() * 0.97 && f0 <= settings.maxPitchHz() * 1.03;
    }

    /**
     * Praat's two-pass pitch range (Hirst 2011), streaming: once a second of voiced frames is in, the lags searched
     * are those of 0.75 × the speaker's first quartile to 1.5 × the third, so a period doubled or quadrupled (a jfk
     * vowel read 61 Hz, at the floor) is no longer a candidate. Refreshed every 50 voiced frames.
     */
    private void updateSpeakerRange(double f0) {
        speakerPitch.add(12 * Math.log(f0 / 100.0) / Math.log(2));
        long n = speakerPitch.count();
        if (n >= SPEAKER_RANGE_FRAMES && n % 50 == 0) {
            double floor = Math.max(settings.minPitchHz(), 0.75 * speakerPitch.quantileHz(0.25));
            floorHz = floor; // HNR's window is one period of it, as Praat's cc harmonicity with the two-pass floor
            double ceiling = Math.min(settings.maxPitchHz(), 1.5 * speakerPitch.quantileHz(0.75));
            lagLow = (int) Math.floor(DECIMATED_RATE / ceiling);
            lagHigh = (int) Math.ceil(DECIMATED_RATE / floor);
        }
    }
}
