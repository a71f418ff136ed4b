package io.interviewcoach.live.cues;

import java.util.List;

import io.interviewcoach.face.FaceWindow;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.pose.PoseWindow;
import io.interviewcoach.speech.SpeechWindow;
import io.interviewcoach.voice.VoiceWindow;

/** Hand-built one-second windows for the rule tests: only the fields the cue rules read are set. */
final class Windows {
    private Windows() {
    }

    static WindowResults at(int second, FaceWindow face, PoseWindow pose, VoiceWindow voice, SpeechWindow speech) {
        return new WindowResults(new MediaWindow(second, second, second + 1, List.of(), null), face, pose, voice,
                speech);
    }

    /** A window where the face is seen with this eye-contact share (null: gaze not measurable). */
    static WindowResults eyes(int second, Double eyeContact) {
        return at(second, face(eyeContact), null, null, null);
    }

    static FaceWindow face(Double eyeContact) {
        return new FaceWindow(true, 1.0, 1, eyeContact, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1, 0.1, 0.1, 0, 0.0, List.of());
    }

    static PoseWindow pose(int second, Double postureScore) {
        return new PoseWindow(second, second, second + 1, postureScore != null, 1.0, postureScore, 0.0, 0.0, true,
                false, false, 0.0, 0, List.of());
    }

    static VoiceWindow voice(int second, double speechRatio, Double pitchHz, Double loudnessDb, int syllables,
            int filledPauses) {
        return new VoiceWindow(second, second + 1, speechRatio, pitchHz, loudnessDb, syllables, filledPauses, List.of());
    }

    /** Speech for the whole second with this many syllable nuclei, a steady voice at a normal level. */
    static WindowResults talking(int second, int syllables) {
        return at(second, null, null, voice(second, 1.0, 120.0 + (second % 5) * 10, -20.0, syllables, 0), null);
    }
}
