package io.interviewcoach.face.detection;

/**
 * How a frame of {@code frameWidth} x {@code frameHeight} is fitted into a square model input of
 * {@code size} keeping its aspect ratio: scaled to {@code scaledWidth} x {@code scaledHeight}, then
 * centred with black borders of {@code padX} / {@code padY} pixels.
 */
public record Letterbox(int frameWidth, int frameHeight, int size, int scaledWidth, int scaledHeight, int padX, int padY) {
    public static Letterbox fit(int width, int height, int size) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty frame " + width + "x" + height);
        }
        double scale = (double) size / Math.max(width, height);
        int sw = Math.max(1, Math.min(size, (int) Math.round(width * scale)));
        int sh = Math.max(1, Math.min(size, (int) Math.round(height * scale)));
        return new Letterbox(width, height, size, sw, sh, (size - sw) / 2, (size - sh) / 2);
    }

    /** Frame pixel x of an x normalised to the square input (0..1). */
    public double toFrameX(double normalizedX) {
        return (normalizedX * size - padX) * frameWidth / scaledWidth;
    }

    /** Frame pixel y of a y normalised to the square input (0..1). */
    public double toFrameY(double normalizedY) {
        return (normalizedY * size - padY) * frameHeight / scaledHeight;
    }
}
