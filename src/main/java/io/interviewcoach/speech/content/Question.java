package io.interviewcoach.speech.content;

import java.util.List;

/**
 * An interview question from the bank (docs/question-bank.md). {@code star}: whether a Situation-Task-Action-Result
 * story is the expected shape of the answer.
 */
public record Question(String id, String text, String category, boolean star, List<TalkingPoint> talkingPoints) {
    public Question {
        talkingPoints = talkingPoints == null ? List.of() : List.copyOf(talkingPoints);
    }
}
