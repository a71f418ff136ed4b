package io.interviewcoach.speech.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.Word;

/**
 * WebVTT and SubRip (SRT) captions. Captions time whole cues, not words, so each cue's words are spread over the
 * cue in proportion to their length in letters and digits (a 9-letter word gets three times the time of a
 * 3-letter word): pauses between cues are kept, pauses inside a cue are not visible. WebVTT inline timestamps
 * ("&lt;00:00:01.250&gt;", karaoke style) split a cue: the words after one start at its time.
 */
public final class CaptionParser {
    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})[.,](\\d{1,3})");
    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern INLINE_TIMESTAMP = Pattern.compile("<((?:\\d+:)?\\d{1,2}:\\d{2}\\.\\d{3})>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    private static final Pattern NON_SPEECH = Pattern.compile("\\[[^\\]]*]|\\([^)]*\\)|[\u266A\u266B]");
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^(?:-\\s*|>>\\s*)?(?:[A-Z][A-Z .'-]{1,30}:\\s+)?");

    public enum Format { VTT, SRT }

    private CaptionParser() {
    }

    public static Transcript parse(String content, Format format, String sourceName) {
        return parse(new StringReader(content), format, sourceName);
    }

    /** Reads the captions block by block: only the cue being read and the words so far are held. */
    public static Transcript parse(Reader content, Format format, String sourceName) {
        BlockReader blocks = new BlockReader(content instanceof BufferedReader b ? b : new BufferedReader(content));
        List<CaptionCue> cues;
        try {
            cues = format == Format.VTT ? vttCues(blocks, sourceName) : srtCues(blocks, sourceName);
        } catch (UncheckedIOException e) {
            throw new TranscriptFormatException(sourceName, blocks.lineNo, "cannot read the file: "
                    + e.getCause().getMessage(), e);
        }
        if (cues.isEmpty()) {
            throw new TranscriptFormatException(sourceName, 1, "no caption cues with text found");
        }
        List<Word> words = new ArrayList<>();
        for (CaptionCue cue : cues) {
            words.addAll(spread(cue));
        }
        return Transcript.of(Transcript.CAPTIONS, words);
    }

    /** The cue's words, each given a share of the cue's time proportional to its letters and digits. */
    public static List<Word> spread(CaptionCue cue) {
        List<String> tokens = new ArrayList<>();
        for (String token : cue.text().trim().split("\\s+")) {
            if (letters(token) > 0 || tokens.isEmpty()) {
                tokens.add(token);
            } else {
                // a lone "—" or "..." is punctuation of the word before it, not a word
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + token);
            }
        }
        tokens.removeIf(tk -> letters(tk) == 0);
        int total = 0;
        int[] weight = new int[tokens.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = letters(tokens.get(i));
            total += weight[i];
        }
        double duration = cue.end() - cue.start();
        List<Word> out = new ArrayList<>(weight.length);
        int before = 0;
        for (int i = 0; i < weight.length; i++) {
            double start = cue.start() + duration * before / total;
            before += weight[i];
            double end = i == weight.length - 1 ? cue.end() : cue.start() + duration * before / total;
            out.add(Word.of(tokens.get(i), start, end));
        }
        return out;
    }

    private static int letters(String token) {
        return (int) token.chars().filter(c -> Character.isLetterOrDigit(c) || c == '&').count();
    }

    private static List<CaptionCue> vttCues(BlockReader blocks, String src) {
        Block header = blocks.next();
        if (header == null || !isVttHeader(header.lines.get(0))) {
            throw new TranscriptFormatException(src, header == null ? 1 : header.firstLine,
                    "a WebVTT file must start with the line \"WEBVTT\"");
        }
        List<CaptionCue> cues = new ArrayList<>();
        for (Block block = blocks.next(); block != null; block = blocks.next()) {
            String first = block.lines.get(0);
            if (first.startsWith("NOTE") || first.startsWith("STYLE") || first.startsWith("REGION")) {
                continue;
            }
            int timingAt = first.contains("-->") ? 0 : 1;
            if (timingAt >= block.lines.size() || !block.lines.get(timingAt).contains("-->")) {
                throw new TranscriptFormatException(src, block.firstLine + Math.min(timingAt, block.lines.size() - 1),
                        "expected a cue timing line like \"00:01:02.500 --> 00:01:04.000\", found \""
                                + block.lines.get(Math.min(timingAt, block.lines.size() - 1)) + "\"");
            }
            addCue(cues, block, timingAt, src);
        }
        return cues;
    }

    private static List<CaptionCue> srtCues(BlockReader blocks, String src) {
        List<CaptionCue> cues = new ArrayList<>();
        for (Block block = blocks.next(); block != null; block = blocks.next()) {
            int timingAt;
            if (block.lines.get(0).trim().matches("\\d+")) {
                timingAt = 1;
                if (block.lines.size() < 2) {
                    throw new TranscriptFormatException(src, block.firstLine,
                            "cue " + block.lines.get(0).trim() + " has no timing line");
                }
            } else if (block.lines.get(0).contains("-->")) {
                timingAt = 0;
            } else {
                throw new TranscriptFormatException(src, block.firstLine, "expected a cue number or a timing line like "
                        + "\"00:01:02,500 --> 00:01:04,000\", found \"" + block.lines.get(0) + "\"");
            }
            addCue(cues, block, timingAt, src);
        }
        return cues;
    }

    private static void addCue(List<CaptionCue> cues, Block block, int timingAt, String src) {
        int lineNo = block.firstLine + timingAt;
        Matcher m = TIMING.matcher(block.lines.get(timingAt));
        if (!m.matches()) {
            throw new TranscriptFormatException(src, lineNo, "malformed timing line \"" + block.lines.get(timingAt)
                    + "\" (expected \"start --> end\")");
        }
        double start = seconds(m.group(1), src, lineNo);
        double end = seconds(m.group(2), src, lineNo);
        if (end < start) {
            throw new TranscriptFormatException(src, lineNo, "cue ends (" + m.group(2) + ") before it starts ("
                    + m.group(1) + ")");
        }
        String payload = String.join("\n", block.lines.subList(timingAt + 1, block.lines.size()));
        // WebVTT inline timestamps ("<00:00:01.250>") time the words after them: each stretch becomes its own cue
        Matcher inline = INLINE_TIMESTAMP.matcher(payload);
        double segmentStart = start;
        int from = 0;
        List<double[]> bounds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        while (inline.find()) {
            double t = seconds(inline.group(1), src, lineNo);
            if (t < segmentStart || t > end) {
                throw new TranscriptFormatException(src, lineNo, "inline timestamp <" + inline.group(1)
                        + "> is outside its cue or earlier than the one before it");
            }
            bounds.add(new double[] {segmentStart, t});
            texts.add(payload.substring(from, inline.start()));
            segmentStart = t;
            from = inline.end();
        }
        bounds.add(new double[] {segmentStart, end});
        texts.add(payload.substring(from));
        for (int k = 0; k < texts.size(); k++) {
            double segmentEnd = k + 1 < bounds.size() ? bounds.get(k + 1)[0] : end;
            String text = cleanLines(texts.get(k));
            if (!text.isEmpty()) {
                cues.add(new CaptionCue(bounds.get(k)[0], segmentEnd, text, lineNo));
            }
        }
    }

    private static String cleanLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String cleaned = clean(line);
            if (!cleaned.isBlank()) {
                out.append(out.length() > 0 ? " " : "").append(cleaned);
            }
        }
        return out.toString();
    }

    static double seconds(String stamp, String src, int lineNo) {
        Matcher m = TIMESTAMP.matcher(stamp);
        if (!m.matches()) {
            throw new TranscriptFormatException(src, lineNo, "malformed timestamp \"" + stamp
                    + "\" (expected hh:mm:ss.mmm or mm:ss.mmm)");
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int secs = Integer.parseInt(m.group(3));
        if (minutes > 59 || secs > 59) {
            throw new TranscriptFormatException(src, lineNo, "timestamp \"" + stamp + "\" has minutes or seconds over 59");
        }
        String frac = m.group(4);
        double fraction = Integer.parseInt(frac) / Math.pow(10, frac.length());
        return hours * 3600 + minutes * 60 + secs + fraction;
    }

    /** Markup, non-speech annotations ("[laughter]"), speaker labels and entities removed. */
    static String clean(String line) {
        String s = TAG.matcher(line).replaceAll("");
        s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "");
        s = NON_SPEECH.matcher(s).replaceAll(" ");
        s = SPEAKER_LABEL.matcher(s.trim()).replaceFirst("");
        return s.replaceAll("\\s+", " ").trim();
    }

    private static boolean isVttHeader(String line) {
        String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return s.equals("WEBVTT") || s.startsWith("WEBVTT ") || s.startsWith("WEBVTT\t");
    }

    private record Block(int firstLine, List<String> lines) {
    }

    /** Blank-line separated blocks of lines, read lazily; a BOM on the first line is dropped. */
    private static final class BlockReader {
        private final BufferedReader in;
        private int lineNo;

        BlockReader(BufferedReader in) {
            this.in = in;
        }

        Block next() {
            List<String> current = null;
            int first = 0;
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        if (current == null) {
                            current = new ArrayList<>();
                            first = lineNo;
                        }
                        current.add(line);
                    } else if (current != null) {
                        return new Block(first, current);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return current == null ? null : new Block(first, current);
        }
    }
}
