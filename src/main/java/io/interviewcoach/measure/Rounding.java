package io.interviewcoach.measure;

/** Rounding of reported values to a fixed number of decimals (the precision each quantity is measured to). */
public final class Rounding {
    private Rounding() {
    }

    public static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** Null stays null (not measured). */
    public static Double round(Double v, int decimals) {
        return v == null ? null : round(v.doubleValue(), decimals);
    }
}
