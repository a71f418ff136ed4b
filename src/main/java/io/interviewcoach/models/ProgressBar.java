package io.interviewcoach.models;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar: bytes received / total, percent, average rate. On a terminal it redraws in
 * place with '\r' (at most ten times a second); when stderr goes to a file or a CI log it prints a plain
 * line at every tenth of the download (every 10 MB when the size is unknown) so logs stay short.
 */
public final class ProgressBar implements DownloadProgress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long UNKNOWN_TOTAL_STEP = 10_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean interactive;
    private final LongSupplier nanoClock;
    private String label;
    private long total;
    private long startNanos;
    private long lastDrawNanos;
    private long lastStep;
    private long bytes;
    private int lastLineLength;

    public ProgressBar(PrintWriter err, boolean interactive) {
        this(err, interactive, System::nanoTime);
    }

    ProgressBar(PrintWriter err, boolean interactive, LongSupplier nanoClock) {
        this.err = err;
        this.interactive = interactive;
        this.nanoClock = nanoClock;
    }

    /** Whether a '\r' redraw will look right: a console is attached and the terminal is not "dumb". */
    public static boolean stderrLooksInteractive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void start(String label, long totalBytes) {
        this.label = label;
        this.total = totalBytes;
        this.bytes = 0;
        this.startNanos = nanoClock.getAsLong();
        this.lastDrawNanos = Long.MIN_VALUE;
        this.lastStep = 0;
        this.lastLineLength = 0;
        if (!interactive) {
            err.println(label + ": downloading" + (total > 0 ? " " + ByteSizes.format(total) : ""));
            err.flush();
        }
    }

    @Override
    public void advance(long bytesSoFar) {
        bytes = bytesSoFar;
        long now = nanoClock.getAsLong();
        if (interactive) {
            if (lastDrawNanos == Long.MIN_VALUE || now - lastDrawNanos >= REDRAW_NANOS) {
                redraw(now);
            }
            return;
        }
        long step = total > 0 ? bytes * 10 / total : bytes / UNKNOWN_TOTAL_STEP;
        if (step > lastStep) {
            lastStep = step;
            err.println(line(now));
            err.flush();
        }
    }

    @Override
    public void finish(boolean completed) {
        long now = nanoClock.getAsLong();
        String note = !completed ? "  (stopped)"
                : total > 0 && bytes < total ? "  (done; the rest of the archive is not needed)" : "";
        if (interactive) {
            redraw(now);
            err.println(note);
        } else if (!completed || lastStep < 10) {
            err.println(line(now) + note);
        }
        err.flush();
    }

    private void redraw(long now) {
        lastDrawNanos = now;
        String line = line(now);
        int pad = Math.max(0, lastLineLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastLineLength = line.length();
    }

    String line(long now) {
        StringBuilder sb = new StringBuilder(label).append("  ");
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, bytes * BAR_WIDTH / total);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
            sb.append(ByteSizes.format(bytes)).append(" / ").append(ByteSizes.format(total));
            sb.append(String.format(Locale.ROOT, "  %3d%%", bytes * 100 / total));
        } else {
            sb.append(ByteSizes.format(bytes));
        }
        double seconds = (now - startNanos) / 1e9;
        if (seconds > 0.05) {
            sb.append("  ").append(ByteSizes.format((long) (bytes / seconds))).append("/s");
        }
        return sb.toString();
    }
}
