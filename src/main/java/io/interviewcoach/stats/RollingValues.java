package io.interviewcoach.stats;

import java.util.Arrays;

/** The last {@code capacity} values, for person-specific baselines (median, percentiles). */
public final class RollingValues {
    private final double[] values;
    private int size;
    private int next;

    public RollingValues(int capacity) {
        values = new double[capacity];
    }

    public void add(double v) {
        values[next] = v;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    public int size() {
        return size;
    }

    /** How many of the kept values are above {@code limit}. */
    public int countAbove(double limit) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] > limit) {
                n++;
            }
        }
        return n;
    }

    public double median() {
        double[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return size % 2 == 1 ? copy[size / 2] : (copy[size / 2 - 1] + copy[size / 2]) / 2;
    }

    /** The value below which {@code fraction} of the values lie (nearest rank). */
    public double percentile(double fraction) {
        double[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy[(int) Math.round(fraction * (size - 1))];
    }
}
