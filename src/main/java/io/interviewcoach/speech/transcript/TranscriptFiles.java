package io.interviewcoach.speech.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.interviewcoach.speech.SpeechSettings;
import io.interviewcoach.speech.Transcript;

/**
 * Loads an existing transcript for {@code analyze --transcript FILE}: .vtt, .srt or .json (by extension or content).
 * A file over the size limit is refused before it is read; the rest is parsed as a stream in its character set
 * ({@link TextCharset}); a transcript that runs past the end of its media is refused ({@link #requireWithin}).
 */
public final class TranscriptFiles {
    private static final int SNIFF_CHARS = 4096;

    private TranscriptFiles() {
    }

    /** With the default size limit ({@link SpeechSettings#defaults()}). */
    public static Transcript load(Path file) {
        return load(file, SpeechSettings.defaults().maxTranscriptBytes());
    }

    public static Transcript load(Path file, long maxBytes) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new TranscriptFormatException(name, 1, String.format(Locale.ROOT, "the file is %.1f MB, more"
                        + " than the %.1f MB a transcript may have (coach.speech.max-transcript-bytes): pass the"
                        + " transcript of this one recording", size / 1e6, maxBytes / 1e6));
            }
            TextCharset charset = TextCharset.of(file);
            Transcript t;
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(charset.bomBytes());
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset.charset()));
                t = parse(reader, name);
            }
            return charset.guessed() ? t.withNote(name + " is not UTF-8 text: it was read as Windows-1252 (Western"
                    + " European); if words look wrong in the report, save the file as UTF-8.") : t;
        } catch (IOException e) {
            throw new TranscriptFormatException(name, 1, "cannot read the transcript file: " + e.getMessage(), e);
        }
    }

    /** Parses by the name's extension, or by sniffing the content when the extension is not known. */
    public static Transcript parse(String content, String name) {
        try {
            return parse(new BufferedReader(new java.io.StringReader(content)), name);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Transcript parse(BufferedReader content, String name) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".vtt")) {
            return CaptionParser.parse(content, CaptionParser.Format.VTT, name);
        }
        if (lower.endsWith(".srt")) {
            return CaptionParser.parse(content, CaptionParser.Format.SRT, name);
        }
        if (lower.endsWith(".json")) {
            return JsonTranscriptParser.parse(content, name);
        }
        String head = head(content).stripLeading().replace("\uFEFF", "");
        if (head.startsWith("WEBVTT")) {
            return CaptionParser.parse(content, CaptionParser.Format.VTT, name);
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return JsonTranscriptParser.parse(content, name);
        }
        if (head.matches("(?s)\\d+\\s*\\R[^\\n]*-->.*")) {
            return CaptionParser.parse(content, CaptionParser.Format.SRT, name);
        }
        throw new TranscriptFormatException(name, 1, "unsupported transcript format: expected WebVTT (.vtt), SubRip "
                + "(.srt) or a JSON word list (.json)");
    }

    /** The first characters, the reader reset to where it was. */
    private static String head(BufferedReader content) throws IOException {
        char[] buf = new char[SNIFF_CHARS];
        content.mark(SNIFF_CHARS);
        int n = content.read(buf, 0, SNIFF_CHARS);
        content.reset();
        return n <= 0 ? "" : new String(buf, 0, n);
    }

    /**
     * Refuses a transcript made for another recording: its last word ends more than {@code toleranceSec} after the
     * media's end. Unknown media length: nothing to check.
     */
    public static void requireWithin(Transcript t, Double mediaSec, String mediaName, double toleranceSec) {
        if (t == null || mediaSec == null || t.words().isEmpty()) {
            return;
        }
        double end = t.endSec();
        if (end > mediaSec + toleranceSec) {
            throw new TranscriptMismatchException(String.format(Locale.ROOT, "its words run until %s but %s is"
                    + " only %s long, so it belongs to another recording: pass the transcript made for %s",
                    clock(end), mediaName, clock(mediaSec), mediaName));
        }
    }

    private static String clock(double sec) {
        long s = Math.round(sec);
        return s < 60 ? String.format(Locale.ROOT, "%.1f s", sec)
                : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

}
