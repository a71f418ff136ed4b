package io.interviewcoach.fusion.feedback;

/** Something the candidate did well, with the measured value. */
public record Strength(String area, String message, Evidence evidence) {
}
