package io.interviewcoach.voice;

/** An acoustically detected filled pause ("um", "uh", "er"), seconds from the start of the media. */
public record FilledPause(double start, double end, double confidence) {
}
