package io.interviewcoach.live.service;

import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.ProtocolException;

/**
 * Sequence numbers per media kind: each must be above the last one seen. A repeated or older number is refused
 * (dropped, counted); a jump in audio numbers reports how many chunks are missing (filled with silence).
 */
final class SequenceCheck {
    private long lastVideo = -1;
    private long lastAudio = -1;

    synchronized void video(long sequence) {
        if (sequence <= lastVideo) {
            throw refused("video frame", sequence, lastVideo);
        }
        lastVideo = sequence;
    }

    /** @return audio chunks missing before this one */
    synchronized long audio(long sequence) {
        if (sequence <= lastAudio) {
            throw refused("audio chunk", sequence, lastAudio);
        }
        long missing = lastAudio < 0 ? sequence : sequence - lastAudio - 1;
        lastAudio = sequence;
        return missing;
    }

    private static ProtocolException refused(String what, long sequence, long last) {
        return new ProtocolException(ErrorCode.badSequence, "sequence", (sequence == last ? "duplicate " : "out-of-order ")
                + what + " " + sequence + " (last received: " + last + "); it was dropped");
    }
}
