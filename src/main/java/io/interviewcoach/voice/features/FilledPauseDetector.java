package io.interviewcoach.voice.features;

import java.util.function.Consumer;

import io.interviewcoach.voice.FilledPause;

/**
 * Acoustic filled pauses ("uh", "um", "er"): a sustained voiced stretch of speech whose pitch stays flat,
 * whose spectral shape hardly changes (low flux: one vowel or nasal held, no articulation) and whose level is
 * steady. Ordinary syllables change spectrum every 100-200 ms, so a stable stretch of a quarter second or more is
 * the acoustic signature of a hesitation (Shriberg 2001; Audhkhasi et al. 2009). Held vowels of real words
 * ("sooo") look the same: the speech analyzer merges these with the recognizer's lexical fillers.
 */
public final class FilledPauseDetector {
    /** Thresholds (documented in docs/scoring-voice.md). */
    public record Settings(double minSec, double maxSec, double maxFluxDb, double maxPitchDeviationSt,
            double maxLevelDeviationDb, double maxPitchStdSt, int toleratedGapFrames) {
        public static Settings defaults() {
            return new Settings(0.25, 2.0, 2.5, 1.5, 6, 1.0, 2);
        }
    }

    private final Settings settings;
    private int frames;
    private double start;
    private double lastSteady;
    private int gap;
    private double sumSt;
    private double sumSt2;
    private double sumDb;
    private double sumFlux;

    public FilledPauseDetector(Settings settings) {
        this.settings = settings;
    }

    public void accept(FrameFeatures f, boolean inSpeech, Consumer<FilledPause> sink) {
        boolean steady = inSpeech && f.voiced() && !Float.isNaN(f.spectralFluxDb()) && f.spectralFluxDb() <= settings.maxFluxDb();
        if (steady && frames > 0) {
            double st = f.semitones();
            boolean continues = Math.abs(st - sumSt / frames) <= settings.maxPitchDeviationSt()
                    && Math.abs(f.rmsDb() - sumDb / frames) <= settings.maxLevelDeviationDb();
            if (!continues) {
                close(sink);
            }
        }
        if (steady) {
            if (frames == 0) {
                start = f.timeSec() - 0.005;
            }
            frames++;
            double st = f.semitones();
            sumSt += st;
            sumSt2 += st * st;
            sumDb += f.rmsDb();
            sumFlux += f.spectralFluxDb();
            lastSteady = f.timeSec() + 0.005;
            gap = 0;
        } else if (frames > 0 && ++gap > settings.toleratedGapFrames()) {
            close(sink);
        }
    }

    public void finish(Consumer<FilledPause> sink) {
        if (frames > 0) {
            close(sink);
        }
    }

    private void close(Consumer<FilledPause> sink) {
        double duration = lastSteady - start;
        double mean = sumSt / frames;
        double pitchStd = Math.sqrt(Math.max(0, sumSt2 / frames - mean * mean));
        double meanFlux = sumFlux / frames;
        if (duration >= settings.minSec() && duration <= settings.maxSec() && pitchStd <= settings.maxPitchStdSt()) {
            double durationScore = clamp((duration - 0.2) / 0.2);
            double pitchScore = clamp(1 - pitchStd / settings.maxPitchStdSt());
            double fluxScore = clamp(1 - meanFlux / settings.maxFluxDb());
            double confidence = durationScore * (0.5 + 0.25 * pitchScore + 0.25 * fluxScore);
            sink.accept(new FilledPause(round(start), round(lastSteady), Math.round(confidence * 100) / 100.0));
        }
        frames = 0;
        gap = 0;
        sumSt = 0;
        sumSt2 = 0;
        sumDb = 0;
        sumFlux = 0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
