package io.interviewcoach.media;

/** Media time [startSec, endSec) where the decoder delivered no video frames although the stream has them. */
public record LostStretch(double startSec, double endSec) {}
