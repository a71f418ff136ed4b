package io.interviewcoach.speech.content;

import java.util.List;

/**
 * Something a good answer covers. {@code keywords} is a list of concepts; each concept lists interchangeable
 * words or phrases (the first one names it, the rest are synonyms), e.g. [["conflict", "disagreement", "tension"]].
 */
public record TalkingPoint(String point, List<List<String>> keywords) {
    public TalkingPoint {
        keywords = keywords == null ? List.of() : keywords.stream().map(List::copyOf).toList();
    }
}
