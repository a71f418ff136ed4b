package io.interviewcoach.media;

/** What the container says about a media file. Unknown values are null. */
public record MediaInfo(String file, Double durationSec, VideoInfo video, AudioInfo audio) {
    public record VideoInfo(int width, int height, Double fps, String codec) {}

    public record AudioInfo(int sampleRate, int channels, String codec) {}

    public boolean hasVideo() {
        return video != null;
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
