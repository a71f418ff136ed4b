package io.interviewcoach.speech.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.speech.SpeechSettings;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.Word;

/** Transcript files as users have them: other character sets, NaN timings, huge word lists, another recording's words. */
class TranscriptFilesTest {
    @TempDir
    Path tmp;

    private static final String SRT = "1\n00:00:00,500 --> 00:00:02,000\nJ'ai travaillé à Zürich, très bien.\n\n"
            + "2\n00:00:02,500 --> 00:00:04,000\nCafé crème, naïve façade.\n";

    @Test
    void latin1CaptionsAreReadAsWindows1252WithANote() throws IOException {
        Path srt = Files.write(tmp.resolve("latin1.srt"), SRT.getBytes(StandardCharsets.ISO_8859_1));
        Transcript t = TranscriptFiles.load(srt);
        assertEquals(List.of("J'ai", "travaillé", "à", "Zürich,", "très", "bien.", "Café", "crème,", "naïve", "façade."),
                t.words().stream().map(Word::word).toList());
        assertEquals(List.of("latin1.srt is not UTF-8 text: it was read as Windows-1252 (Western European); if words"
                + " look wrong in the report, save the file as UTF-8."), t.notes());
    }

    @Test
    void utf8AndUtf16WithByteOrderMarkNeedNoNote() throws IOException {
        Path utf8 = Files.write(tmp.resolve("utf8.srt"), SRT.getBytes(StandardCharsets.UTF_8));
        Path utf16 = Files.write(tmp.resolve("utf16.srt"), ("\uFEFF" + SRT).getBytes(StandardCharsets.UTF_16LE));
        for (Path p : List.of(utf8, utf16)) {
            Transcript t = TranscriptFiles.load(p);
            assertEquals("Zürich,", t.words().get(3).word(), p.toString());
            assertTrue(t.notes().isEmpty(), t.notes().toString());
        }
    }

    @Test
    void nanTimingIsRefusedInOnePlainSentence() throws IOException {
        Path json = Files.writeString(tmp.resolve("nan.json"),
                "[{\"word\":\"hello\",\"start\":0.5,\"end\":0.9},\n{\"word\":\"world\",\"start\":NaN,\"end\":1.4}]");
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.load(json));
        assertEquals("nan.json:2: word \"world\" has start NaN and end 1.4, but every start and end must be a number of"
                + " seconds: fix or re-export the transcript", e.getMessage());
        assertFalse(e.getMessage().contains("ALLOW_NON_NUMERIC"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        // 82 hours of words, 47 MB (the 50 MB list took 3 GB of memory)
        Path huge = wordList(tmp.resolve("huge.json"), 82 * 3600 * 2.5);
        assertTrue(Files.size(huge) > 40_000_000, "size " + Files.size(huge));
        long t0 = System.nanoTime();
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.load(huge));
        double ms = (System.nanoTime() - t0) / 1e6;
        assertTrue(e.getMessage().startsWith("huge.json:1: the file is "), e.getMessage());
        assertTrue(e.getMessage().contains("more than the 16.0 MB a transcript may have (coach.speech.max-transcript-bytes)"),
                e.getMessage());
        assertTrue(ms < 200, "refused without reading it: " + ms + " ms");
    }

    @Test
    void wordListWithinTheLimitStreamsAndIsRefusedWhenItOutrunsTheMedia() throws IOException {
        // 5 hours of words (about 3 MB): parsed as a stream, then refused against an 8 s clip
        Path list = wordList(tmp.resolve("five-hours.json"), 5 * 3600 * 2.5);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Transcript t = TranscriptFiles.load(list, SpeechSettings.defaults().maxTranscriptBytes());
        double sec = (System.nanoTime() - t0) / 1e9;
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        System.out.printf(Locale.ROOT, "word list: %.1f MB, %d words, parsed in %.2f s, heap grew %.0f MB%n",
                Files.size(list) / 1e6, t.words().size(), sec, grown / 1e6);
        assertEquals(45_000, t.words().size());
        assertTrue(sec < 5, "parse time " + sec);
        assertTrue(grown < 100_000_000, "heap grew " + grown);
        TranscriptMismatchException e = assertThrows(TranscriptMismatchException.class,
                () -> TranscriptFiles.requireWithin(t, 8.0, "katie_hill.mp4", 2.0));
        assertEquals("its words run until 5:00:00 but katie_hill.mp4 is only 8.0 s long, so it belongs to another"
                + " recording: pass the transcript made for katie_hill.mp4", e.getMessage());
    }

    @Test
    void lastWordJustAfterTheEndIsWithinTheTolerance() {
        Transcript t = Transcript.of(Transcript.JSON, List.of(Word.of("hello", 7.0, 7.5), Word.of("there", 7.6, 9.9)));
        TranscriptFiles.requireWithin(t, 8.0, "clip.mp4", 2.0);
        assertThrows(TranscriptMismatchException.class, () -> TranscriptFiles.requireWithin(t, 7.8, "clip.mp4", 2.0));
        TranscriptFiles.requireWithin(t, null, "stream", 2.0);
    }

    /** A JSON word list of {@code words} words, 0.4 s apart, written as a stream. */
    private static Path wordList(Path out, double words) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write("[");
            for (long i = 0; i < (long) words; i++) {
                double start = i * 0.4;
                w.write(String.format(Locale.ROOT, "%s{\"conf\":1.0,\"word\":\"word%d\",\"start\":%.2f,\"end\":%.2f}\n",
                        i == 0 ? "" : ",", i % 1000, start, start + 0.3));
            }
            w.write("]");
        }
        return out;
    }
}
