package io.interviewcoach.cli;

import java.io.PrintWriter;
import java.util.Locale;

import io.interviewcoach.analysis.RecordingAnalyzer;

/**
 * Analysis progress on stderr: a bar redrawn in place on a terminal, a line every 10% otherwise
 * (so CI logs stay short), nothing when disabled.
 */
final class ConsoleProgress implements RecordingAnalyzer.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private final boolean interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    private final long start = System.nanoTime();
    private int lastDecile = -1;
    private boolean drawn;

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void update(double doneSec, Double totalSec) {
        if (!enabled) {
            return;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (totalSec == null || totalSec <= 0) {
            if (interactive) {
                err.print(String.format(Locale.ROOT, "\ranalysing: %.0f s of media in %.1f s", doneSec, elapsed));
                err.flush();
                drawn = true;
            }
            return;
        }
        double f = Math.min(1, doneSec / totalSec);
        if (interactive) {
            int filled = (int) Math.round(f * WIDTH);
            err.print(String.format(Locale.ROOT, "\ranalysing [%s%s] %3.0f%%  %.0f/%.0f s  (%.1fx real time)",
                    "#".repeat(filled), " ".repeat(WIDTH - filled), f * 100, doneSec, totalSec, doneSec / Math.max(1e-3, elapsed)));
            err.flush();
            drawn = true;
        } else if ((int) (f * 10) > lastDecile) {
            lastDecile = (int) (f * 10);
            err.println(String.format(Locale.ROOT, "analysing: %.0f%% (%.0f/%.0f s)", f * 100, doneSec, totalSec));
            err.flush();
        }
    }

    void done() {
        if (enabled && drawn) {
            err.println();
            err.flush();
        }
    }
}
