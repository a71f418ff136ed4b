package io.interviewcoach.job.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells the kind of an uploaded recording from its first bytes, never from its name: ISO-BMFF (mp4, mov, m4a), EBML
 * (webm, mkv), RIFF WAVE and AVI, Ogg, FLAC and MP3 (an ID3 tag or an MPEG audio frame header).
 */
public final class MediaSniffer {
    static final int HEAD_BYTES = 64;

    private MediaSniffer() {
    }

    /** The media type of the file's content, or empty when it is none of the accepted containers. */
    public static Optional<String> mediaType(Path file) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEAD_BYTES);
        }
        return mediaType(head, n);
    }

    static Optional<String> mediaType(byte[] b, int n) {
        if (n >= 12 && ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            if (brand.startsWith("M4A") || brand.startsWith("M4B")) {
                return Optional.of("audio/mp4");
            }
            return Optional.of(brand.equals("qt  ") ? "video/quicktime" : "video/mp4");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF && (b[3] & 0xFF) == 0xA3) {
            return Optional.of(ascii(b, 0, n).contains("webm") ? "video/webm" : "video/x-matroska");
        }
        if (n >= 12 && ascii(b, 0, 4).equals("RIFF")) {
            String form = ascii(b, 8, 4);
            if (form.equals("WAVE")) {
                return Optional.of("audio/wav");
            }
            if (form.equals("AVI ")) {
                return Optional.of("video/x-msvideo");
            }
            return Optional.empty();
        }
        if (n >= 4 && ascii(b, 0, 4).equals("OggS")) {
            return Optional.of("audio/ogg");
        }
        if (n >= 4 && ascii(b, 0, 4).equals("fLaC")) {
            return Optional.of("audio/flac");
        }
        if (n >= 3 && ascii(b, 0, 3).equals("ID3")) {
            return Optional.of("audio/mpeg");
        }
        if (n >= 2 && mpegAudioFrame(b[0] & 0xFF, b[1] & 0xFF)) {
            return Optional.of("audio/mpeg");
        }
        return Optional.empty();
    }

    /** 11 sync bits, a version other than "reserved" (01) and a layer other than "reserved" (00). */
    private static boolean mpegAudioFrame(int b0, int b1) {
        return b0 == 0xFF && (b1 & 0xE0) == 0xE0 && (b1 & 0x18) != 0x08 && (b1 & 0x06) != 0x00;
    }

    private static String ascii(byte[] b, int from, int length) {
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
}
