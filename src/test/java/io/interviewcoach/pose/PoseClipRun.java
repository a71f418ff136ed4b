package io.interviewcoach.pose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;

/**
 * One decode of a clip at 10 fps fed to one or more analyzers (optionally with altered frames, or a null
 * window to skip it); results kept.
 */
final class PoseClipRun {
    final List<PoseWindow> windows = new ArrayList<>();
    PoseSummary summary;
    int inputFrames;

    static List<PoseClipRun> run(Path clip, List<PoseAnalyzer> analyzers, List<UnaryOperator<MediaWindow>> alterations) {
        List<PoseClipRun> runs = new ArrayList<>();
        analyzers.forEach(a -> runs.add(new PoseClipRun()));
        try (MediaReader reader = MediaReader.open(clip, new ReadOptions(10, 1.0, true, false, ReadOptions.DEFAULT_MAX_FRAME_SIDE))) {
            var it = reader.windows();
            while (it.hasNext()) {
                MediaWindow w = it.next();
                boolean anyFed = false;
                for (int i = 0; i < analyzers.size(); i++) {
                    MediaWindow altered = alterations.get(i).apply(w);
                    if (altered == null) {
                        continue; // this run stops early
                    }
                    anyFed = true;
                    runs.get(i).inputFrames += altered.frames().size();
                    runs.get(i).windows.add(analyzers.get(i).analyze(altered));
                }
                if (!anyFed) {
                    break;
                }
            }
        }
        for (int i = 0; i < analyzers.size(); i++) {
            runs.get(i).summary = analyzers.get(i).finish();
        }
        return runs;
    }

    List<PoseFrame> frames() {
        return windows.stream().flatMap(w -> w.frames().stream()).toList();
    }

    double trackedRatio() {
        return (double) frames().size() / inputFrames;
    }
}
