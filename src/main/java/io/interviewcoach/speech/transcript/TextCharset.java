package io.interviewcoach.speech.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a text file: a byte-order mark decides (UTF-8, UTF-16); otherwise the file is UTF-8 when
 * every byte sequence in it is valid UTF-8, and Windows-1252 (ISO-8859-1 with the printable 0x80-0x9F range, what
 * Western European caption tools write) when not. Checked in one streaming pass, without holding the file.
 *
 * @param charset  how to decode the text
 * @param bomBytes bytes of byte-order mark to skip
 * @param guessed  true when the charset is the Windows-1252 fallback, not known
 */
record TextCharset(Charset charset, int bomBytes, boolean guessed) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextCharset of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new TextCharset(StandardCharsets.UTF_8, 3, false);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new TextCharset(StandardCharsets.UTF_16LE, 2, false);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new TextCharset(StandardCharsets.UTF_16BE, 2, false);
            }
            return validUtf8(head, in) ? new TextCharset(StandardCharsets.UTF_8, 0, false)
                    : new TextCharset(WINDOWS_1252, 0, true);
        }
    }

    private static boolean validUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        bytes.put(head);
        boolean end = false;
        while (!end) {
            int n = rest.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, end);
            if (r.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        return !decoder.flush(chars).isError();
    }
}
