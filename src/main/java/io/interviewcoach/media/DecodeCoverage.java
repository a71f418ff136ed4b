package io.interviewcoach.media;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of the media the decoder actually delivered: where the decoded streams end (a truncated file ends
 * before its header says) and how many video frames are missing between the first and the last decoded one
 * (damaged bytes mid-file), estimated from the stream's frame rate.
 */
final class DecodeCoverage {
    /** Stretches remembered for the report; a badly damaged file could have thousands. */
    private static final int MAX_STRETCHES = 20;
    /** A step between decoded frames longer than this many frame intervals is a stretch of lost frames. */
    private static final double GAP_FRAMES = 1.5;
    private static final double MERGE_WITHIN_SEC = 1.0;

    private final Double fps;
    private final List<LostStretch> lostStretches = new ArrayList<>();
    private double firstVideoSec = Double.NaN;
    private double lastVideoSec = Double.NaN;
    private double audioEndSec = Double.NaN;
    private int videoFrames;

    DecodeCoverage(Double fps) {
        this.fps = fps;
    }

    void video(double timeSec) {
        if (videoFrames == 0) {
            firstVideoSec = timeSec;
        } else if (fps != null && timeSec - lastVideoSec > GAP_FRAMES / fps) {
            addStretch(new LostStretch(lastVideoSec + 1 / fps, timeSec));
        }
        lastVideoSec = Double.isNaN(lastVideoSec) ? timeSec : Math.max(lastVideoSec, timeSec);
        videoFrames++;
    }

    void audio(double startSec, int samples) {
        double end = startSec + samples / (double) AudioChunk.SAMPLE_RATE;
        audioEndSec = Double.isNaN(audioEndSec) ? end : Math.max(audioEndSec, end);
    }

    int videoFrames() {
        return videoFrames;
    }

    /**
     * Frames the stream's frame rate says lie between the first and the last decoded frame, less those decoded;
     * 0 without a known frame rate.
     */
    int framesLost() {
        if (fps == null || videoFrames < 2) {
            return 0;
        }
        long expected = Math.round((lastVideoSec - firstVideoSec) * fps) + 1;
        return (int) Math.max(0, expected - videoFrames);
    }

    /** Stretches less than {@value #MERGE_WITHIN_SEC} s apart are one damaged region to a reader of the report. */
    private void addStretch(LostStretch s) {
        int last = lostStretches.size() - 1;
        if (last >= 0 && s.startSec() - lostStretches.get(last).endSec() < MERGE_WITHIN_SEC) {
            lostStretches.set(last, new LostStretch(lostStretches.get(last).startSec(), s.endSec()));
        } else if (lostStretches.size() < MAX_STRETCHES) {
            lostStretches.add(s);
        }
    }

    /** Where frames are missing, in time order (the first {@value #MAX_STRETCHES}). */
    List<LostStretch> lostStretches() {
        return List.copyOf(lostStretches);
    }

    /** Where the decoded media ends (the later of the two streams); null when nothing was decoded. */
    Double endSec() {
        double videoEnd = Double.isNaN(lastVideoSec) ? Double.NaN : lastVideoSec + (fps == null ? 0 : 1 / fps);
        if (Double.isNaN(videoEnd)) {
            return Double.isNaN(audioEndSec) ? null : audioEndSec;
        }
        return Double.isNaN(audioEndSec) ? videoEnd : Math.max(videoEnd, audioEndSec);
    }
}
