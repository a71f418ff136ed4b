package io.interviewcoach.face.detection;

/** An axis-aligned box in frame pixels: top-left corner, width and height. */
public record Box(double x, double y, double width, double height) {
    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double area() {
        return Math.max(0, width) * Math.max(0, height);
    }

    /** Intersection over union, 0 when the boxes do not overlap. */
    public double iou(Box other) {
        double ix = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        double iy = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double inter = ix * iy;
        return inter / (area() + other.area() - inter);
    }
}
