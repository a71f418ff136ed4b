package io.interviewcoach.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.testsupport.TestAssets;

/** Real test media decoded once per JVM (video only) at the analysis rate. */
public final class FaceTestMedia {
    private static final Map<String, List<MediaWindow>> CACHE = new ConcurrentHashMap<>();

    private FaceTestMedia() {
    }

    /** The windows of a clip or picture at 10 fps, 1 s windows, frames at most 1280 px (as the product reads them). */
    public static List<MediaWindow> windows(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            List<MediaWindow> out = new ArrayList<>();
            try (MediaReader reader = MediaReader.open(TestAssets.media(n),
                    new ReadOptions(10, 1.0, true, false, ReadOptions.DEFAULT_MAX_FRAME_SIDE))) {
                reader.windows().forEachRemaining(out::add);
            }
            return out;
        });
    }

    public static List<VideoFrame> frames(String name) {
        List<VideoFrame> out = new ArrayList<>();
        windows(name).forEach(w -> out.addAll(w.frames()));
        return out;
    }

    public static VideoFrame picture(String name) {
        return frames(name).get(0);
    }
}
