package io.interviewcoach.analysis;

import java.time.Duration;

import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.content.Question;

/**
 * One stream to analyse, a recording or a live session: what it is ({@code media}), which of its streams are
 * analysed, at what rate and window length. {@code transcript} (captions of a recording) and {@code question}
 * may be null; without a transcript, speech comes from the recognizer when its model is installed.
 * {@code analyzerDeadline}: how long one analyzer may take on one window before the window goes on without it
 * (null: no limit, for recordings).
 */
public record StreamSpec(MediaInfo media, boolean video, boolean audio, double fps, double windowSec,
        PoseModels.Variant poseModel, Transcript transcript, Question question, Duration analyzerDeadline) {
}
