package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.interviewcoach.media.MediaInfo;

/** The report notes about the input itself: how it was turned, which audio was used, what of it could not be read. */
public final class MediaNotes {
    /** A file may end this much before its header's duration (streams of slightly different lengths) unnoticed. */
    public static final double TRUNCATION_TOLERANCE_SEC = 1.0;
    /** Lost frames are noted from this share of the decoded ones on (a variable frame rate makes the estimate inexact). */
    static final double LOST_FRAMES_NOTED_FROM = 0.005;

    private MediaNotes() {
    }

    /**
     * @param decodedEndSec where the decoded media ends (null when nothing was decoded)
     * @param framesDecoded video frames the decoder delivered
     */
    static List<String> of(MediaInfo info, Double decodedEndSec, int framesDecoded, int framesLost, int framesUnreadable) {
        List<String> notes = new ArrayList<>();
        if (info.hasVideo() && (info.video().rotation() != 0 || info.video().mirrored())) {
            notes.add("The video is stored " + turn(info.video()) + " (" + info.video().width() + "x" + info.video().height()
                    + " as stored): frames were turned upright before analysis.");
        }
        if (info.durationSec() != null) {
            double end = decodedEndSec == null ? 0 : decodedEndSec;
            if (info.durationSec() - end > TRUNCATION_TOLERANCE_SEC) {
                notes.add(String.format(Locale.ROOT, "The file ends at %.1f s although its header says %.1f s: it may be"
                        + " truncated; only the first %.1f s were analysed.", end, info.durationSec(), end));
            }
        }
        if (framesLost >= 2 && framesLost > LOST_FRAMES_NOTED_FROM * framesDecoded) {
            double fps = info.video().fps();
            notes.add(String.format(Locale.ROOT, "About %d video frames (%.1f s) are missing in the middle of the file:"
                    + " it is damaged there, and those moments were not analysed.", framesLost, framesLost / fps));
        }
        if (framesUnreadable > 0) {
            notes.add(framesUnreadable + " video frames or audio packets could not be decoded and were skipped.");
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

    private static String turn(MediaInfo.VideoInfo v) {
        String mirror = v.mirrored() ? "mirrored" : "";
        if (v.rotation() == 0) {
            return mirror;
        }
        return (v.mirrored() ? mirror + " and " : "") + "rotated (shown turned " + v.rotation() + "° clockwise)";
    }
}
