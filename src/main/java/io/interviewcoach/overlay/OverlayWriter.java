package io.interviewcoach.overlay;

import java.nio.file.Path;
import java.util.List;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pipeline.WindowOutcome;

/**
 * Writes the analyzed frames (at the analysis rate) with every layer's drawing on top, so a person can see
 * what the analyzers saw. Frames are written as the windows come, so memory stays flat.
 */
public final class OverlayWriter implements AutoCloseable {
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

    public void accept(WindowOutcome outcome) {
        List<VideoFrame> frames = outcome.window().frames();
        for (int i = 0; i < frames.size(); i++) {
            VideoFrame f = frames.get(i);
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
            throw new OverlayException("Cannot write overlay video " + file + ": " + ffmpegReason(e), e);
        }
    }

    /** JavaCV appends advice about its log callback to FFmpeg's message; the user needs only FFmpeg's part. */
    private static String ffmpegReason(Exception e) {
        String m = String.valueOf(e.getMessage());
        int advice = m.indexOf(" (For more details");
        return advice > 0 ? m.substring(0, advice) : m;
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
