package io.interviewcoach.voice.features;

/**
 * What one 10 ms analysis frame measured (centre {@code timeSec}). Float NaN marks "not defined here"
 * (pitch of an unvoiced frame; HNR where Praat's harmonicity would call the frame voiceless, its own decision from the
 * correlation and the level, see {@link Harmonicity}). Two voicing decisions on the same YIN estimate: {@code f0Hz} where
 * the frame is clearly voiced (loudness, syllable nuclei and filled pauses rest on it), {@code pitchHz} where it is
 * periodic enough for the pitch statistics (looser, like Praat's voicing: weak phrase ends count; docs/scoring.md).
 * Cycle sums are over the glottal-cycle pairs whose later cycle ended in this frame: jitter = Σ|ΔT| / ΣT,
 * shimmer = Σ|ΔA| / ΣA.
 */
public record FrameFeatures(
        long index,
        double timeSec,
        float rmsDb,
        float f0Hz,
        float pitchHz,
        float aperiodicity,
        float hnrDb,
        float spectralFluxDb,
        int cyclePairs,
        double periodAbsDiffSum,
        double periodSum,
        double amplitudeAbsDiffSum,
        double amplitudeSum) {

    public boolean voiced() {
        return !Float.isNaN(f0Hz);
    }

    /** Semitones above 100 Hz (NaN when unvoiced). */
    public double semitones() {
        return voiced() ? 12 * Math.log(f0Hz / 100.0) / Math.log(2) : Double.NaN;
    }

    /** Whether the frame counts for the pitch statistics (the looser, Praat-like voicing of {@code pitchHz}). */
    public boolean pitched() {
        return !Float.isNaN(pitchHz);
    }

    /** {@code pitchHz} in semitones above 100 Hz (NaN when the frame does not count for the pitch statistics). */
    public double pitchSemitones() {
        return pitched() ? 12 * Math.log(pitchHz / 100.0) / Math.log(2) : Double.NaN;
    }
}
