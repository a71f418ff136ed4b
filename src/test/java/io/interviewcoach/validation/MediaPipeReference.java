package io.interviewcoach.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reference landmarks that Google's MediaPipe JS solutions produced on the frames the Java pipeline samples
 * (src/test/reference/mediapipe/reference.mjs writes them; src/test/resources/reference/mediapipe/*.json).
 * Frame pixels throughout.
 */
record MediaPipeReference(String clip, int width, int height, int[] zPoints, int[] eyePoints, List<Frame> frames) {
    /**
     * Face mesh x, y of 468 points (face_landmark model, refineLandmarks false) and depth of the zPoints; x, y of the
     * eyePoints of the refined mesh (attention model, with irises); pose x, y, visibility of 33 points.
     */
    record Frame(double timeSec, double[] face, double[] faceZ, double[] eyes, double[] pose) {
        double faceX(int i) {
            return face[2 * i];
        }

        double faceY(int i) {
            return face[2 * i + 1];
        }

        double poseX(int i) {
            return pose[3 * i];
        }

        double poseY(int i) {
            return pose[3 * i + 1];
        }

        double poseVisibility(int i) {
            return pose[3 * i + 2];
        }
    }

    /** MediaPipe's iris centres in the refined mesh: the subject's right eye (image left), then the left eye. */
    static final int RIGHT_IRIS = 468;
    static final int LEFT_IRIS = 473;

    static MediaPipeReference load(String clip) {
        String resource = "/reference/mediapipe/" + clip.replace(".mp4", "") + ".json";
        try (InputStream in = MediaPipeReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no reference data " + resource + ": run src/test/reference/mediapipe/reference.mjs");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Frame> frames = new ArrayList<>();
            for (JsonNode f : root.get("frames")) {
                frames.add(new Frame(f.get("t").asDouble(), doubles(f.get("face")), doubles(f.get("faceZ")), doubles(f.get("eyes")),
                        doubles(f.get("pose"))));
            }
            return new MediaPipeReference(root.get("clip").asText(), root.get("width").asInt(), root.get("height").asInt(),
                    ints(root.get("zPoints")), ints(root.get("eyePoints")), frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** x of refined-mesh point {@code meshIndex} (one of the eyePoints) in frame {@code f}. */
    double eyeX(Frame f, int meshIndex) {
        return f.eyes()[2 * eyeSlot(meshIndex)];
    }

    double eyeY(Frame f, int meshIndex) {
        return f.eyes()[2 * eyeSlot(meshIndex) + 1];
    }

    private int eyeSlot(int meshIndex) {
        for (int k = 0; k < eyePoints.length; k++) {
            if (eyePoints[k] == meshIndex) {
                return k;
            }
        }
        throw new IllegalArgumentException("point " + meshIndex + " not kept from the refined mesh");
    }

    /** The reference frame at {@code timeSec} (within 20 ms), or null. */
    Frame at(double timeSec) {
        for (Frame f : frames) {
            if (Math.abs(f.timeSec() - timeSec) < 0.02) {
                return f;
            }
        }
        return null;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static double[] doubles(JsonNode array) {
        if (array == null || array.isNull()) {
            return null;
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
