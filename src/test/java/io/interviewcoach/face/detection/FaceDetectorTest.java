package io.interviewcoach.face.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.interviewcoach.face.FaceTestMedia;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.testsupport.TestAssets;

class FaceDetectorTest {
    private static ShortRangeFaceDetector shortRange;
    private static FullRangeFaceDetector fullRange;

    @BeforeAll
    static void load() {
        shortRange = ShortRangeFaceDetector.load(TestAssets.models());
        fullRange = FullRangeFaceDetector.load(TestAssets.models());
    }

    @AfterAll
    static void close() {
        shortRange.close();
        fullRange.close();
    }

    @Test
    void anchorCountsMatchTheModels() {
        assertEquals(896, new BlazeFaceDecoder(BlazeFaceConfig.SHORT_RANGE).anchorCount());
        assertEquals(2304, new BlazeFaceDecoder(BlazeFaceConfig.FULL_RANGE).anchorCount());
    }

    @Test
    void letterboxMapsBackToFramePixels() {
        Letterbox lb = Letterbox.fit(640, 480, 128);
        assertEquals(16, lb.padY());
        assertEquals(0.0, lb.toFrameX(0.0), 1e-9);
        assertEquals(640.0, lb.toFrameX(1.0), 1e-9);
        assertEquals(0.0, lb.toFrameY(16.0 / 128), 1e-9);
        assertEquals(480.0, lb.toFrameY(112.0 / 128), 1e-9);
    }

    @Test
    void shortRangeFindsTheOneFaceInD9() {
        VideoFrame frame = FaceTestMedia.frames("d9.mp4").get(30);
        List<FaceDetection> faces = shortRange.detect(frame);
        assertEquals(1, faces.size(), "faces: " + faces);
        FaceDetection face = faces.get(0);
        assertTrue(face.score() > 0.7, "score " + face.score());
        Box box = face.box();
        // the face fills roughly the middle half of the 512x480 frame
        assertTrue(box.width() > 180 && box.width() < 340, "width " + box.width());
        assertTrue(Math.abs(box.centerX() - 256) < 60 && Math.abs(box.centerY() - 270) < 70, "box " + box);
        Point rightEye = face.keypoint(FaceDetection.RIGHT_EYE);
        Point leftEye = face.keypoint(FaceDetection.LEFT_EYE);
        Point mouth = face.keypoint(FaceDetection.MOUTH);
        assertTrue(rightEye.x() < leftEye.x(), "subject's right eye is on the image left");
        assertTrue(mouth.y() > rightEye.y() + 60 && mouth.y() < box.y() + box.height(), "mouth below the eyes, inside the box");
    }

    @ParameterizedTest
    @CsvSource({"sample1.jpg,3", "sample2.jpg,3", "sample3.jpg,3", "sample4.jpg,4", "sample5.jpg,5", "sample6.jpg,4"})
    void fullRangeCountsFacesInGroupPhotos(String picture, int expected) {
        VideoFrame frame = FaceTestMedia.picture(picture);
        List<FaceDetection> faces = fullRange.detect(frame);
        assertTrue(Math.abs(faces.size() - expected) <= 1, picture + ": " + faces.size() + " faces, expected " + expected);
        for (FaceDetection f : faces) {
            assertTrue(f.box().x() > -f.box().width() / 2 && f.box().x() < frame.width(), "box inside the picture: " + f.box());
        }
    }
}
