package io.interviewcoach.media;

/**
 * How a file is read: video frames sampled at {@code fps}, cut into windows of {@code windowSec};
 * frames larger than {@code maxFrameSide} on their long side are scaled down at decode time;
 * {@code audioTrack} (1-based among the file's audio tracks) picks the audio, null for the default-flagged one.
 */
public record ReadOptions(double fps, double windowSec, boolean video, boolean audio, int maxFrameSide, Integer audioTrack) {
    public static final int DEFAULT_MAX_FRAME_SIDE = 1280;

    public ReadOptions {
        if (!(fps > 0 && fps <= 120)) {
            throw new IllegalArgumentException("analysis fps must be in (0, 120], got " + fps);
        }
        if (!(windowSec > 0)) {
            throw new IllegalArgumentException("window length must be positive, got " + windowSec);
        }
        if (audioTrack != null && audioTrack < 1) {
            throw new IllegalArgumentException("audio track numbers start at 1, got " + audioTrack);
        }
    }

    /** The default audio track. */
    public ReadOptions(double fps, double windowSec, boolean video, boolean audio, int maxFrameSide) {
        this(fps, windowSec, video, audio, maxFrameSide, null);
    }

    public static ReadOptions of(double fps, double windowSec) {
        return new ReadOptions(fps, windowSec, true, true, DEFAULT_MAX_FRAME_SIDE);
    }
}
