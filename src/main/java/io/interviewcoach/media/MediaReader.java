package io.interviewcoach.media;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a media file with FFmpeg and yields {@link MediaWindow}s lazily: video sampled at the analysis
 * rate and converted to BGR, audio resampled once to 16 kHz mono float. Memory stays flat: only the
 * windows still open are held.
 */
public final class MediaReader implements AutoCloseable {
    /** After this many unreadable packets in a row the rest of the file is treated as lost. */
    private static final int MAX_CONSECUTIVE_ERRORS = 200;

    static {
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    private final Path file;
    private final ReadOptions options;
    private final FFmpegFrameGrabber grabber;
    private final MediaInfo info;
    private final WindowAssembler assembler;
    private int framesDecoded;
    private int framesSampled;
    private int framesUnreadable;
    private boolean endReached;
    private double nextSampleTime;

    private MediaReader(Path file, ReadOptions options) {
        this.file = file;
        this.options = options;
        checkReadable(file);
        this.grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
        grabber.setSampleRate(AudioChunk.SAMPLE_RATE);
        grabber.setAudioChannels(1);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly();
            throw new MediaException(file.getFileName() + " is not a media file FFmpeg can read (" + firstLine(e) + ")", e);
        }
        this.info = readInfo();
        if (!info.hasVideo() && !info.hasAudio()) {
            closeQuietly();
            throw new MediaException(file.getFileName() + " has neither a video nor an audio stream");
        }
        scaleDownLargeFrames();
        this.assembler = new WindowAssembler(options.windowSec(), wantsVideo(), wantsAudio());
    }

    /** Fails with the reason when {@code file} is missing or unreadable (before any decoding starts). */
    public static void checkReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MediaException("No such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new MediaException("Cannot read " + file + ": permission denied");
        }
    }

    public static MediaReader open(Path file, ReadOptions options) {
        return new MediaReader(file, options);
    }

    public MediaInfo info() {
        return info;
    }

    public int framesSampled() {
        return framesSampled;
    }

    public int framesUnreadable() {
        return framesUnreadable;
    }

    public int framesDecoded() {
        return framesDecoded;
    }

    /** Lazily decodes the file; call once. */
    public Iterator<MediaWindow> windows() {
        return new Iterator<>() {
            private final ArrayDeque<MediaWindow> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !endReached) {
                    decodeSome();
                    ready.addAll(endReached ? assembler.flush() : assembler.drainReady());
                }
                return !ready.isEmpty();
            }

            @Override
            public MediaWindow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private boolean wantsVideo() {
        return options.video() && info.hasVideo();
    }

    private boolean wantsAudio() {
        return options.audio() && info.hasAudio();
    }

    private void decodeSome() {
        int errorsInARow = 0;
        for (int i = 0; i < 64 && !endReached; i++) {
            Frame frame;
            try {
                frame = grabber.grabFrame(wantsAudio(), wantsVideo(), true, false, false);
            } catch (FrameGrabber.Exception | RuntimeException e) {
                framesUnreadable++;
                if (++errorsInARow >= MAX_CONSECUTIVE_ERRORS) {
                    endReached = true;
                }
                continue;
            }
            if (frame == null) {
                endReached = true;
                return;
            }
            errorsInARow = 0;
            double t = Math.max(0, frame.timestamp / 1e6);
            if (frame.image != null && wantsVideo()) {
                framesDecoded++;
                onVideo(frame, t);
            } else if (frame.samples != null && wantsAudio()) {
                FloatBuffer samples = (FloatBuffer) frame.samples[0];
                float[] chunk = new float[samples.remaining()];
                samples.duplicate().get(chunk);
                assembler.addAudio(chunk, 0, chunk.length);
            }
        }
    }

    private void onVideo(Frame frame, double t) {
        double halfFrame = 0.5 / Math.max(1, info.video().fps() == null ? 30 : info.video().fps());
        if (t + halfFrame < nextSampleTime) {
            return;
        }
        while (nextSampleTime <= t + halfFrame) {
            nextSampleTime += 1.0 / options.fps();
        }
        VideoFrame copy = toBgr(frame, t);
        if (copy == null) {
            framesUnreadable++;
            return;
        }
        framesSampled++;
        assembler.addFrame(copy);
    }

    /**
     * Copies the BGR24 pixels row by row. FFmpeg pads rows (a 48 px wide frame has 192-byte rows), and JavaCV
     * then derives a wrong channel count from the stride, so only the stride is trusted here.
     */
    private static VideoFrame toBgr(Frame frame, double t) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        int rowBytes = w * 3;
        if (w <= 0 || h <= 0 || frame.imageDepth != Frame.DEPTH_UBYTE || frame.imageStride < rowBytes) {
            return null;
        }
        ByteBuffer src = ((ByteBuffer) frame.image[0]).duplicate();
        byte[] bgr = new byte[rowBytes * h];
        int stride = frame.imageStride;
        for (int y = 0; y < h; y++) {
            src.position(y * stride);
            src.get(bgr, y * rowBytes, rowBytes);
        }
        return new VideoFrame(t, w, h, bgr);
    }

    private void scaleDownLargeFrames() {
        if (!wantsVideo()) {
            return;
        }
        int w = grabber.getImageWidth();
        int h = grabber.getImageHeight();
        int longSide = Math.max(w, h);
        if (longSide > options.maxFrameSide()) {
            double s = options.maxFrameSide() / (double) longSide;
            grabber.setImageWidth(Math.max(2, (int) Math.round(w * s)));
            grabber.setImageHeight(Math.max(2, (int) Math.round(h * s)));
        }
    }

    private MediaInfo readInfo() {
        long lengthUs = grabber.getLengthInTime();
        Double duration = lengthUs > 0 ? lengthUs / 1e6 : null;
        MediaInfo.VideoInfo video = null;
        MediaInfo.AudioInfo audio = null;
        if (grabber.hasVideo() && grabber.getImageWidth() > 0) {
            double fps = grabber.getVideoFrameRate();
            video = new MediaInfo.VideoInfo(grabber.getImageWidth(), grabber.getImageHeight(),
                    fps > 0 && Double.isFinite(fps) ? fps : null, grabber.getVideoCodecName());
        }
        if (grabber.hasAudio()) {
            audio = originalAudio();
        }
        return new MediaInfo(file.getFileName().toString(), duration, video, audio);
    }

    /** The audio stream as stored in the file (the grabber reports the resampled output instead). */
    private MediaInfo.AudioInfo originalAudio() {
        AVFormatContext ctx = grabber.getFormatContext();
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVCodecParameters par = ctx.streams(i).codecpar();
            if (par.codec_type() == avutil.AVMEDIA_TYPE_AUDIO) {
                String codec = avcodec.avcodec_get_name(par.codec_id()).getString();
                return new MediaInfo.AudioInfo(par.sample_rate(), par.ch_layout().nb_channels(), codec);
            }
        }
        return new MediaInfo.AudioInfo(grabber.getSampleRate(), grabber.getAudioChannels(), grabber.getAudioCodecName());
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void closeQuietly() {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
