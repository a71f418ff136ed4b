package io.interviewcoach.face;

import java.util.List;
import java.util.Map;

import io.interviewcoach.measure.Rounding;

/** The measured values behind the face events (their {@code detail}), summarised from the frames of a run. */
final class FaceEventDetails {
    private FaceEventDetails() {
    }

    static Map<String, Object> looked(List<FaceFrame> frames) {
        double gy = frames.stream().mapToDouble(FaceFrame::gazeYawDeg).average().orElse(0);
        double gp = frames.stream().mapToDouble(FaceFrame::gazePitchDeg).average().orElse(0);
        double hy = frames.stream().mapToDouble(FaceFrame::headYawDeg).average().orElse(0);
        String direction = Math.abs(gy) >= Math.abs(gp) ? (gy > 0 ? "imageRight" : "imageLeft") : (gp > 0 ? "up" : "down");
        return Map.of("gazeYawDeg", Rounding.round(gy, 1), "gazePitchDeg", Rounding.round(gp, 1), "headYawDeg", Rounding.round(hy, 1), "direction", direction);
    }

    static Map<String, Object> down(List<FaceFrame> frames) {
        double gp = frames.stream().mapToDouble(FaceFrame::gazePitchDeg).average().orElse(0);
        double hp = frames.stream().mapToDouble(FaceFrame::headPitchDeg).average().orElse(0);
        double open = frames.stream().mapToDouble(FaceFrame::eyeOpenness).average().orElse(0);
        return Map.of("gazePitchDeg", Rounding.round(gp, 1), "headPitchDeg", Rounding.round(hp, 1),
                "meanEyeOpenness", Rounding.round(open, 3));
    }

    static Map<String, Object> closed(List<FaceFrame> frames) {
        double min = frames.stream().mapToDouble(f -> f.eyeOpenness() == null ? 0 : f.eyeOpenness()).min().orElse(0);
        return Map.of("minEyeOpenness", Rounding.round(min, 3));
    }
}
