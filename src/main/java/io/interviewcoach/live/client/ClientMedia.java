package io.interviewcoach.live.client;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.VideoFrame;

/** Media as a browser client sends it: frames as JPEG, audio as PCM16 little-endian mono. */
public final class ClientMedia {
    private ClientMedia() {
    }

    public static byte[] jpeg(VideoFrame frame, int quality) {
        try (Mat mat = frame.toMat(); BytePointer out = new BytePointer(); IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, quality)) {
            if (!imencode(".jpg", mat, out, params)) {
                throw new IllegalStateException("OpenCV could not encode a JPEG");
            }
            byte[] bytes = new byte[(int) out.limit()];
            out.get(bytes);
            return bytes;
        }
    }

    /** Samples in [-1, 1] to PCM16 little-endian. */
    public static byte[] pcm16(float[] samples, int from, int to) {
        byte[] out = new byte[(to - from) * 2];
        for (int i = from; i < to; i++) {
            int v = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f);
            out[2 * (i - from)] = (byte) v;
            out[2 * (i - from) + 1] = (byte) (v >> 8);
        }
        return out;
    }

    /** 16 kHz samples to 48 kHz by linear interpolation (a test stand-in for a 48 kHz microphone). */
    public static float[] upsample3(float[] samples) {
        float[] out = new float[samples.length * 3];
        for (int i = 0; i < samples.length; i++) {
            float a = samples[i];
            float b = i + 1 < samples.length ? samples[i + 1] : a;
            out[3 * i] = a;
            out[3 * i + 1] = a + (b - a) / 3f;
            out[3 * i + 2] = a + 2 * (b - a) / 3f;
        }
        return out;
    }
}
