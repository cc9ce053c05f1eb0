package dev.kiln.runtime.ops;

/**
 * 6.1.6.1 The Number Type: the operations that are not a single Java operator, for generated
 * code and built-ins. (unaryMinus, multiply, divide, add, subtract, lessThan, equal and the
 * bitwise operators on ToInt32 values are Java's own double and int arithmetic.)
 */
public final class NumberOps {
    private NumberOps() {}

    /**
     * 6.1.6.1.3 Number::exponentiate. Java's Math.pow already follows every special case of the
     * spec, which keeps the historical ECMAScript results (1 ** ±Infinity and 1 ** NaN are NaN),
     * since both took them from the same source.
     */
    public static double exponentiate(double base, double exponent) {
        return Math.pow(base, exponent);
    }

    /**
     * 6.1.6.1.6 Number::remainder: the truncating remainder with the dividend's sign, which is
     * Java's {@code %} on doubles (exact, like C's fmod).
     */
    public static double remainder(double n, double d) {
        return n % d;
    }

    /** 6.1.6.1.6 Number::remainder of two int32 values, keeping -0 for a negative dividend. */
    public static double remainder(int n, int d) {
        if (d == 0) return Double.NaN;
        if (d == -1) return n < 0 ? -0.0 : 0; // also avoids MIN_VALUE % -1
        int r = n % d;
        return r == 0 && n < 0 ? -0.0 : r;
    }

    /** 6.1.6.1.9 Number::leftShift */
    public static int leftShift(double x, double y) {
        return Conversion.toInt32(x) << Conversion.toInt32(y); // Java masks the count to 5 bits: modulo 32
    }

    /** 6.1.6.1.10 Number::signedRightShift */
    public static int signedRightShift(double x, double y) {
        return Conversion.toInt32(x) >> Conversion.toInt32(y);
    }

    /** 6.1.6.1.11 Number::unsignedRightShift: a uint32, hence a double where it exceeds int. */
    public static double unsignedRightShift(double x, double y) {
        return (double) ((Conversion.toInt32(x) & 0xFFFFFFFFL) >>> (Conversion.toInt32(y) & 31));
    }

    /** 6.1.6.1.11 Number::unsignedRightShift of int32 operands. */
    public static double unsignedRightShift(int x, int y) {
        return (double) ((x & 0xFFFFFFFFL) >>> (y & 31));
    }
}
