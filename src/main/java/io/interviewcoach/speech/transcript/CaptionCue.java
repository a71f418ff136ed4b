package io.interviewcoach.speech.transcript;

/** One caption cue: what is shown from {@code start} to {@code end} (seconds), cleaned of markup. */
public record CaptionCue(double start, double end, String text, int line) {
}
