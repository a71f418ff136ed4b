package io.interviewcoach.analysis;

import java.nio.file.Path;

import io.interviewcoach.console.Progress;
import io.interviewcoach.overlay.OverlayLayers;
import io.interviewcoach.overlay.OverlayWriter;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.report.Report;

/** Analyses a recording the way `coach analyze --overlay` does: the overlay writer hears every window. */
final class OverlayRecording {
    private OverlayRecording() {
    }

    /** @param overlay where to write the overlay video; null for none */
    static Report analyze(RecordingAnalyzer analyzer, AnalysisRequest request, Path overlay) {
        if (overlay == null) {
            return analyzer.analyze(request, Progress.NONE);
        }
        try (OverlayWriter writer = new OverlayWriter(overlay, request.fps(), OverlayLayers.standard())) {
            return analyzer.analyze(request, Progress.NONE, RunningStream.detached(request.file().toString()),
                    writer::accept);
        }
    }
}
