package io.interviewcoach.voice;

/**
 * How loud the audio track got at all: the RMS level of its loudest analysis window (dBFS) against the noise
 * floor. Nothing above the floor means no sound was captured (a muted or disconnected microphone), which is
 * not the same as a speaker who is silent.
 *
 * @param loudestWindowDb RMS level of the loudest window, dBFS; negative infinity when every sample is zero
 * @param noiseFloorDb    {@link VoiceSettings#noiseFloorDb()}
 */
public record SignalLevel(double loudestWindowDb, double noiseFloorDb) {

    /** Every sample is exactly zero. */
    public boolean digitalSilence() {
        return loudestWindowDb == Double.NEGATIVE_INFINITY;
    }

    public boolean aboveNoiseFloor() {
        return loudestWindowDb > noiseFloorDb;
    }
}
