package io.interviewcoach.media;

import java.util.List;

/**
 * A slice of the stream, [startSec, endSec): the sampled video frames in time order and the audio
 * (null when the media has no audio track). Files and live sessions are both cut into these.
 */
public record MediaWindow(int index, double startSec, double endSec, List<VideoFrame> frames, AudioChunk audio) {
    public MediaWindow {
        frames = List.copyOf(frames);
    }

    public boolean hasAudio() {
        return audio != null && audio.samples().length > 0;
    }
}
