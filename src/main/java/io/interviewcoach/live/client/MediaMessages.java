package io.interviewcoach.live.client;

import java.nio.ByteBuffer;

/**
 * Binary media messages of live protocol v1 (docs/protocol.md): an 18-byte big-endian header (kind, version,
 * sequence number, capture time in ms, audio sample rate) followed by one JPEG frame or PCM16 little-endian samples.
 */
public final class MediaMessages {
    public static final int PROTOCOL_VERSION = 1;
    public static final int HEADER_BYTES = 18;
    public static final byte VIDEO_FRAME = 1;
    public static final byte AUDIO_CHUNK = 2;

    private MediaMessages() {
    }

    public static ByteBuffer videoFrame(long sequence, long captureMs, byte[] jpeg) {
        return encode(VIDEO_FRAME, sequence, captureMs, 0, jpeg);
    }

    public static ByteBuffer audioChunk(long sequence, long captureMs, int sampleRate, byte[] pcm16le) {
        return encode(AUDIO_CHUNK, sequence, captureMs, sampleRate, pcm16le);
    }

    static ByteBuffer encode(byte kind, long sequence, long captureMs, int sampleRate, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        b.put(kind).put((byte) PROTOCOL_VERSION).putInt((int) sequence).putLong(captureMs).putInt(sampleRate).put(payload);
        return b.flip();
    }
}
