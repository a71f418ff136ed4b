package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.media.MediaReader;

/** The report notes about the input itself: how it was turned, which audio was used, what of it could not be read. */
public final class MediaNotes {
    /** A file may end this much before its header's duration (streams of slightly different lengths) unnoticed. */
    public static final double TRUNCATION_TOLERANCE_SEC = 1.0;
    /** Lost frames are noted from this share of the decoded ones on (a variable frame rate makes the estimate inexact). */
    static final double LOST_FRAMES_NOTED_FROM = 0.005;

    private MediaNotes() {
    }

    /** The notes for a file {@code reader} has read through. */
    static List<String> of(MediaInfo info, MediaReader reader) {
        Double decodedEndSec = reader.decodedEndSec();
        int framesLost = reader.framesLost();
        List<String> notes = new ArrayList<>();
        if (info.hasVideo() && (info.video().rotation() != 0 || info.video().mirrored())) {
            notes.add(turned(info.video()));
        }
        if (info.durationSec() != null) {
            double end = decodedEndSec == null ? 0 : decodedEndSec;
            if (info.durationSec() - end > TRUNCATION_TOLERANCE_SEC) {
                notes.add(String.format(Locale.ROOT, "The file ends at %.1f s although its header says %.1f s: it may be"
                        + " truncated; only the first %.1f s were analysed.", end, info.durationSec(), end));
            }
        }
        if (framesLost >= 2 && framesLost > LOST_FRAMES_NOTED_FROM * reader.framesDecoded()) {
            double fps = info.video().fps();
            List<String> where = reader.lostStretches().stream().limit(3)
                    .map(g -> String.format(Locale.ROOT, "%.1f-%.1f s", g.startSec(), g.endSec())).toList();
            notes.add(String.format(Locale.ROOT, "About %d video frames (%.1f s) are missing in the middle of the file%s:"
                    + " it is damaged there, and those moments were not analysed.", framesLost, framesLost / fps,
                    where.isEmpty() ? "" : " (" + String.join(", ", where) + (reader.lostStretches().size() > 3 ? ", …" : "") + ")"));
        }
        if (reader.framesUnreadable() > 0) {
            notes.add(reader.framesUnreadable() + " video frames or audio packets could not be decoded and were skipped.");
        }
        if (info.hasAudio() && !info.otherAudioTracks().isEmpty()) {
            int total = info.otherAudioTracks().size() + 1;
            notes.add("The file has " + total + " audio tracks: track " + info.audio().track() + " (" + info.audio().describe()
                    + ") was analysed and " + String.join(", ", info.otherAudioTracks().stream()
                            .map(t -> "track " + t.track() + " (" + t.describe() + ")").toList())
                    + (total == 2 ? " was" : " were") + " ignored; `coach analyze --audio-track N` analyses another.");
        }
        return notes;
    }

    /** "The video is stored turned (480x512, shown rotated 90° clockwise): ..." */
    private static String turned(MediaInfo.VideoInfo v) {
        boolean rotated = v.rotation() != 0;
        String how = rotated && v.mirrored() ? "turned and mirrored" : rotated ? "turned" : "mirrored";
        String shown = (v.mirrored() ? "flipped left-right" : "") + (rotated && v.mirrored() ? " and " : "")
                + (rotated ? "rotated " + v.rotation() + "° clockwise" : "");
        return "The video is stored " + how + " (" + v.width() + "x" + v.height() + ", shown " + shown
                + "): its frames were turned upright before analysis.";
    }
}
