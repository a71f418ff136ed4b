package io.interviewcoach.live.protocol;

import java.nio.ByteBuffer;

/**
 * One binary client message: an 18-byte big-endian header (kind, protocol version, sequence number, capture
 * timestamp in ms, audio sample rate) and the payload (one JPEG, or PCM16 little-endian mono samples). Shared by
 * the server and by Java clients (tests, the benchmark).
 */
public record MediaMessage(MediaKind kind, long sequence, long timestampMs, int sampleRate, byte[] payload) {
    public static final int HEADER_BYTES = 18;
    public static final int VERSION = 1;
    private static final long MAX_SEQUENCE = 0xFFFF_FFFFL;

    public static MediaMessage video(long sequence, long timestampMs, byte[] jpeg) {
        return new MediaMessage(MediaKind.VIDEO, sequence, timestampMs, 0, jpeg);
    }

    public static MediaMessage audio(long sequence, long timestampMs, int sampleRate, byte[] pcm16) {
        return new MediaMessage(MediaKind.AUDIO, sequence, timestampMs, sampleRate, pcm16);
    }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        b.put((byte) kind.code()).put((byte) VERSION).putInt((int) sequence).putLong(timestampMs).putInt(sampleRate)
                .put(payload);
        return b.array();
    }

    /** Reads a message; a wrong header is a {@link ProtocolException} naming what is wrong. */
    public static MediaMessage decode(byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            throw malformed("a binary message needs an " + HEADER_BYTES + "-byte header, got " + bytes.length + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int kindCode = b.get() & 0xFF;
        int version = b.get() & 0xFF;
        long sequence = b.getInt() & MAX_SEQUENCE;
        long timestampMs = b.getLong();
        int sampleRate = b.getInt();
        MediaKind kind = MediaKind.of(kindCode);
        if (kind == null) {
            throw malformed("unknown media kind " + kindCode + " (1 = video frame, 2 = audio chunk)");
        }
        if (version != VERSION) {
            throw malformed("protocol version " + version + " is not supported (this server speaks " + VERSION + ")");
        }
        if (timestampMs < 0) {
            throw malformed("negative capture timestamp " + timestampMs + " ms");
        }
        byte[] payload = new byte[bytes.length - HEADER_BYTES];
        b.get(payload);
        if (payload.length == 0) {
            throw malformed("empty " + kind.name().toLowerCase(java.util.Locale.ROOT) + " payload");
        }
        if (kind == MediaKind.AUDIO && payload.length % 2 != 0) {
            throw malformed("PCM16 audio needs an even number of bytes, got " + payload.length);
        }
        return new MediaMessage(kind, sequence, timestampMs, sampleRate, payload);
    }

    private static ProtocolException malformed(String message) {
        return new ProtocolException(ErrorCode.malformed, null, message);
    }
}
