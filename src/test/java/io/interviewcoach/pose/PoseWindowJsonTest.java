package io.interviewcoach.pose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class PoseWindowJsonTest {
    @Test
    void perFrameLandmarksStayOutOfTheTimelineJson() throws Exception {
        PoseWindow w = new PoseWindow(2, 2.0, 3.0, true, 1.0, 88.5, 1.5, -2.0, true, true, false, 0.02, 0,
                List.of(new PoseFrame(2.0, new float[66], new float[33])));
        String json = new ObjectMapper().writeValueAsString(w);
        assertTrue(json.contains("\"postureScore\":88.5"), json);
        assertTrue(json.contains("\"gesturing\":true"), json);
        assertFalse(json.contains("frames"), json);
    }
}
