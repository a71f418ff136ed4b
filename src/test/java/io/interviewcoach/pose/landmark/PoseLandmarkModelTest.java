package io.interviewcoach.pose.landmark;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.testsupport.TestAssets;

/** The raw landmark model call (no face anchor, no tracking) on a hand-chosen ROI of a real frame. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoseLandmarkModelTest {
    private PoseLandmarkModel lite;
    private PoseLandmarkModel full;
    private VideoFrame s20Frame;

    @BeforeAll
    void load() {
        lite = new PoseLandmarkModel("lite", TestAssets.models().require(ModelCatalog.POSE_LANDMARK_LITE), 1);
        full = new PoseLandmarkModel("full", TestAssets.models().require(ModelCatalog.POSE_LANDMARK_FULL), 1);
        try (MediaReader r = MediaReader.open(TestAssets.media("s20.mp4"), new ReadOptions(2, 1.0, true, false, 1280))) {
            Iterator<MediaWindow> it = r.windows();
            it.next();
            it.next();
            s20Frame = it.next().frames().get(0); // t = 2 s
        }
    }

    @AfterAll
    void close() {
        lite.close();
        full.close();
    }

    @Test
    void bothVariantsFindTheStandingWomanInAHandChosenRoi() {
        for (PoseLandmarkModel model : new PoseLandmarkModel[] {lite, full}) {
            PoseLandmarks p = predict(model, s20Frame, new Roi(230, 860, 1770, 0));
            String name = model.name();
            assertTrue(p.presenceScore() > 0.9, name + " presence " + p.presenceScore());
            Landmark nose = p.get(BodyPoint.NOSE);
            Landmark ls = p.get(BodyPoint.LEFT_SHOULDER);
            Landmark rs = p.get(BodyPoint.RIGHT_SHOULDER);
            // Measured by eye on this frame (480x908): face centre near (200, 280), shoulders near y = 450.
            assertTrue(Math.abs(nose.x() - 195) < 40 && Math.abs(nose.y() - 285) < 40, name + " nose " + nose);
            assertTrue(ls.x() > nose.x() + 100 && rs.x() < nose.x() - 50, name + " shoulders " + ls + " " + rs);
            assertTrue(Math.abs(ls.y() - 450) < 60 && Math.abs(rs.y() - 450) < 60, name + " shoulder height " + ls + " " + rs);
            assertTrue(ls.visibility() > 0.9 && rs.visibility() > 0.9, name + " shoulder visibility");
        }
    }

    @Test
    void aBlackFrameHasNoPerson() {
        VideoFrame black = new VideoFrame(0, 480, 908, new byte[480 * 908 * 3]);
        PoseLandmarks p = predict(lite, black, new Roi(230, 860, 1770, 0));
        assertTrue(p.presenceScore() < 0.2, "presence on black " + p.presenceScore());
    }

    @Test
    void anRoiOffThePersonDoesNotReproduceHerShoulders() {
        // A broken crop (ROI far off the person) must not still "find" her shoulders in the same place.
        PoseLandmarks off = predict(lite, s20Frame, new Roi(240, 200, 300, 0));
        PoseLandmarks on = predict(lite, s20Frame, new Roi(230, 860, 1770, 0));
        double moved = off.get(BodyPoint.LEFT_SHOULDER).distanceTo(on.get(BodyPoint.LEFT_SHOULDER));
        assertTrue(off.presenceScore() < 0.5 || moved > 30, "off-person ROI gave the same shoulder: " + moved);
    }

    private static PoseLandmarks predict(PoseLandmarkModel model, VideoFrame f, Roi roi) {
        try (BytePointer px = new BytePointer(f.bgr()); Mat bgr = new Mat(f.height(), f.width(), CV_8UC3, px)) {
            return model.predict(bgr, roi);
        }
    }
}
