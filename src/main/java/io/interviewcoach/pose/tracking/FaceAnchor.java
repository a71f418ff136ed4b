package io.interviewcoach.pose.tracking;

/** A detected face in frame pixels: the box centre and size; where the pose search starts. */
public record FaceAnchor(double centerX, double centerY, double width, double height, double score) {
}
