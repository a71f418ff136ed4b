package io.interviewcoach.media;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.IntPointer;

/**
 * How stored frames are turned to be shown upright: a quarter-turn rotation, possibly mirrored, as a 2x2 matrix
 * of -1/0/1 that maps a stored pixel (x, y) (y pointing down) to the displayed pixel
 * ({@code a*x + c*y}, {@code b*x + d*y}), shifted back into the frame. This is FFmpeg's display matrix convention,
 * so a file's matrix is used as it is; a legacy {@code rotate} tag (degrees clockwise) is converted to it.
 */
public record Orientation(int a, int b, int c, int d) {
    public static final Orientation UPRIGHT = new Orientation(1, 0, 0, 1);
    private static final double FIXED_16_16 = 65536.0;

    public Orientation {
        boolean axisAligned = (a == 0) == (d == 0) && (b == 0) == (c == 0) && (a == 0) != (b == 0);
        if (!axisAligned || Math.abs(a * d - b * c) != 1) {
            throw new IllegalArgumentException("not a quarter-turn orientation: " + a + " " + b + " " + c + " " + d);
        }
    }

    /**
     * The orientation of the video stream FFmpegFrameGrabber decodes (the first): its display matrix when it has one
     * (what FFmpeg makes of an mp4/mov track matrix), else its {@code rotate} tag; upright when there is no video or
     * the rotation is not a quarter turn (such a frame is analysed as stored).
     */
    static Orientation of(AVFormatContext ctx) {
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVStream st = ctx.streams(i);
            if (st.codecpar().codec_type() == avutil.AVMEDIA_TYPE_VIDEO && st.codecpar().codec_id() != avcodec.AV_CODEC_ID_NONE) {
                Orientation o = of(st);
                return o == null ? UPRIGHT : o;
            }
        }
        return UPRIGHT;
    }

    private static Orientation of(AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        AVPacketSideData side = avcodec.av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(),
                avcodec.AV_PKT_DATA_DISPLAYMATRIX);
        if (side != null && !side.isNull() && side.size() >= 9 * Integer.BYTES) {
            int[] matrix = new int[9];
            new IntPointer(side.data()).get(matrix);
            return fromDisplayMatrix(matrix);
        }
        AVDictionaryEntry tag = avutil.av_dict_get(stream.metadata(), "rotate", null, 0);
        return tag == null || tag.isNull() ? UPRIGHT : fromRotateTag(tag.value().getString());
    }

    /**
     * From FFmpeg's display matrix (9 ints, row-major, 16.16 fixed point for the 2x2 part); null when the matrix
     * is not a quarter turn (an arbitrary angle or a scale), which is left as stored.
     */
    public static Orientation fromDisplayMatrix(int[] m) {
        int[] unit = new int[4];
        int[] at = {0, 1, 3, 4};
        for (int i = 0; i < 4; i++) {
            double v = m[at[i]] / FIXED_16_16;
            long r = Math.round(v);
            if (Math.abs(v - r) > 0.01 || Math.abs(r) > 1) {
                return null;
            }
            unit[i] = (int) r;
        }
        try {
            return new Orientation(unit[0], unit[1], unit[2], unit[3]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** From a legacy {@code rotate} tag: degrees clockwise to turn the stored picture upright; null if not 0/90/180/270. */
    public static Orientation fromRotateTag(String tag) {
        int degrees;
        try {
            degrees = Math.floorMod((int) Math.round(Double.parseDouble(tag.trim())), 360);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
        return switch (degrees) {
            case 0 -> UPRIGHT;
            case 90 -> new Orientation(0, 1, -1, 0);
            case 180 -> new Orientation(-1, 0, 0, -1);
            case 270 -> new Orientation(0, -1, 1, 0);
            default -> null;
        };
    }

    public boolean isUpright() {
        return equals(UPRIGHT);
    }

    /** Shown as the mirror image of what is stored (a horizontal flip, before the rotation). */
    public boolean mirrored() {
        return a * d - b * c < 0;
    }

    /** Clockwise rotation applied for display, after un-mirroring: 0, 90, 180 or 270. */
    public int rotationDeg() {
        // undo a mirror applied first: (x, y) -> (-x, y) negates the first column's contribution
        int ra = mirrored() ? -a : a;
        int rb = mirrored() ? -b : b;
        if (ra == 1) {
            return 0;
        }
        if (ra == -1) {
            return 180;
        }
        return rb == 1 ? 90 : 270;
    }

    /** True when width and height swap on display. */
    public boolean swapsSides() {
        return a == 0;
    }

    /** The frame as it is meant to be seen; the same frame when already upright. */
    public VideoFrame apply(VideoFrame f) {
        if (isUpright()) {
            return f;
        }
        int w = f.width();
        int h = f.height();
        int dw = swapsSides() ? h : w;
        int dh = swapsSides() ? w : h;
        int offX = (a < 0 || c < 0) ? dw - 1 : 0;
        int offY = (b < 0 || d < 0) ? dh - 1 : 0;
        byte[] src = f.bgr();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx = a * x + c * y + offX;
                int dy = b * x + d * y + offY;
                int s = (y * w + x) * 3;
                int t = (dy * dw + dx) * 3;
                dst[t] = src[s];
                dst[t + 1] = src[s + 1];
                dst[t + 2] = src[s + 2];
            }
        }
        return new VideoFrame(f.timeSec(), dw, dh, dst);
    }
}
