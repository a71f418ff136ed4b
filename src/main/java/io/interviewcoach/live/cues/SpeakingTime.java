package io.interviewcoach.live.cues;

import io.interviewcoach.fusion.WindowResults;

/**
 * How much of a window was speech (voice activity share × window length) and whether it counts as a speaking
 * window; unmeasured (no audio) is 0 seconds and not speaking.
 */
record SpeakingTime(double seconds, boolean speaking) {
    static SpeakingTime of(WindowResults r, double speakingRatio) {
        if (r.voice() == null || r.voice().speechRatio() == null) {
            return new SpeakingTime(0, false);
        }
        double ratio = r.voice().speechRatio();
        return new SpeakingTime(ratio * (r.endSec() - r.startSec()), ratio >= speakingRatio);
    }
}
