package io.interviewcoach.analysis;

import java.nio.file.Path;

import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.content.Question;

/**
 * One recording to analyse. {@code transcript} (captions the user supplied), {@code question} (the question
 * being answered) and {@code audioTrack} (1-based; null for the file's default audio track) may be null.
 */
public record AnalysisRequest(Path file, double fps, double windowSec, int maxFrameSide, PoseModels.Variant poseModel,
        Transcript transcript, Question question, Integer audioTrack) {

    /** With the file's default audio track. */
    public AnalysisRequest(Path file, double fps, double windowSec, int maxFrameSide, PoseModels.Variant poseModel,
            Transcript transcript, Question question) {
        this(file, fps, windowSec, maxFrameSide, poseModel, transcript, question, null);
    }
}
