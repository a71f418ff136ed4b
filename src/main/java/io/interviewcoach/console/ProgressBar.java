package io.interviewcoach.console;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr: amount done / total, percent, average rate. On a terminal it redraws
 * in place with '\r' (at most ten times a second); when stderr goes to a file or a CI log it prints a plain
 * line at every tenth of the task so logs stay short. The {@link Unit} says how amounts and rates read.
 */
public final class ProgressBar implements Progress {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    /** How amounts of one kind of task are shown. */
    public interface Unit {
        /** What the task does, for the first log line ("downloading", "analysing"). */
        String verb();

        /** Said when the task completed before reaching the total. */
        String endedEarlyNote();

        String amount(long value);

        /** The average rate, from the amount done and the seconds it took. */
        String rate(long done, double seconds);

        /** Without a known total, a plain log line is printed every this much. */
        long stepWithoutTotal();

        /** Downloads: amounts in bytes, rate in bytes per second. */
        Unit BYTES = new Unit() {
            @Override
            public String verb() {
                return "downloading";
            }

            @Override
            public String endedEarlyNote() {
                return "done; the rest of the archive is not needed";
            }

            @Override
            public String amount(long value) {
                return ByteSizes.format(value);
            }

            @Override
            public String rate(long done, double seconds) {
                return ByteSizes.format((long) (done / seconds)) + "/s";
            }

            @Override
            public long stepWithoutTotal() {
                return 10_000_000L;
            }
        };

        /** Analyses: amounts in milliseconds of media, rate as a multiple of real time. */
        Unit MEDIA_MILLIS = new Unit() {
            @Override
            public String verb() {
                return "analysing";
            }

            @Override
            public String endedEarlyNote() {
                return "done; the media ended before its stated duration";
            }

            @Override
            public String amount(long value) {
                return String.format(Locale.ROOT, "%.0f s", value / 1000.0);
            }

            @Override
            public String rate(long done, double seconds) {
                return String.format(Locale.ROOT, "%.1fx real time", done / 1000.0 / seconds);
            }

            @Override
            public long stepWithoutTotal() {
                return 60_000L;
            }
        };
    }

    private final PrintWriter err;
    private final boolean interactive;
    private final Unit unit;
    private final LongSupplier nanoClock;
    private String label;
    private long total;
    private long startNanos;
    private long lastDrawNanos;
    private long lastStep;
    private long done;
    private int lastLineLength;

    public ProgressBar(PrintWriter err, boolean interactive, Unit unit) {
        this(err, interactive, unit, System::nanoTime);
    }

    ProgressBar(PrintWriter err, boolean interactive, Unit unit, LongSupplier nanoClock) {
        this.err = err;
        this.interactive = interactive;
        this.unit = unit;
        this.nanoClock = nanoClock;
    }

    /** Whether a '\r' redraw will look right: a console is attached and the terminal is not "dumb". */
    public static boolean stderrLooksInteractive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void start(String label, long total) {
        this.label = label;
        this.total = total;
        this.done = 0;
        this.startNanos = nanoClock.getAsLong();
        this.lastDrawNanos = Long.MIN_VALUE;
        this.lastStep = 0;
        this.lastLineLength = 0;
        if (!interactive) {
            err.println(label + ": " + unit.verb() + (total > 0 ? " " + unit.amount(total) : ""));
            err.flush();
        }
    }

    @Override
    public void advance(long doneSoFar) {
        done = doneSoFar;
        long now = nanoClock.getAsLong();
        if (interactive) {
            if (lastDrawNanos == Long.MIN_VALUE || now - lastDrawNanos >= REDRAW_NANOS) {
                redraw(now);
            }
            return;
        }
        long step = total > 0 ? done * 10 / total : done / unit.stepWithoutTotal();
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
                : total > 0 && done < total ? "  (" + unit.endedEarlyNote() + ")" : "";
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
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
            sb.append(unit.amount(done)).append(" / ").append(unit.amount(total));
            sb.append(String.format(Locale.ROOT, "  %3d%%", done * 100 / total));
        } else {
            sb.append(unit.amount(done));
        }
        double seconds = (now - startNanos) / 1e9;
        if (seconds > 0.05) {
            sb.append("  ").append(unit.rate(done, seconds));
        }
        return sb.toString();
    }
}
