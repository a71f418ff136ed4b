package io.interviewcoach.media;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a media file with FFmpeg and yields {@link MediaWindow}s lazily: video sampled at the analysis
 * rate, converted to BGR and turned upright (the stream's rotation and mirroring), audio of one chosen track
 * resampled once to 16 kHz mono float. Memory stays flat: only the windows still open are held.
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
    private final Orientation orientation;
    private final DecodeCoverage coverage;
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
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly();
            throw new MediaException(cannotOpen(file), e);
        }
        AudioTracks audioTracks = AudioTracks.of(grabber.getFormatContext());
        AudioTracks.Track audioTrack = openAudioTrack(audioTracks);
        this.orientation = Orientation.of(grabber.getFormatContext());
        this.info = readInfo(audioTracks, audioTrack);
        this.coverage = new DecodeCoverage(info.hasVideo() ? info.video().fps() : null);
        if (!info.hasVideo() && !info.hasAudio()) {
            closeQuietly();
            throw new MediaException(file.getFileName() + " has neither a video nor an audio stream");
        }
        scaleDownLargeFrames();
        this.assembler = new WindowAssembler(options.windowSec(), wantsVideo(), wantsAudio());
    }

    /** Fails with the reason when {@code file} is missing, a folder or unreadable (before any decoding starts). */
    public static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new MediaException(file + " is a folder; give the recording file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaException("No such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new MediaException("Cannot read " + file + ": permission denied");
        }
    }

    public static MediaReader open(Path file, ReadOptions options) {
        try {
            return new MediaReader(file, options);
        } catch (MediaException e) {
            if (Mp4Index.isMissing(file)) {
                throw new MediaException(file + " is an MP4/MOV without its index: the recording was probably cut off"
                        + " before it was finished, so its frames cannot be found; use a complete copy", e);
            }
            throw e;
        }
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
        return coverage.videoFrames();
    }

    /** Video frames missing between the first and the last decoded one (see {@link DecodeCoverage#framesLost()}). */
    public int framesLost() {
        return coverage.framesLost();
    }

    /** Where video frames are missing mid-file (see {@link #framesLost()}). */
    public java.util.List<LostStretch> lostStretches() {
        return coverage.lostStretches();
    }

    /** Where the decoded media ends, in seconds; null before decoding or when nothing could be decoded. */
    public Double decodedEndSec() {
        return coverage.endSec();
    }

    /** An image file (JPEG, PNG…) or a video of a single frame: one picture, no audio. */
    public boolean stillImage() {
        if (!info.hasVideo() || info.hasAudio()) {
            return false;
        }
        String format = grabber.getFormat() == null ? "" : grabber.getFormat();
        return format.equals("image2") || format.endsWith("_pipe") || grabber.getLengthInFrames() == 1;
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
                coverage.video(t);
                onVideo(frame, t);
            } else if (frame.samples != null && wantsAudio()) {
                float[] chunk = monoAverage(frame);
                coverage.audio(t, chunk.length);
                assembler.addAudio(chunk, 0, chunk.length);
            }
        }
    }

    /**
     * Downmixes by averaging the channels, so a stereo file measures like its mono average. FFmpeg's own
     * downmix gives each channel a gain of 1/sqrt(2), which made stereo speech 3 dB louder and clip sooner.
     */
    private static float[] monoAverage(Frame frame) {
        int channels = Math.max(1, frame.audioChannels);
        boolean planar = frame.samples.length > 1;
        if (planar) {
            channels = frame.samples.length;
        }
        FloatBuffer first = ((FloatBuffer) frame.samples[0]).duplicate();
        int n = planar ? first.remaining() : first.remaining() / channels;
        float[] mono = new float[n];
        for (int c = 0; c < channels; c++) {
            FloatBuffer b = planar ? ((FloatBuffer) frame.samples[c]).duplicate() : first;
            int base = b.position();
            for (int i = 0; i < n; i++) {
                mono[i] += planar ? b.get(base + i) : b.get(base + i * channels + c);
            }
        }
        if (channels > 1) {
            float scale = 1f / channels;
            for (int i = 0; i < n; i++) {
                mono[i] *= scale;
            }
        }
        return mono;
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
        assembler.addFrame(orientation.apply(copy));
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

    /**
     * Picks the audio track to decode (see {@link AudioTracks#choose}); with several, the grabber is restarted on
     * the chosen one, since it would otherwise take the first.
     */
    private AudioTracks.Track openAudioTrack(AudioTracks tracks) {
        AudioTracks.Track chosen;
        try {
            chosen = tracks.choose(file.toString(), options.audioTrack());
        } catch (MediaException e) {
            closeQuietly();
            throw e;
        }
        if (chosen != null && tracks.all().size() > 1) {
            try {
                grabber.stop();
                grabber.setAudioStream(chosen.streamIndex());
                grabber.start();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                closeQuietly();
                throw new MediaException("FFmpeg cannot decode audio track " + chosen.info().track() + " of " + file
                        + "; choose another with --audio-track", e);
            }
        }
        return chosen;
    }

    private MediaInfo readInfo(AudioTracks audioTracks, AudioTracks.Track audioTrack) {
        long lengthUs = grabber.getLengthInTime();
        Double duration = lengthUs > 0 ? lengthUs / 1e6 : null;
        MediaInfo.VideoInfo video = null;
        if (grabber.hasVideo() && grabber.getImageWidth() > 0) {
            double fps = grabber.getVideoFrameRate();
            video = new MediaInfo.VideoInfo(grabber.getImageWidth(), grabber.getImageHeight(),
                    fps > 0 && Double.isFinite(fps) ? fps : null, grabber.getVideoCodecName(),
                    orientation.rotationDeg(), orientation.mirrored());
        }
        MediaInfo.AudioInfo audio = grabber.hasAudio() && audioTrack != null ? audioTrack.info() : null;
        var others = audioTracks.all().stream().filter(t -> t != audioTrack).map(AudioTracks.Track::info).toList();
        return new MediaInfo(file.getFileName().toString(), duration, video, audio, others);
    }

    /** FFmpeg's own text ("avformat_open_input() error -1094995529 …") means nothing to a user; say what to do. */
    private static String cannotOpen(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            size = -1;
        }
        if (size == 0) {
            return file + " is empty (0 bytes); record or export the answer again";
        }
        return file + " is not a media file FFmpeg can read; check that it is an audio or video recording (mp4, mov, "
                + "webm, mkv, wav, mp3…) and export it again if it is damaged";
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
