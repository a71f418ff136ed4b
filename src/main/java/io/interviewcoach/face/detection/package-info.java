/**
 * BlazeFace face detection (MediaPipe models). Verified on real frames: OpenCV's TFLite importer takes an
 * NCHW blob (blobFromImage), RGB scaled to [-1, 1]; the full-range ONNX model takes the same layout.
 * <p>
 * Which detector when: {@link io.interviewcoach.face.detection.ShortRangeFaceDetector} (about 1 ms) on
 * webcam frames, where the face is large; {@link io.interviewcoach.face.detection.FullRangeFaceDetector}
 * when the short-range one finds nothing (person further away) and to count people, since the short-range
 * model misses faces smaller than about a tenth of the frame (it found 1-3 of 3-5 faces in the group
 * photos where the full-range one found all of them).
 * <p>
 * Usage: {@code try (var d = ShortRangeFaceDetector.load(store)) { List<FaceDetection> faces = d.detect(frame); }}
 * or share one {@code OpenCvModel}/{@code OnnxModel} through the public constructors.
 */
package io.interviewcoach.face.detection;
