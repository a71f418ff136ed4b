package io.interviewcoach.voice;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the voice analyzer measured in one window (a report timeline entry). Null where not measurable
 * (no audio; pitch and loudness without speech). Frame features lag the window by about 50 ms.
 *
 * @param speechRatio   share of the window VAD marks as speech, 0-1
 * @param pitchHz       median pitch of voiced speech frames
 * @param loudnessDb    mean level of voiced speech frames, dBFS RMS
 * @param syllables     syllable nuclei found
 * @param filledPauses  acoustic filled pauses that ended in this window
 * @param pitchContour  pitch every 100 ms (voiced speech only) for charts; not part of the JSON timeline
 */
public record VoiceWindow(
        double start,
        double end,
        Double speechRatio,
        Double pitchHz,
        Double loudnessDb,
        int syllables,
        int filledPauses,
        @JsonIgnore List<PitchPoint> pitchContour) {

    /** One point of the pitch contour: time (s) and pitch (Hz). */
    public record PitchPoint(double timeSec, double hz) {}
}
