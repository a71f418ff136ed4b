package io.interviewcoach.media;

import java.util.List;
import java.util.Locale;

/**
 * What the container says about a media file. Unknown values are null. {@code audio} is the audio track analysed;
 * {@code otherAudioTracks} are the ones ignored.
 */
public record MediaInfo(String file, Double durationSec, VideoInfo video, AudioInfo audio, List<AudioInfo> otherAudioTracks) {
    public MediaInfo {
        otherAudioTracks = otherAudioTracks == null ? List.of() : List.copyOf(otherAudioTracks);
    }

    /**
     * {@code width} and {@code height} as stored; {@code rotation} (degrees clockwise) and {@code mirrored} say how the
     * frames were turned upright before analysis (width and height swap for 90 and 270).
     */
    public record VideoInfo(int width, int height, Double fps, String codec, int rotation, boolean mirrored) {}

    /** {@code track}: 1-based among the file's audio tracks; {@code language} null when not tagged. */
    public record AudioInfo(int sampleRate, int channels, String codec, int track, boolean defaultTrack, String language) {
        /** "aac, 48000 Hz, 2 channels, eng, default" */
        public String describe() {
            return String.format(Locale.ROOT, "%s, %d Hz, %d channel%s%s%s", codec, sampleRate, channels,
                    channels == 1 ? "" : "s", language == null ? "" : ", " + language, defaultTrack ? ", default" : "");
        }
    }

    public boolean hasVideo() {
        return video != null;
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
