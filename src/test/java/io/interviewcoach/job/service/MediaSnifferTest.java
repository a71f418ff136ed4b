package io.interviewcoach.job.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.interviewcoach.testsupport.TestAssets;

/** Kinds by content, on the shared media and on headers of the other containers; names play no part. */
class MediaSnifferTest {
    @Test
    void realMediaIsRecognisedByContent() throws Exception {
        assertEquals(Optional.of("video/mp4"), MediaSniffer.mediaType(TestAssets.media("d9.mp4")));
        assertEquals(Optional.of("audio/flac"), MediaSniffer.mediaType(TestAssets.media("jfk.flac")));
        assertEquals(Optional.empty(), MediaSniffer.mediaType(TestAssets.media("sample1.jpg")), "a still image is no recording");
        assertEquals(Optional.empty(), MediaSniffer.mediaType(TestAssets.media("README.md")));
    }

    @Test
    void containerHeaders() {
        assertEquals(Optional.of("video/quicktime"), sniff(bytes(0, 0, 0, 0x14), "ftypqt  "));
        assertEquals(Optional.of("audio/mp4"), sniff(bytes(0, 0, 0, 0x1C), "ftypM4A "));
        assertEquals(Optional.of("video/webm"), sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x84), "webm"));
        assertEquals(Optional.of("video/x-matroska"), sniff(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88), "matroska"));
        assertEquals(Optional.of("audio/wav"), sniff(new byte[0], "RIFF\0\0\0\0WAVEfmt "));
        assertEquals(Optional.empty(), sniff(new byte[0], "RIFF\0\0\0\0WEBPVP8 "), "RIFF, but a picture");
        assertEquals(Optional.of("audio/ogg"), sniff(new byte[0], "OggS\0\2"));
        assertEquals(Optional.of("audio/mpeg"), sniff(new byte[0], "ID3\4\0"));
        assertEquals(Optional.of("audio/mpeg"), sniff(bytes(0xFF, 0xFB, 0x90, 0x64), ""));
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0), ""), "JPEG is not an MPEG audio frame");
        assertEquals(Optional.empty(), sniff(new byte[0], "WEBVTT\n\n00:00.000 --> 00:01.000\nhi"));
        assertEquals(Optional.empty(), sniff(new byte[0], ""));
    }

    @Test
    void uploadNamesAreCleaned() {
        assertEquals("d9.mp4", UploadFiles.safeName("d9.mp4"));
        assertEquals("passwd", UploadFiles.safeName("../../etc/passwd"));
        assertEquals("evil.mp4", UploadFiles.safeName("C:\\Users\\x\\..\\evil.mp4"));
        assertEquals("recording", UploadFiles.safeName(".."));
        assertEquals("recording", UploadFiles.safeName(null));
        assertEquals("my_answer_1_.webm", UploadFiles.safeName("my\"answer<1>.webm"));
        assertEquals("réponse.mp4", UploadFiles.safeName("réponse.mp4"));
    }

    @Test
    void deleteStaysInsideTheUploadFolder() throws Exception {
        Path root = Files.createTempDirectory("uploads");
        Path outside = Files.createTempFile("keep", ".mp4");
        UploadFiles files = new UploadFiles(root);
        files.delete(outside.toString());
        assertEquals(true, Files.exists(outside), "a path outside the folder is never deleted");
        Path job = Files.createDirectories(root.resolve("job-1")).resolve("a.mp4");
        Files.writeString(job, "x");
        files.delete(job.toString());
        assertEquals(false, Files.exists(job.getParent()));
        Files.delete(outside);
    }

    private static Optional<String> sniff(byte[] prefix, String ascii) {
        byte[] tail = ascii.getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = new byte[MediaSniffer.HEAD_BYTES];
        System.arraycopy(prefix, 0, b, 0, prefix.length);
        System.arraycopy(tail, 0, b, prefix.length, Math.min(tail.length, b.length - prefix.length));
        return MediaSniffer.mediaType(b, prefix.length + tail.length);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
