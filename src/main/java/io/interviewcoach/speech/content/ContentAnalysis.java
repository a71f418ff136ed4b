package io.interviewcoach.speech.content;

import java.util.List;

/**
 * What the answer says about the question: relevance to its talking points (null when no question was given)
 * and STAR structure cues (always looked for; {@code star.applies} says whether the question expects them).
 */
public record ContentAnalysis(String questionId, String questionText, Double relevanceScore,
        List<TalkingPointCoverage> talkingPoints, StarAnalysis star) {
    public ContentAnalysis {
        talkingPoints = talkingPoints == null ? List.of() : List.copyOf(talkingPoints);
    }
}
