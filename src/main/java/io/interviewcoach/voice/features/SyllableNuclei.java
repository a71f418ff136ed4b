package io.interviewcoach.voice.features;

import java.util.function.DoubleConsumer;

/**
 * Syllable nuclei after de Jong and Wempe (2009), streaming: peaks of the (smoothed) intensity contour that are
 * above a threshold {@code silenceDb} below the loud end of the recording (its 99th intensity percentile so far),
 * voiced (pitch defined at the peak) and inside speech. A nucleus must rise at least {@code minDipDb} above the
 * lowest point since the previous nucleus and fall at least as much before it counts (de Jong, Pacilly and
 * Heeren 2021 check the dip on both sides too); bumps without such a dip belong to the same syllable.
 */
public final class SyllableNuclei {
    /** Thresholds from de Jong and Wempe's script: silence −25 dB below the 99th percentile, 2 dB minimum dip. */
    public record Settings(double silenceDb, double minDipDb) {
        public static Settings defaults() {
            return new Settings(-25, 1.5);
        }
    }

    private static final double[] SMOOTHING = {1, 2, 3, 2, 1};
    private static final int N = SMOOTHING.length;
    private static final int MID = N / 2;

    private final Settings settings;
    private final DbHistogram levels = new DbHistogram();
    private final double[] energy = new double[N];
    private final FrameFeatures[] frames = new FrameFeatures[N];
    private final boolean[] speech = new boolean[N];
    private int filled;
    private double before = Double.NaN;
    private double middle = Double.NaN;
    private FrameFeatures middleFrame;
    private boolean middleSpeech;
    private double candidateDb = Double.NaN;
    private double candidateTime;
    private double valleyDb = Double.NaN;

    public SyllableNuclei(Settings settings) {
        this.settings = settings;
    }

    /** Feeds the next frame; nucleus times (seconds, stream time) go to {@code sink}, about 40 ms late. */
    public void accept(FrameFeatures frame, boolean inSpeech, DoubleConsumer sink) {
        System.arraycopy(energy, 1, energy, 0, N - 1);
        System.arraycopy(frames, 1, frames, 0, N - 1);
        System.arraycopy(speech, 1, speech, 0, N - 1);
        energy[N - 1] = Math.pow(10, frame.rmsDb() / 10);
        frames[N - 1] = frame;
        speech[N - 1] = inSpeech;
        if (++filled < N) {
            return;
        }
        double e = 0;
        double w = 0;
        for (int i = 0; i < N; i++) {
            e += SMOOTHING[i] * energy[i];
            w += SMOOTHING[i];
        }
        double db = 10 * Math.log10(e / w + 1e-12);
        levels.add(db);
        step(db, frames[MID], speech[MID], sink);
    }

    private void step(double db, FrameFeatures frame, boolean inSpeech, DoubleConsumer sink) {
        if (!Double.isNaN(candidateDb) && db <= candidateDb - settings.minDipDb()) {
            sink.accept(candidateTime);
            candidateDb = Double.NaN;
            valleyDb = db;
        }
        valleyDb = Double.isNaN(valleyDb) ? db : Math.min(valleyDb, db);
        if (!Double.isNaN(before) && middle > before && middle >= db) {
            double threshold = levels.quantile(0.99) + settings.silenceDb();
            boolean valid = middle >= threshold && middleSpeech && middleFrame.voiced();
            if (valid && !Double.isNaN(candidateDb)) {
                // No dip since the candidate: the same syllable, keep its highest point.
                if (middle > candidateDb) {
                    candidateDb = middle;
                    candidateTime = middleFrame.timeSec();
                }
            } else if (valid && middle - valleyDb >= settings.minDipDb()) {
                candidateDb = middle;
                candidateTime = middleFrame.timeSec();
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
