package io.interviewcoach.voice.features;

/**
 * What one 10 ms analysis frame measured (centre {@code timeSec}). Float NaN marks "not defined here"
 * (pitch and HNR of an unvoiced frame). Cycle sums are over the glottal-cycle pairs whose later cycle ended
 * in this frame: jitter = Σ|ΔT| / ΣT, shimmer = Σ|ΔA| / ΣA.
 */
public record FrameFeatures(
        long index,
        double timeSec,
        float rmsDb,
        float f0Hz,
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
}
