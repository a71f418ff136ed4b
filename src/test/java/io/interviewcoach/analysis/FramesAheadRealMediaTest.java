package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.face.FaceTestMedia;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.pose.PoseAnalyzer;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Face and pose on a real clip give the very same windows and summary whether their frames were prepared ahead
 * (as a live session's frames are, as they arrive) or worked on when the window comes (d14: the face turns away and
 * tracking is lost and found again).
 */
class FramesAheadRealMediaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AnalyzerModels models;

    @BeforeAll
    static void load() {
        models = new AnalyzerModels(TestAssets.models(), 1);
    }

    @AfterAll
    static void close() {
        models.close();
    }

    @Test
    void faceResultsAreTheSameWithFramesPreparedAhead() throws Exception {
        assertSame(() -> new FaceAnalyzer(models.face()));
    }

    @Test
    void poseResultsAreTheSameWithFramesPreparedAhead() throws Exception {
        assertSame(() -> new PoseAnalyzer(models.pose(PoseModels.Variant.LITE)));
    }

    private static void assertSame(java.util.function.Supplier<StreamAnalyzer<?, ?>> analyzer) throws Exception {
        List<MediaWindow> windows = FaceTestMedia.windows("d14.mp4");
        String inline = run(analyzer.get(), windows, false);
        String ahead = run(analyzer.get(), windows, true);
        assertTrue(inline.length() > 1000, inline);
        assertEquals(inline, ahead);
    }

    /** The windows' results and the summary as JSON; ahead: each window's frames are prepared a window early. */
    private static String run(StreamAnalyzer<?, ?> analyzer, List<MediaWindow> windows, boolean ahead) throws Exception {
        List<Object> out = new ArrayList<>();
        Function<Integer, Void> prepare = i -> {
            if (ahead && i < windows.size()) {
                windows.get(i).frames().forEach(analyzer::prepare);
            }
            return null;
        };
        prepare.apply(0);
        for (int i = 0; i < windows.size(); i++) {
            prepare.apply(i + 1);
            out.add(analyzer.analyze(windows.get(i)));
        }
        out.add(analyzer.finish());
        return JSON.writeValueAsString(out);
    }
}
