package io.interviewcoach.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.interviewcoach.face.FaceTestMedia;
import io.interviewcoach.face.detection.FaceDetection;
import io.interviewcoach.face.detection.FullRangeFaceDetector;
import io.interviewcoach.face.detection.ShortRangeFaceDetector;
import io.interviewcoach.face.mesh.FaceLandmarker;
import io.interviewcoach.face.mesh.FaceMesh;
import io.interviewcoach.face.mesh.FaceRoi;
import io.interviewcoach.face.mesh.Iris;
import io.interviewcoach.face.mesh.IrisLandmarker;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Batching across callers with the real iris model on eye crops of real frames: batched results equal one-at-a-time
 * results, concurrent callers each get their own, and a bad request fails only its caller.
 */
class BatchingRealModelTest {
    private static final InferenceSettings BATCHING = new InferenceSettings(ComputeDevice.CPU, 0, Duration.ofMillis(200), 8);
    private static final String[] CLIPS = {"d9.mp4", "d14.mp4", "d12.mp4", "d0.mp4", "s20.mp4", "katie_hill.mp4"};

    private static final List<Mat> frames = new ArrayList<>();
    private static final List<FaceRoi> eyes = new ArrayList<>();
    private static final List<Iris> reference = new ArrayList<>();

    @BeforeAll
    static void eyeCropsAndOneAtATimeResults() {
        try (FullRangeFaceDetector faces = FullRangeFaceDetector.load(TestAssets.models());
                OnnxModel single = new OnnxModel("iris-single", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 1,
                        InferenceSettings.cpu())) {
            assertFalse(single.batched());
            IrisLandmarker iris = new IrisLandmarker(single);
            for (String clip : CLIPS) {
                for (int i : new int[] {5, 25}) {
                    Mat bgr = FaceTestMedia.frames(clip).get(i).toMat();
                    List<FaceDetection> found = faces.detect(bgr);
                    if (found.isEmpty()) {
                        continue;
                    }
                    FaceDetection face = found.get(0);
                    for (int k : new int[] {FaceDetection.RIGHT_EYE, FaceDetection.LEFT_EYE}) {
                        FaceRoi eye = new FaceRoi(face.keypoint(k).x(), face.keypoint(k).y(), face.box().width() * 0.3, 0);
                        frames.add(bgr);
                        eyes.add(eye);
                        reference.add(iris.eye(bgr, eye, k == FaceDetection.LEFT_EYE));
                    }
                }
            }
        }
        assertTrue(eyes.size() >= 16, "eye crops from the clips: " + eyes.size());
    }

    @AfterAll
    static void free() {
        frames.forEach(Mat::close);
    }

    @Test
    void theIrisGraphTakesABatchAndTheFullRangeDetectorKeepsItsFixedOne() throws Exception {
        assertTrue(BatchableGraph.rewrite(Files.readAllBytes(TestAssets.models().require(ModelCatalog.IRIS_LANDMARK))).batchable());
        BatchableGraph.Result fullRange = BatchableGraph.rewrite(Files.readAllBytes(TestAssets.models().require(ModelCatalog.FACE_DETECTION_FULL)));
        assertFalse(fullRange.batchable());
        assertTrue(fullRange.refusal().contains("Resize"), fullRange.refusal());
        try (OnnxModel detector = new OnnxModel("fd", TestAssets.models().require(ModelCatalog.FACE_DETECTION_FULL), 1, BATCHING)) {
            assertFalse(detector.batched(), "a graph that pins batch 1 runs one request per inference");
        }
    }

