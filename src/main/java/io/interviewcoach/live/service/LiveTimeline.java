package io.interviewcoach.live.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.protocol.ProtocolException;
import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.FrameFeed;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.media.WindowAssembler;

/**
 * A session's media on one clock (seconds since the client's first media message): decoded frames placed by their
 * capture time, audio placed by sample count, both cut into windows by the same {@link WindowAssembler} as recordings.
 * Windows that lie inside a pause are not handed on. Runs on the session's ingest thread only.
 */
final class LiveTimeline {
    /** Audio this far behind its own timestamps (a client that stopped sending during a pause) is padded with silence. */
    private static final double MAX_AUDIO_BEHIND_SEC = 1.0;

    /** Receives the windows in order, with when the media that completed each arrived. */
    interface Sink {
        void window(MediaWindow window, long readyNanos);

        void ended();
    }

    private final LiveSettings settings;
    private final Sink sink;
    private final WindowAssembler assembler;
    private final LiveAudio audio = new LiveAudio();
    /** Frames as they arrive, so the analysis starts on a window's frames before the window closes. */
    private final FrameFeed frames = new FrameFeed();
    private final List<double[]> pauses = new ArrayList<>();
    private volatile double videoTimeSec = -1;
    private volatile double audioTimeSec;
    private volatile long audioGapsFilled;
    private volatile int framesUnreadable;
    private volatile int frameWidth;
    private volatile int frameHeight;
    private double emittedUpTo;
    private int lastChunkSamples;
    private boolean ended;

    LiveTimeline(LiveSettings settings, Sink sink) {
        this.settings = settings;
        this.sink = sink;
        this.assembler = new WindowAssembler(settings.limits().windowSec(), true, true);
    }

    void addFrame(MediaMessage m, long receivedNanos, Runnable onTooOld, Consumer<ProtocolException> onError) {
        if (ended) {
            return;
        }
        double t = m.timestampMs() / 1000.0;
        if (t < emittedUpTo) {
            onTooOld.run();
            return;
        }
        VideoFrame frame;
        try {
            frame = FrameDecoder.decode(m.payload(), t, settings.limits().maxFrameSide());
        } catch (ProtocolException e) {
            framesUnreadable++;
            onError.accept(e);
            return;
        } catch (RuntimeException e) {
            framesUnreadable++;
            onError.accept(new ProtocolException(ErrorCode.malformed, null, "video frame " + m.sequence()
                    + " could not be decoded as a JPEG"));
            return;
        }
        if (frameWidth == 0) {
            frameWidth = frame.width();
            frameHeight = frame.height();
        }
        assembler.addFrame(frame);
        videoTimeSec = Math.max(videoTimeSec, t);
        drain(receivedNanos);
        // after the windows it closed went on, so their analysis is not queued behind this frame
        frames.publish(frame);
    }

    void addAudio(MediaMessage m, long missingChunks, long receivedNanos, Consumer<ProtocolException> onError) {
        if (ended) {
            return;
        }
        try {
            if (missingChunks > 0 && lastChunkSamples > 0) {
                append(audio.silenceFor((int) Math.min(Integer.MAX_VALUE / 2, missingChunks * lastChunkSamples)));
                audioGapsFilled += missingChunks;
            }
            float[] samples = audio.accept(m.payload(), m.sampleRate());
            lastChunkSamples = m.payload().length / 2;
            double behind = m.timestampMs() / 1000.0 - assembler.audioTimeSec();
            if (behind > MAX_AUDIO_BEHIND_SEC) {
                append(new float[(int) Math.round(behind * AudioChunk.SAMPLE_RATE)]);
            }
            append(samples);
        } catch (ProtocolException e) {
            onError.accept(e);
            return;
        }
        drain(receivedNanos);
    }

    private void append(float[] samples) {
        assembler.addAudio(samples, 0, samples.length);
        audioTimeSec = assembler.audioTimeSec();
    }

    void pause() {
        pauses.add(new double[] {mediaTimeSec(), Double.POSITIVE_INFINITY});
    }

    void resume() {
        if (!pauses.isEmpty() && pauses.get(pauses.size() - 1)[1] == Double.POSITIVE_INFINITY) {
            pauses.get(pauses.size() - 1)[1] = mediaTimeSec();
        }
    }

    /** The end of the input: the open windows are handed on, then the end. */
    void finish() {
        if (ended) {
            return;
        }
        ended = true;
        long now = System.nanoTime();
        assembler.flush().forEach(w -> emit(w, now));
        frames.close();
        sink.ended();
    }

    private void drain(long readyNanos) {
        for (MediaWindow w : assembler.drainReady()) {
            emit(w, readyNanos);
        }
    }

    private void emit(MediaWindow w, long readyNanos) {
        emittedUpTo = w.endSec();
        for (double[] p : pauses) {
            if (w.startSec() >= p[0] - 1e-9 && w.endSec() <= p[1] + 1e-9) {
                return;
            }
        }
        sink.window(w.withUpcoming(frames), readyNanos);
    }

    /** The newest media time received (video or audio). */
    double mediaTimeSec() {
        return Math.max(Math.max(videoTimeSec, 0), audioTimeSec);
    }

    /** How far the audio trails the newest video frame; null before both arrived. */
    Double audioLagSec() {
        return videoTimeSec < 0 || audioTimeSec == 0 ? null : Math.max(0, videoTimeSec - audioTimeSec);
    }

    long audioGapsFilled() {
        return audioGapsFilled;
    }

    int framesUnreadable() {
        return framesUnreadable;
    }

    /** What the stream is, as far as known now (the report's media section): the first frame's size, the audio rate. */
    MediaInfo mediaInfo(String name) {
        MediaInfo.VideoInfo video = frameWidth == 0 ? null : new MediaInfo.VideoInfo(frameWidth, frameHeight,
                (double) settings.limits().fps(), "mjpeg", 0, false);
        int rate = audio.sampleRate();
        MediaInfo.AudioInfo audioInfo = rate == 0 ? null : new MediaInfo.AudioInfo(rate, 1, "pcm_s16le", 1, true, null);
        return new MediaInfo(name, null, video, audioInfo, List.of());
    }
}
