package io.interviewcoach.speech.content;

import java.util.List;

/**
 * How well the answer touched one talking point: {@code coverage} = min(1, concepts heard / min(2, concepts)),
 * with the concepts heard and the ones not heard (by name).
 */
public record TalkingPointCoverage(String point, double coverage, List<KeywordMatch> matched, List<String> missing) {
}
