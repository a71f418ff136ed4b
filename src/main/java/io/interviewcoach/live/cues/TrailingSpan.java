package io.interviewcoach.live.cues;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.ToDoubleFunction;

/** What was kept of each window over the trailing {@code spanSec} of media time. */
final class TrailingSpan<T> {
    private record Entry<T>(double endSec, T value) {}

    private static final double EPSILON = 1e-6;
    private final double spanSec;
    private final Deque<Entry<T>> entries = new ArrayDeque<>();

    TrailingSpan(double spanSec) {
        this.spanSec = spanSec;
    }

    /** Adds a window's value; windows that ended {@code spanSec} or more before this one's end fall out. */
    void add(double endSec, T value) {
        entries.addLast(new Entry<>(endSec, value));
        while (entries.peekFirst().endSec() <= endSec - spanSec + EPSILON) {
            entries.removeFirst();
        }
    }

    double sum(ToDoubleFunction<T> of) {
        double total = 0;
        for (Entry<T> e : entries) {
            total += of.applyAsDouble(e.value());
        }
        return total;
    }

    Iterable<T> values() {
        return () -> entries.stream().map(Entry::value).iterator();
    }

    void clear() {
        entries.clear();
    }
}
