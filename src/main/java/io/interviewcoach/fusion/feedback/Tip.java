package io.interviewcoach.fusion.feedback;

/** Advice about one weak area, with the evidence behind it. */
public record Tip(String area, String message, Evidence evidence) {
}
