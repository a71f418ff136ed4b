package io.interviewcoach.media;

/**
 * How much of the media the decoder actually delivered: where the decoded streams end (a truncated file ends
 * before its header says) and how many video frames are missing between the first and the last decoded one
 * (damaged bytes mid-file), estimated from the stream's frame rate.
 */
final class DecodeCoverage {
    private final Double fps;
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

    /** Where the decoded media ends (the later of the two streams); null when nothing was decoded. */
    Double endSec() {
        double videoEnd = Double.isNaN(lastVideoSec) ? Double.NaN : lastVideoSec + (fps == null ? 0 : 1 / fps);
        if (Double.isNaN(videoEnd)) {
            return Double.isNaN(audioEndSec) ? null : audioEndSec;
        }
        return Double.isNaN(audioEndSec) ? videoEnd : Math.max(videoEnd, audioEndSec);
    }
}
