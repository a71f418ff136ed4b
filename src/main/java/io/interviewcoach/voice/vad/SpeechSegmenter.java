package io.interviewcoach.voice.vad;

import java.util.function.Consumer;

/**
 * Turns per-chunk speech probabilities into speech segments with hysteresis: speech starts when the
 * probability reaches {@code onThreshold} and is only considered over once it has stayed below
 * {@code offThreshold} for {@code minSilenceSec}; segments shorter than {@code minSpeechSec} are dropped
 * (clicks, breaths). Segments are emitted once final, so the caller sees each exactly once.
 */
public final class SpeechSegmenter {
    /** A stretch of speech, seconds from the start of the stream. */
    public record Segment(double start, double end) {
        public double durationSec() {
            return end - start;
        }
    }

    /** Hysteresis and durations (defaults documented in docs/scoring.md (voice)). */
    public record Settings(double onThreshold, double offThreshold, double minSpeechSec, double minSilenceSec) {
        public static Settings defaults() {
            return new Settings(0.5, 0.35, 0.25, 0.25);
        }
    }

    private final Settings settings;
    private boolean triggered;
    private double speechStart;
    private double silenceStart = Double.NaN;
    private double lastEnd;
    private boolean lastChunkSpeech;

    public SpeechSegmenter(Settings settings) {
        this.settings = settings;
    }

    /** Feeds the next chunk; a segment that has just become final goes to {@code sink}. NaN probabilities count as silence. */
    public void accept(VadStream.Chunk chunk, Consumer<Segment> sink) {
        float p = Float.isNaN(chunk.probability()) ? 0f : chunk.probability();
        lastEnd = chunk.endSec();
        if (!triggered) {
            if (p >= settings.onThreshold()) {
                triggered = true;
                speechStart = chunk.startSec();
                silenceStart = Double.NaN;
            }
        } else if (p < settings.offThreshold()) {
            if (Double.isNaN(silenceStart)) {
                silenceStart = chunk.startSec();
            }
            if (chunk.endSec() - silenceStart >= settings.minSilenceSec()) {
                close(silenceStart, sink);
            }
        } else {
            silenceStart = Double.NaN;
        }
        lastChunkSpeech = triggered && Double.isNaN(silenceStart);
    }

    /**
     * Whether the chunk just fed is inside a (provisional) speech segment, a short dip of the probability within
     * speech included: frame measures (pitch, syllables, filled pauses) use this so one doubtful chunk does not
     * cut a vowel in two.
     */
    public boolean inSegment() {
        return triggered;
    }

    /** Whether the chunk just fed is (provisionally) speech: inside a segment and not in a trailing silence. */
    public boolean lastChunkSpeech() {
        return lastChunkSpeech;
    }

    /** Ends the stream: an open segment is closed where the speech stopped (or at the end). */
    public void finish(Consumer<Segment> sink) {
        if (triggered) {
            close(Double.isNaN(silenceStart) ? lastEnd : silenceStart, sink);
        }
    }

    private void close(double end, Consumer<Segment> sink) {
        triggered = false;
        silenceStart = Double.NaN;
        if (end - speechStart >= settings.minSpeechSec()) {
            sink.accept(new Segment(speechStart, end));
        }
    }
}
