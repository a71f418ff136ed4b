package io.interviewcoach.voice.features;

import java.util.function.Consumer;

import io.interviewcoach.voice.FilledPause;
import io.interviewcoach.measure.Rounding;

/**
 * Acoustic filled pauses ("uh", "um", "er"): a sustained voiced stretch of speech whose pitch stays flat,
 * whose spectral shape hardly changes (low flux: one vowel or nasal held, no articulation) and whose level is
 * steady. Ordinary syllables change spectrum every 100-200 ms, so a stable stretch of a quarter second or more is
 * the acoustic signature of a hesitation (Shriberg 2001; Audhkhasi et al. 2009). Held vowels of real words
 * ("sooo") look the same: the speech analyzer merges these with the recognizer's lexical fillers.
 */
public final class FilledPauseDetector {
    /**
     * Thresholds (documented in docs/scoring.md (voice)): duration range; spectral flux per frame; largest pitch
     * step (semitones) and level step (dB) between consecutive frames; pitch spread around the run's linear trend
     * (semitones); steepest pitch slope (semitones/s; filled pauses are flat or gently falling); tolerated
     * unsteady frames inside a run; steady runs closer than {@code mergeGapSec} with continuous pitch are one
     * filled pause ("um" is a held vowel, a short transition, then a held nasal).
     */
    public record Settings(double minSec, double maxSec, double maxFluxDb, double maxPitchStepSt, double maxLevelStepDb,
            double maxPitchResidualSt, double maxSlopeStPerSec, int toleratedGapFrames, double mergeGapSec) {
        public static Settings defaults() {
            return new Settings(0.25, 2.0, 2.5, 1.0, 4.0, 1.0, 15, 2, 0.1);
        }
    }

    private final Settings settings;
    private int frames;
    private double start;
    private double lastSteady;
    private double lastSt;
    private double lastDb;
    private int gap;
    private double sumT;
    private double sumT2;
    private double sumSt;
    private double sumSt2;
    private double sumTSt;
    private double sumFlux;
    private double firstSt;
    private Run pending;
    /** Only held sounds this long are joined (the vowel and the nasal of "um"); syllable vowels are shorter. */
    private static final double MIN_MERGED_PART_SEC = 0.15;

    /** A steady run (or merged runs): span, steady time, pitch residual and slope, mean flux. */
    private record Run(double start, double end, double steadySec, double residual, double slope, double flux,
            double firstSt, double lastSt) {
        Run merge(Run next) {
            double a = steadySec;
            double b = next.steadySec;
            return new Run(start, next.end, a + b, Math.max(residual, next.residual), (slope * a + next.slope * b) / (a + b),
                    (flux * a + next.flux * b) / (a + b), firstSt, next.lastSt);
        }
    }

    public FilledPauseDetector(Settings settings) {
        this.settings = settings;
    }

    public void accept(FrameFeatures f, boolean inSpeech, Consumer<FilledPause> sink) {
        boolean steady = inSpeech && f.voiced() && !Float.isNaN(f.spectralFluxDb()) && f.spectralFluxDb() <= settings.maxFluxDb();
        if (steady && frames > 0) {
            boolean continues = Math.abs(f.semitones() - lastSt) <= settings.maxPitchStepSt() * (gap + 1)
                    && Math.abs(f.rmsDb() - lastDb) <= settings.maxLevelStepDb() * (gap + 1);
            if (!continues) {
                close(sink);
            }
        }
        if (steady) {
            if (frames == 0) {
                start = f.timeSec() - 0.005;
                firstSt = f.semitones();
            }
            frames++;
            double t = f.timeSec() - start;
            double st = f.semitones();
            sumT += t;
            sumT2 += t * t;
            sumSt += st;
            sumSt2 += st * st;
            sumTSt += t * st;
            sumFlux += f.spectralFluxDb();
            lastSteady = f.timeSec() + 0.005;
            lastSt = st;
            lastDb = f.rmsDb();
            gap = 0;
        } else if (frames > 0 && ++gap > settings.toleratedGapFrames()) {
            close(sink);
        }
        if (frames == 0 && pending != null && f.timeSec() > pending.end() + settings.mergeGapSec()) {
            decide(pending, sink);
            pending = null;
        }
    }

    public void finish(Consumer<FilledPause> sink) {
        if (frames > 0) {
            close(sink);
        }
        if (pending != null) {
            decide(pending, sink);
            pending = null;
        }
    }

    private void close(Consumer<FilledPause> sink) {
        double n = frames;
        double varT = sumT2 / n - (sumT / n) * (sumT / n);
        double varSt = Math.max(0, sumSt2 / n - (sumSt / n) * (sumSt / n));
        double cov = sumTSt / n - (sumT / n) * (sumSt / n);
        double slope = varT > 1e-9 ? cov / varT : 0;
        double residual = Math.sqrt(Math.max(0, varSt - slope * cov));
        Run run = new Run(start, lastSteady, lastSteady - start, residual, slope, sumFlux / n, firstSt, lastSt);
        boolean mergeable = run.steadySec() >= MIN_MERGED_PART_SEC && pending != null
                && pending.steadySec() >= MIN_MERGED_PART_SEC;
        if (mergeable && run.start() - pending.end() <= settings.mergeGapSec()
                && Math.abs(run.firstSt() - pending.lastSt()) <= 2 * settings.maxPitchStepSt()) {
            pending = pending.merge(run);
        } else {
            if (pending != null) {
                decide(pending, sink);
            }
            pending = run;
        }
        frames = 0;
        gap = 0;
        sumT = 0;
        sumT2 = 0;
        sumSt = 0;
        sumSt2 = 0;
        sumTSt = 0;
        sumFlux = 0;
    }

    private void decide(Run r, Consumer<FilledPause> sink) {
        double duration = r.end() - r.start();
        if (duration >= settings.minSec() && duration <= settings.maxSec() && r.steadySec() >= 0.7 * settings.minSec()
                && r.residual() <= settings.maxPitchResidualSt() && Math.abs(r.slope()) <= settings.maxSlopeStPerSec()) {
            double durationScore = clamp((duration - 0.2) / 0.2);
            double pitchScore = clamp(1 - r.residual() / settings.maxPitchResidualSt());
            double fluxScore = clamp(1 - r.flux() / settings.maxFluxDb());
            double confidence = durationScore * (0.5 + 0.25 * pitchScore + 0.25 * fluxScore);
            sink.accept(new FilledPause(Rounding.round(r.start(), 3), Rounding.round(r.end(), 3), Math.round(confidence * 100) / 100.0));
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

}
