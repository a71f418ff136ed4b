package io.interviewcoach.pose.metrics;

/** Piecewise-linear mapping of a "lower is better" quantity to 0..100. */
public final class Scale {
    private Scale() {
    }

    /** 100 at or below {@code good}, 0 at or above {@code bad}, linear between. */
    public static double lowerIsBetter(double value, double good, double bad) {
        if (value <= good) {
            return 100.0;
        }
        if (value >= bad) {
            return 0.0;
        }
        return 100.0 * (bad - value) / (bad - good);
    }

    /** 0 at or below {@code none}, 100 at or above {@code full}, linear between. */
    public static double higherIsBetter(double value, double none, double full) {
        return 100.0 - lowerIsBetter(value, none, full);
    }
}
