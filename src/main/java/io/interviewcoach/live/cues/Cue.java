package io.interviewcoach.live.cues;

/**
 * One cue to show the candidate.
 *
 * @param kind   which cue
 * @param text   what to show (2-4 words)
 * @param t      media time it is given at, seconds: the end of the window that made it due
 * @param reason the measurement behind it, for logs and tests (not shown to the candidate)
 */
public record Cue(CueKind kind, String text, double t, String reason) {
    /** The protocol's {@code cue.kind}: the focus group the cue belongs to. */
    public String group() {
        return kind.focus().key();
    }
}
