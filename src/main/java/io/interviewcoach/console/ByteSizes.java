package io.interviewcoach.console;

import java.util.Locale;

/** Human-readable byte counts in decimal units (1 MB = 1,000,000 bytes), as download tools show them. */
public final class ByteSizes {
    private ByteSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
