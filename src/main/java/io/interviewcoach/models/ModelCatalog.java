package io.interviewcoach.models;

import java.util.List;
import java.util.Optional;

import io.interviewcoach.models.ModelSpec.Format;

/** Every model the product knows, with its public source and checksum (see docs/models.md). */
public final class ModelCatalog {
    private static final String POSE_TGZ = "https://registry.npmjs.org/@mediapipe/pose/-/pose-0.5.1675469404.tgz";
    private static final String FACE_MESH_TGZ = "https://registry.npmjs.org/@mediapipe/face_mesh/-/face_mesh-0.4.1657299874.tgz";
    private static final String FACE_MESH_DATA = "package/face_mesh_solution_packed_assets.data";
    private static final String ZARU = "https://raw.githubusercontent.com/SludgePhD/Zaru/95d4f0c1c4afb509061e1f43fceaed91e4f21434/3rdparty/onnx/";
    private static final String VAD_TGZ = "https://registry.npmjs.org/@ricky0123/vad-web/-/vad-web-0.0.31.tgz";

    public static final ModelSpec POSE_LANDMARK_LITE = new ModelSpec("pose-landmark-lite", "0.5.1675469404",
            "pose_landmark_lite.tflite", 2_819_824, "f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61",
            "Apache-2.0", Format.TFLITE, ModelSource.tarEntry(POSE_TGZ, "package/pose_landmark_lite.tflite"),
            "BlazePose 33 body landmarks, lite (default)");
    public static final ModelSpec POSE_LANDMARK_FULL = new ModelSpec("pose-landmark-full", "0.5.1675469404",
            "pose_landmark_full.tflite", 6_440_512, "e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f",
            "Apache-2.0", Format.TFLITE, ModelSource.tarEntry(POSE_TGZ, "package/pose_landmark_full.tflite"),
            "BlazePose 33 body landmarks, full (more accurate, slower)");
    public static final ModelSpec FACE_DETECTION_SHORT = new ModelSpec("face-detection-short-range", "0.4.1657299874",
            "face_detection_short_range.tflite", 229_032, "3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633",
            "Apache-2.0", Format.TFLITE, ModelSource.tarRange(FACE_MESH_TGZ, FACE_MESH_DATA, 3_757_224, 3_986_256),
            "BlazeFace short range: faces within about 2 m of the camera");
    public static final ModelSpec FACE_LANDMARK = new ModelSpec("face-landmark", "0.4.1657299874",
            "face_landmark.tflite", 1_241_896, "c603fa6149219a3e9487dc9abd7a0c24474c77263273d24868378cdf40aa26d1",
            "Apache-2.0", Format.TFLITE, ModelSource.tarRange(FACE_MESH_TGZ, FACE_MESH_DATA, 2_495_952, 3_737_848),
            "Face mesh: 468 3D face landmarks");
    public static final ModelSpec FACE_DETECTION_FULL = new ModelSpec("face-detection-full-range", "zaru-95d4f0c",
            "face_detection_full_range.onnx", 2_084_352, "e5dc912a9e846ff3a11bca38940225b85e0f1375df8524045d5732b5b19e9832",
            "Apache-2.0", Format.ONNX, ModelSource.direct(ZARU + "face_detection_full_range.onnx"),
            "BlazeFace full range: small and distant faces (group photos)");
    public static final ModelSpec IRIS_LANDMARK = new ModelSpec("iris-landmark", "zaru-95d4f0c",
            "iris_landmark.onnx", 2_634_018, "cb5086d8ef6cd8c8ab6e031e06a8dd7a17631c0f4d5a8bfbd71e35affce5afc5",
            "Apache-2.0", Format.ONNX, ModelSource.direct(ZARU + "iris_landmark.onnx"),
            "MediaPipe iris: iris centre and contour, eye contour");
    public static final ModelSpec SILERO_VAD = new ModelSpec("silero-vad", "5",
            "silero_vad.onnx", 2_327_524, "2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f",
            "MIT", Format.ONNX, ModelSource.tarEntry(VAD_TGZ, "package/dist/silero_vad_v5.onnx"),
            "Silero VAD v5: voice activity");
    public static final ModelSpec VOSK_SMALL_EN = new ModelSpec("vosk-small-en-us", "0.15",
            "vosk-model-small-en-us-0.15.zip", 0, "30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498",
            "Apache-2.0", Format.ZIP_DIRECTORY,
            ModelSource.direct("https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip"),
            "Vosk small English: streaming speech recognition with word timings");

    private static final List<ModelSpec> ALL = List.of(POSE_LANDMARK_LITE, POSE_LANDMARK_FULL, FACE_DETECTION_SHORT,
            FACE_LANDMARK, FACE_DETECTION_FULL, IRIS_LANDMARK, SILERO_VAD, VOSK_SMALL_EN);

    private ModelCatalog() {
    }

    public static List<ModelSpec> all() {
        return ALL;
    }

    public static Optional<ModelSpec> byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The model with this id, or an {@link UnknownModelException} listing the known ids. */
    public static ModelSpec require(String id) {
        return byId(id).orElseThrow(() -> new UnknownModelException(id, ids()));
    }

    public static List<String> ids() {
        return ALL.stream().map(ModelSpec::id).toList();
    }

    /**
     * What {@code models pull} fetches when no id is named: every model the product uses, the Vosk speech
     * recognizer included, so a new user gets the whole analysis.
     */
    public static List<ModelSpec> defaultPullSet() {
        return ALL;
    }

    /**
     * The models the analysis needs to run at all: every model but the Vosk recognizer, without which speech is
     * measured from a transcript instead (what `serve` readiness and start-up check).
     */
    public static List<ModelSpec> withoutSpeechRecognizer() {
        return ALL.stream().filter(m -> m != VOSK_SMALL_EN).toList();
    }
}
