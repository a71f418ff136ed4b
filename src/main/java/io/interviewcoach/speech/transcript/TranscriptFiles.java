package io.interviewcoach.speech.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.interviewcoach.speech.Transcript;

/** Loads an existing transcript for {@code analyze --transcript FILE}: .vtt, .srt or .json (by extension or content). */
public final class TranscriptFiles {
    private TranscriptFiles() {
    }

    public static Transcript load(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TranscriptFormatException(file.toString(), 1, "cannot read the transcript file: " + e.getMessage(), e);
        }
        return parse(content, file.getFileName().toString());
    }

    /** Parses by the name's extension, or by sniffing the content when the extension is not known. */
    public static Transcript parse(String content, String name) {
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
        String head = content.stripLeading().replace("\uFEFF", "");
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
}
