package io.interviewcoach.speech.content;

import java.util.List;

/**
 * STAR structure cues found in the answer. {@code applies}: whether the question expects a STAR story (null when the
 * question is not known); {@code found}/{@code missing}: components with / without any cue, in S-T-A-R order.
 */
public record StarAnalysis(Boolean applies, List<String> found, List<String> missing, List<StarCue> cues) {
}
