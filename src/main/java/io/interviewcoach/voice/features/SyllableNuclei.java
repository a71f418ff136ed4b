package io.interviewcoach.voice.features;

import java.util.function.DoubleConsumer;

/**
 * Syllable nuclei after de Jong and Wempe (2009), streaming: peaks of the (smoothed) intensity contour that are
 * above a threshold {@code silenceDb} below the loud end of the recording (its 99th intensity percentile so far),
 * followed by a dip of at least {@code minDipDb} before the next peak, and voiced (pitch defined at the peak)
 * inside speech.
 */
public final class SyllableNuclei {
    /** Thresholds from de Jong and Wempe's script: silence −25 dB below the 99th percentile, 2 dB minimum dip. */
    public record Settings(double silenceDb, double minDipDb) {
        public static Settings defaults() {
            return new Settings(-25, 2);
        }
    }

    private static final double[] SMOOTHING = {1, 2, 3, 2, 1};

    private final Settings settings;
    private final DbHistogram levels = new DbHistogram();
    private final double[] energy = new double[5];
    private final FrameFeatures[] frames = new FrameFeatures[5];
    private final boolean[] speech = new boolean[5];
    private int filled;
    private double before = Double.NaN;
    private double middle = Double.NaN;
    private FrameFeatures middleFrame;
    private boolean middleSpeech;
    private double candidateDb = Double.NaN;
    private double candidateTime;

    public SyllableNuclei(Settings settings) {
        this.settings = settings;
    }

    /** Feeds the next frame; nucleus times (seconds, stream time) go to {@code sink}, about 40 ms late. */
    public void accept(FrameFeatures frame, boolean inSpeech, DoubleConsumer sink) {
        System.arraycopy(energy, 1, energy, 0, 4);
        System.arraycopy(frames, 1, frames, 0, 4);
        System.arraycopy(speech, 1, speech, 0, 4);
        energy[4] = Math.pow(10, frame.rmsDb() / 10);
        frames[4] = frame;
        speech[4] = inSpeech;
        if (++filled < 5) {
            return;
        }
        double e = 0;
        double w = 0;
        for (int i = 0; i < 5; i++) {
            e += SMOOTHING[i] * energy[i];
            w += SMOOTHING[i];
        }
        double db = 10 * Math.log10(e / w + 1e-12);
        levels.add(db);
        step(db, frames[2], speech[2], sink);
    }

    private void step(double db, FrameFeatures frame, boolean inSpeech, DoubleConsumer sink) {
        if (!Double.isNaN(candidateDb) && db <= candidateDb - settings.minDipDb()) {
            sink.accept(candidateTime);
            candidateDb = Double.NaN;
        }
        if (!Double.isNaN(before) && middle > before && middle >= db) {
            double threshold = levels.quantile(0.99) + settings.silenceDb();
            if (middle >= threshold && middleSpeech && middleFrame.voiced()) {
                candidateDb = middle;
                candidateTime = middleFrame.timeSec();
            } else if (middle >= threshold) {
                candidateDb = Double.NaN;
            }
        }
        before = middle;
        middle = db;
        middleFrame = frame;
        middleSpeech = inSpeech;
    }

    /** Dip-confirmed nuclei only: a candidate still waiting for its dip at the end is not counted. */
    public void finish(DoubleConsumer sink) {
        // The stream's end (silence) is a dip: flushing pads with silent frames upstream, so nothing is pending here.
    }
}
