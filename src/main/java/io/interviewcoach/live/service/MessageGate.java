package io.interviewcoach.live.service;

import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.Limits;
import io.interviewcoach.live.protocol.MediaKind;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.protocol.ProtocolException;

/**
 * The limits of docs/protocol.md applied to one session's incoming messages, on the event loop (cheap checks only):
 * message rate, message and frame size, header, sample rate, sequence numbers. A refused message is a
 * {@link ProtocolException} naming the limit.
 */
final class MessageGate {
    private static final long RATE_ERROR_EVERY_NANOS = 1_000_000_000L;

    private final Limits limits;
    private final MessageRate rate;
    private final SequenceCheck sequences = new SequenceCheck();
    private long lastRateErrorNanos;

    MessageGate(Limits limits) {
        this.limits = limits;
        this.rate = new MessageRate(limits.maxMessagesPerSec());
    }

    /**
     * False for a message over the rate, dropped silently; the client hears of the excess at most once a second (the
     * exception).
     */
    synchronized boolean admit(long nowNanos) {
        if (rate.allow(nowNanos)) {
            return true;
        }
        if (nowNanos - lastRateErrorNanos > RATE_ERROR_EVERY_NANOS) {
            lastRateErrorNanos = nowNanos;
            throw new ProtocolException(ErrorCode.rateLimited, "maxMessagesPerSec", "more than "
                    + limits.maxMessagesPerSec() + " messages in a second; the excess is dropped");
        }
        return false;
    }

    /** A media message within the size limits, with a valid header. */
    MediaMessage media(byte[] bytes) {
        if (bytes.length > limits.maxMessageBytes()) {
            throw new ProtocolException(ErrorCode.messageTooLarge, "maxMessageBytes", "a message of " + bytes.length
                    + " bytes is over the limit of " + limits.maxMessageBytes() + "; it was dropped");
        }
        MediaMessage m = MediaMessage.decode(bytes);
        if (m.kind() == MediaKind.VIDEO && m.payload().length > limits.maxFrameBytes()) {
            throw new ProtocolException(ErrorCode.frameTooLarge, "maxFrameBytes", "a JPEG of " + m.payload().length
                    + " bytes is over the limit of " + limits.maxFrameBytes() + "; it was dropped");
        }
        if (m.kind() == MediaKind.AUDIO && !limits.audioSampleRates().contains(m.sampleRate())) {
            throw new ProtocolException(ErrorCode.unsupportedRate, "audioSampleRates",
                    "audio at " + m.sampleRate() + " Hz is not supported; send " + limits.audioSampleRates() + " Hz");
        }
        return m;
    }

    /** Checks the message's sequence number; for audio, how many chunks are missing before it. */
    long sequence(MediaMessage m) {
        if (m.kind() == MediaKind.VIDEO) {
            sequences.video(m.sequence());
            return 0;
        }
        return sequences.audio(m.sequence());
    }
}