    @Test
    void concurrentCallersGetTheirOwnResultsEqualToOneAtATime() throws Exception {
        int threads = 8;
        try (OnnxModel model = new OnnxModel("iris-batched", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 2, BATCHING)) {
            assertTrue(model.batched());
            IrisLandmarker iris = new IrisLandmarker(model);
            Batcher.BatchCounts before = BatchStats.snapshot().get("iris-batched");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CyclicBarrier start = new CyclicBarrier(threads);
            try {
                List<Future<List<Iris>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        List<Iris> mine = new ArrayList<>();
                        for (int round = 0; round < 4; round++) {
                            start.await();
                            int i = (thread * 4 + round) % eyes.size();
                            mine.add(iris.eye(frames.get(i), eyes.get(i), i % 2 == 1));
                        }
                        return mine;
                    }));
                }
                for (int t = 0; t < threads; t++) {
                    List<Iris> mine = results.get(t).get();
                    for (int round = 0; round < 4; round++) {
                        int i = (t * 4 + round) % eyes.size();
                        assertSame(reference.get(i), mine.get(round), "thread " + t + " round " + round + " (eye " + i + ")");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            Batcher.BatchCounts after = BatchStats.snapshot().get("iris-batched");
            long batches = after.batches() - (before == null ? 0 : before.batches());
            long requests = after.requests() - (before == null ? 0 : before.requests());
            assertEquals(threads * 4, requests);
            // How many share a batch depends on when the threads arrive (a loaded CI machine staggers them); some must.
            assertTrue(batches < requests, "mean batch size " + (double) requests / batches);
        }
    }

    @Test
    void aBadRequestFailsOnlyItsOwnCaller() throws Exception {
        int threads = 6;
        try (OnnxModel model = new OnnxModel("iris-faults", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 1, BATCHING)) {
            IrisLandmarker iris = new IrisLandmarker(model);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CyclicBarrier start = new CyclicBarrier(threads);
            try {
                List<Future<Object>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int i = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        return switch (i) {
                            case 0 -> model.predict("x", new FailingTranslator());
                            case 1 -> model.predict("x", new WrongShapeTranslator());
                            default -> iris.eye(frames.get(i), eyes.get(i), i % 2 == 1);
                        };
                    }));
                }
                Exception preprocess = assertThrows(Exception.class, () -> results.get(0).get());
                assertTrue(preprocess.getCause().getMessage().contains("bad input"), preprocess.toString());
                assertThrows(Exception.class, () -> results.get(1).get());
                for (int t = 2; t < threads; t++) {
                    assertSame(reference.get(t), (Iris) results.get(t).get(), "caller " + t);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aBatchedModelRefusesTheEventLoop() throws Exception {
        try (OnnxModel model = new OnnxModel("iris-loop", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 1, BATCHING)) {
            IrisLandmarker iris = new IrisLandmarker(model);
            Object[] outcome = new Object[1];
            Thread loop = new Thread(() -> {
                try {
                    outcome[0] = iris.eye(frames.get(0), eyes.get(0), false);
                } catch (IllegalStateException e) {
                    outcome[0] = e;
                }
            }, Batcher.EVENT_LOOP_PREFIX + "-thread-0");
            loop.start();
            loop.join();
            assertTrue(outcome[0] instanceof IllegalStateException e && e.getMessage().contains("event loop"), String.valueOf(outcome[0]));
        }
    }

    @Test
    void bothEyesOfConcurrentFacesSplitAcrossSmallBatchesGiveTheOneAtATimeResults() throws Exception {
        List<Mat> faceFrames = new ArrayList<>();
        List<FaceMesh> meshes = new ArrayList<>();
        List<Iris[]> expected = new ArrayList<>();
        try (ShortRangeFaceDetector detector = ShortRangeFaceDetector.load(TestAssets.models());
                FaceLandmarker landmarker = FaceLandmarker.load(TestAssets.models());
                OnnxModel single = new OnnxModel("iris-one", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 1,
                        InferenceSettings.cpu())) {
            IrisLandmarker one = new IrisLandmarker(single);
            for (String clip : CLIPS) {
                Mat bgr = FaceTestMedia.frames(clip).get(15).toMat();
                List<FaceDetection> found = detector.detect(bgr);
                if (found.isEmpty()) {
                    bgr.close();
                    continue;
                }
                FaceMesh mesh = landmarker.landmarks(bgr, FaceRoi.fromDetection(found.get(0)));
                faceFrames.add(bgr);
                meshes.add(mesh);
                expected.add(new Iris[] {one.rightEye(bgr, mesh), one.leftEye(bgr, mesh)});
            }
        }
        assertTrue(meshes.size() >= 4, "faces found: " + meshes.size());
        // a max batch of 3 splits some callers' pairs across two inferences
        InferenceSettings small = new InferenceSettings(ComputeDevice.CPU, 0, Duration.ofMillis(100), 3);
        try (OnnxModel model = new OnnxModel("iris-pairs", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 2, small)) {
            IrisLandmarker iris = new IrisLandmarker(model);
            int threads = meshes.size();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CyclicBarrier start = new CyclicBarrier(threads);
            try {
                List<Future<List<Iris>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int i = t;
                    results.add(pool.submit(() -> {
                        start.await();
                        return iris.bothEyes(faceFrames.get(i), meshes.get(i));
                    }));
                }
                for (int t = 0; t < threads; t++) {
                    List<Iris> got = results.get(t).get();
                    assertSame(expected.get(t)[0], got.get(0), "face " + t + " right eye");
                    assertSame(expected.get(t)[1], got.get(1), "face " + t + " left eye");
                }
            } finally {
                pool.shutdownNow();
                faceFrames.forEach(Mat::close);
            }
        }
    }

    private static void assertSame(Iris expected, Iris actual, String what) {
        assertEquals(expected.iris().length, actual.iris().length, what);
        for (int i = 0; i < expected.iris().length; i++) {
            assertEquals(expected.iris()[i], actual.iris()[i], 1e-3, what + " iris " + i);
        }
        for (int i = 0; i < expected.contour().length; i++) {
            assertEquals(expected.contour()[i], actual.contour()[i], 1e-3, what + " contour " + i);
        }
    }

    private static final class FailingTranslator implements OnnxTranslator<String, Object> {
        @Override
        public NDList preprocess(NDManager manager, String input) {
            throw new IllegalArgumentException("bad input");
        }

        @Override
        public Object postprocess(String input, NDList outputs) {
            return outputs;
        }
    }

    /** A tensor the iris model cannot take (32x32 instead of 64x64): the batch falls apart and only this one fails. */
    private static final class WrongShapeTranslator implements OnnxTranslator<String, Object> {
        @Override
        public NDList preprocess(NDManager manager, String input) {
            return new NDList(manager.create(new float[3 * 32 * 32], new Shape(1, 3, 32, 32)));
        }

        @Override
        public Object postprocess(String input, NDList outputs) {
            return outputs.get(0).toFloatArray();
        }
    }
}
