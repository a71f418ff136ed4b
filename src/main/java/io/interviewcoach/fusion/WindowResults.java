package io.interviewcoach.fusion;

import io.interviewcoach.face.FaceWindow;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.pose.PoseWindow;
import io.interviewcoach.speech.SpeechWindow;
import io.interviewcoach.voice.VoiceWindow;

/**
 * What each analyzer measured in one window of a recording or live session. An entry is null when its analyzer
 * does not run on this stream (no video, no audio) or yielded nothing for this window (failed, too late).
 */
public record WindowResults(MediaWindow window, FaceWindow face, PoseWindow pose, VoiceWindow voice,
        SpeechWindow speech) {

    public double startSec() {
        return window.startSec();
    }

    public double endSec() {
        return window.endSec();
    }
}
