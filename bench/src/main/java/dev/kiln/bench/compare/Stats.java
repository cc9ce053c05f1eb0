package dev.kiln.bench.compare;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.OptionalDouble;

/** The few statistics the report needs, and the number format of base.js. */
public final class Stats {
    private Stats() {
    }

    /** The geometric mean, as base.js computes Octane's total score; empty for no values. */
    public static OptionalDouble geomean(Collection<Double> values) {
        if (values.isEmpty()) return OptionalDouble.empty();
        double logs = 0;
        for (double v : values) {
            logs += Math.log(v);
        }
        return OptionalDouble.of(Math.exp(logs / values.size()));
    }

    /** The median of a non-empty array. */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** A score as base.js's FormatScore prints it: whole above 100, else three significant digits. */
    public static String score(double value) {
        return value > 100 ? String.format(Locale.ROOT, "%.0f", value) : threeDigits(value);
    }

    /** Three significant digits, without an exponent for the values a ratio takes. */
    public static String threeDigits(double value) {
        if (value == 0 || !Double.isFinite(value)) return String.valueOf(value);
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(value))));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
