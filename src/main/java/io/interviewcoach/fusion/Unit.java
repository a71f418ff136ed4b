package io.interviewcoach.fusion;

import java.util.Locale;

/** How a raw measurement is shown to the candidate (ratios as percentages). */
public enum Unit {
    PERCENT("%", 100, 0),
    PER_MIN("/min", 1, 1),
    WPM("wpm", 1, 0),
    SEMITONES("semitones", 1, 1),
    SCORE("/100", 1, 0),
    RATIO("", 1, 2);

    private final String symbol;
    private final double factor;
    private final int decimals;

    Unit(String symbol, double factor, int decimals) {
        this.symbol = symbol;
        this.factor = factor;
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    /** The raw value in display units, rounded as it is shown. */
    public double display(double raw) {
        double scale = Math.pow(10, decimals);
        return Math.round(raw * factor * scale) / scale;
    }

    /** The number alone, in display units. */
    public String number(double raw) {
        return String.format(Locale.ROOT, "%." + decimals + "f", raw * factor);
    }

    public String format(double raw) {
        String number = number(raw);
        if (symbol.isEmpty()) {
            return number;
        }
        return symbol.startsWith("/") || symbol.equals("%") ? number + symbol : number + " " + symbol;
    }
}
