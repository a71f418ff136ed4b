package io.interviewcoach.fusion.feedback;

/** A stretch of the recording, seconds from its start. */
public record TimeRange(double start, double end) {
}
