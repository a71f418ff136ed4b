package io.interviewcoach.media;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The audio streams of a file, numbered 1.. in file order, and which one is analysed: the one asked for, else the
 * one flagged default, else the first. FFmpeg itself would simply take the first.
 */
final class AudioTracks {
    /** One audio stream; {@code streamIndex} is FFmpeg's index among all streams. */
    record Track(int streamIndex, MediaInfo.AudioInfo info) {}

    private final List<Track> tracks;

    private AudioTracks(List<Track> tracks) {
        this.tracks = List.copyOf(tracks);
    }

    static AudioTracks of(AVFormatContext ctx) {
        List<Track> found = new ArrayList<>();
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVStream st = ctx.streams(i);
            AVCodecParameters par = st.codecpar();
            if (par.codec_type() != avutil.AVMEDIA_TYPE_AUDIO || par.codec_id() == avcodec.AV_CODEC_ID_NONE) {
                continue;
            }
            boolean isDefault = (st.disposition() & avformat.AV_DISPOSITION_DEFAULT) != 0;
            String codec = avcodec.avcodec_get_name(par.codec_id()).getString();
            found.add(new Track(i, new MediaInfo.AudioInfo(par.sample_rate(), par.ch_layout().nb_channels(), codec,
                    found.size() + 1, isDefault, language(st))));
        }
        return new AudioTracks(found);
    }

    List<Track> all() {
        return tracks;
    }

    /**
     * The track to analyse: number {@code requested} (1-based) when given, else the default-flagged one, else the
     * first; null when the file has no audio.
     *
     * @throws MediaException when the requested track does not exist
     */
    Track choose(String file, Integer requested) {
        if (requested != null) {
            if (requested < 1 || requested > tracks.size()) {
                throw new MediaException(file + (tracks.isEmpty() ? " has no audio track"
                        : " has " + tracks.size() + " audio track" + (tracks.size() == 1 ? "" : "s") + " ("
                                + describe(tracks) + ")") + ": there is no audio track " + requested
                        + (tracks.isEmpty() ? "" : "; choose 1 to " + tracks.size()) + ".");
            }
            return tracks.get(requested - 1);
        }
        return tracks.stream().filter(t -> t.info().defaultTrack()).findFirst()
                .orElse(tracks.isEmpty() ? null : tracks.get(0));
    }

    /** "1: aac, 48000 Hz, 2 channels, eng; 2: ..." */
    static String describe(List<Track> list) {
        return String.join("; ", list.stream().map(t -> t.info().track() + ": " + t.info().describe()).toList());
    }

    private static String language(AVStream st) {
        AVDictionaryEntry e = avutil.av_dict_get(st.metadata(), "language", null, 0);
        if (e == null || e.isNull()) {
            return null;
        }
        String lang = e.value().getString();
        return lang.isBlank() || lang.equals("und") ? null : lang;
    }
}
