package io.interviewcoach.analysis;

/**
 * What the source of a stream (a file reader, a live socket) counted: video frames that reached the analyzers,
 * frames that could not be decoded, frames lost (damaged or missing stretches of a file; frames dropped under load
 * in a live session), and where the analysed media ends (null when unknown).
 */
public record CaptureCounts(int framesAnalyzed, int framesUnreadable, int framesLost, Double analyzedDurationSec) {
}
