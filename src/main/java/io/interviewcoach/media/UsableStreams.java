package io.interviewcoach.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of a file's streams can be analysed. A still image is refused (an answer is judged on movement and voice
 * over time); video frames smaller than {@link #MIN_FRAME_SIDE} on a side hold no face the models can find, so
 * such video is left out with a note (face and body language are then null).
 */
public record UsableStreams(boolean video, boolean audio, List<String> notes) {
    /**
     * The smallest frame side analysed, px. Measured on katie_hill scaled down (her face fills the frame): at 32 px
     * and more the face is found in every frame, at 20 px in 70 %, at 16 px in 10 %, at 12 px in none.
     */
    public static final int MIN_FRAME_SIDE = 32;

    public UsableStreams {
        notes = List.copyOf(notes);
    }

    /** @throws MediaException for a still image */
    public static UsableStreams of(MediaInfo info, boolean stillImage) {
        if (stillImage) {
            throw new MediaException(info.file() + " is a still image, not a recording: an answer is judged on"
                    + " movement and voice over time, so record a video of your answer and analyse that.");
        }
        List<String> notes = new ArrayList<>();
        boolean video = info.hasVideo();
        if (video && Math.min(info.video().width(), info.video().height()) < MIN_FRAME_SIDE) {
            String size = String.format(Locale.ROOT, "%dx%d px", info.video().width(), info.video().height());
            notes.add("The video frames are " + size + ", too small to find a face in (at least " + MIN_FRAME_SIDE
                    + "x" + MIN_FRAME_SIDE + " px), so face and body language were not analysed: record at 640x480"
                    + " or larger.");
            video = false;
        }
        return new UsableStreams(video, info.hasAudio(), notes);
    }
}
