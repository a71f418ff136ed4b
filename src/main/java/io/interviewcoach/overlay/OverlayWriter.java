package io.interviewcoach.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.fusion.WindowResults;

/**
 * Writes the analyzed frames (at the analysis rate) with every layer's drawing on top, so a person can see
 * what the analyzers saw. Frames are written as the windows come, so memory stays flat.
 */
public final class OverlayWriter implements AutoCloseable {
    /** An MPEG-4 video needs even sides of at least 2 pixels; smaller frames are not written. */
    public static final int MIN_SIDE = 2;
    private static final Pattern FFMPEG_ERROR = Pattern.compile("error -(\\d+)");
    private final Path file;
    private final double fps;
    private final List<OverlayLayer> layers;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private FFmpegFrameRecorder recorder;
    private long framesWritten;

    public OverlayWriter(Path file, double fps, List<OverlayLayer> layers) {
        this.file = file;
        this.fps = fps;
        this.layers = List.copyOf(layers);
    }

    /** Whether frames of this size can be written (see {@link #MIN_SIDE}). */
    public static boolean canWrite(int width, int height) {
        return width >= MIN_SIDE && height >= MIN_SIDE;
    }

    public void accept(WindowResults outcome) {
        List<VideoFrame> frames = outcome.window().frames();
        for (int i = 0; i < frames.size(); i++) {
            VideoFrame f = frames.get(i);
            if (!canWrite(f.width(), f.height())) {
                continue;
            }
            try (Mat mat = f.toMat()) {
                for (OverlayLayer layer : layers) {
                    layer.draw(mat, outcome, i);
                }
                write(mat, f.timeSec());
            }
        }
    }

    private void write(Mat mat, double timeSec) {
        try {
            if (recorder == null) {
                recorder = new FFmpegFrameRecorder(file.toFile(), even(mat.cols()), even(mat.rows()), 0);
                recorder.setFormat("mp4");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(fps);
                recorder.setVideoQuality(3);
                recorder.start();
            }
            long ts = Math.round(timeSec * 1_000_000L);
            if (ts > recorder.getTimestamp()) {
                recorder.setTimestamp(ts);
            }
            recorder.record(converter.convert(mat));
            framesWritten++;
        } catch (FrameRecorder.Exception e) {
            if (framesWritten == 0) {
                discardUnstarted();
            }
            throw new OverlayException("Cannot write overlay video " + file + ": " + plainReason(e)
                    + "; choose another file for --overlay", e);
        }
    }

    /**
     * A recorder that failed to start can leave an empty file behind, which would look like an overlay; only that is
     * removed (never a folder or a link someone gave as the path).
     */
    private void discardUnstarted() {
        try {
            if (recorder != null) {
                recorder.release();
            }
        } catch (FrameRecorder.Exception | RuntimeException ignored) {
            // nothing more to release
        }
        recorder = null;
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // the message below names the file
        }
    }

    /** FFmpeg's errno as words a user understands, without the library's function names. */
    static String plainReason(Exception e) {
        Matcher m = FFMPEG_ERROR.matcher(String.valueOf(e.getMessage()));
        int errno = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return switch (errno) {
            case 2 -> "its folder does not exist";
            case 13, 1 -> "permission denied";
            case 21 -> "it is a folder";
            case 28 -> "no space left on the device";
            case 30 -> "the file system is read-only";
            case 122 -> "the disk quota is exceeded";
            default -> "the video encoder failed";
        };
    }

    private static int even(int v) {
        return v - (v % 2);
    }

    public long framesWritten() {
        return framesWritten;
    }

    @Override
    public void close() {
        if (recorder != null) {
            try {
                recorder.stop();
                recorder.release();
            } catch (FrameRecorder.Exception e) {
                throw new OverlayException("Cannot finish overlay video " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public static final class OverlayException extends RuntimeException {
        public OverlayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
