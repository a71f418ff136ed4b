package io.interviewcoach.media;

import java.util.List;

/**
 * A slice of the stream, [startSec, endSec): the sampled video frames in time order and the audio
 * (null when the media has no audio track). Files and live sessions are both cut into these.
 * {@code upcoming}: a live stream's frames as they arrive, so the analysis can start on the coming windows'
 * frames before those close; null for recordings.
 */
public record MediaWindow(int index, double startSec, double endSec, List<VideoFrame> frames, AudioChunk audio,
        FrameFeed upcoming) {
    public MediaWindow {
        frames = List.copyOf(frames);
    }

    public MediaWindow(int index, double startSec, double endSec, List<VideoFrame> frames, AudioChunk audio) {
        this(index, startSec, endSec, frames, audio, null);
    }

    public MediaWindow withUpcoming(FrameFeed feed) {
        return new MediaWindow(index, startSec, endSec, frames, audio, feed);
    }

    public boolean hasAudio() {
        return audio != null && audio.samples().length > 0;
    }
}
