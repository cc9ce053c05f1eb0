package dev.kiln.runtime.ops;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double, and the closest such one to it: the
 * digits and exponent that 6.1.6.1.20 Number::toString step 5 asks for.
 *
 * <p>This is the Schubfach method (R. Giulietti, "The Schubfach way to render doubles", 2020),
 * written from the paper's description. A double v = c·2^q rounds from every real in its
 * rounding interval R (both ends included when c is even, since reading rounds half to even).
 * With k = ⌊log10 |R|⌋, R holds at most one multiple of 10^(k+1) and at least one of s·10^k,
 * (s+1)·10^k, where s = ⌊v/10^k⌋. The scaled values 4v/10^k and the ends of R are computed
 * from a 126-bit over-approximation g of 10^-k; the products are truncated below their top
 * 127 bits, which discards exactly the excess that g's approximation adds (so an integral
 * value comes out exact: ties and interval ends that fall on a candidate are recognised), and
 * rounded to odd. The paper proves that this keeps every comparison the method makes exact,
 * so the result needs no fallback.
 */
public final class ShortestDecimal {
    private ShortestDecimal() {}

    /** The digits (no trailing zeros) and the decimal exponent of the result. */
    public interface Sink<R> {
        R accept(long digits, int exponent);
    }

    private static final int SIGNIFICAND_BITS = 52;
    private static final long FRACTION_MASK = (1L << SIGNIFICAND_BITS) - 1;
    private static final int EXPONENT_BIAS = 1075; // q = biased exponent - 1075 for normal doubles
    private static final int Q_MIN = -1074;
    private static final int Q_MAX = 2046 - EXPONENT_BIAS;

    /** Smallest and largest e = -k for which g is needed, and g = ⌊10^e·2^(125-⌊e·log2 10⌋)⌋ + 1 in 63-bit halves. */
    private static final int E_MIN = -floorLog10Pow2(Q_MAX);
    private static final int E_MAX = -Math.min(floorLog10Pow2(Q_MIN), floorLog10ThreeQuartersPow2(Q_MIN + 1));
    private static final long[] G = powersOfTen();

    /**
     * The shortest decimal d·10^e that reads back as {@code v} (positive and finite), the one
     * closest to v where several qualify, the even one on a tie; given to the sink with d's
     * trailing zeros removed.
     */
    public static <R> R shortest(double v, Sink<R> sink) {
        long bits = Double.doubleToRawLongBits(v);
        long fraction = bits & FRACTION_MASK;
        int biasedExponent = (int) (bits >>> SIGNIFICAND_BITS) & 0x7FF;
        long c;
        int q;
        if (biasedExponent != 0) {
            c = fraction | (1L << SIGNIFICAND_BITS);
            q = biasedExponent - EXPONENT_BIAS;
        } else {
            c = fraction;
            q = Q_MIN;
        }
        // At a power of two (other than the smallest normal) the gap below is half the gap above.
        boolean irregular = fraction == 0 && biasedExponent > 1;
        long out = c & 1; // odd c: the ends of R round to the neighbours, so they are excluded
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (irregular) {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        } else {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        int i = (-k - E_MIN) << 1;
        long g1 = G[i], g0 = G[i + 1];
        long vb = roundToOddProduct(g1, g0, cb << h);
        long vbl = roundToOddProduct(g1, g0, cbl << h);
        long vbr = roundToOddProduct(g1, g0, cbr << h);
        long s = vb >> 2; // ⌊v / 10^k⌋
        if (s >= 10) {
            // The one multiple of 10^(k+1) in R, if any, is shorter than every other candidate.
            // (Below 10 it would tie in length with single digits, which the closest rule settles.)
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upIn = vbl + out <= sp10 << 2;
            boolean wpIn = (tp10 << 2) + out <= vbr;
            if (upIn != wpIn) return emit(upIn ? sp10 : tp10, k, sink);
        }
        long t = s + 1;
        boolean uIn = vbl + out <= s << 2;
        boolean wIn = (t << 2) + out <= vbr;
        if (uIn != wIn) return emit(uIn ? s : t, k, sink);
        // Both are in R: the closer one, the even one on a tie (vb vs 4·(s + 1/2)).
        long cmp = vb - ((s + t) << 1);
        return emit(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k, sink);
    }

    private static <R> R emit(long digits, int exponent, Sink<R> sink) {
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        return sink.accept(digits, exponent);
    }

    /**
     * g·cp / 2^127 rounded to odd (the lowest bit set when inexact), where g = g1·2^63 + g0 with
     * g1, g0 < 2^63, and 0 ≤ cp < 2^60. With g·cp = y1·2^127 + y0·2^63 + g0·cp, the low 64
     * bits of g0·cp and the lowest bit of y0 are left out: they are below the precision that
     * matters, and hold the excess of g over 10^-k when the exact value is an integer.
     */
    private static long roundToOddProduct(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y1 = Math.multiplyHigh(g1, cp);
        long y0 = g1 * cp;
        long middle = (y0 >>> 1) + x1; // the bits from 2^64 to 2^127 (no overflow: x1 < 2^59)
        long integral = y1 + (middle >>> 63);
        long inexact = (middle & Long.MAX_VALUE) != 0 ? 1 : 0;
        return integral | inexact;
    }

    /** ⌊e·log10(2)⌋, exact for |e| ≤ 5456. */
    static int floorLog10Pow2(int e) {
        return (int) ((e * 661_971_961_083L) >> 41);
    }

    /** ⌊e·log10(2) + log10(3/4)⌋, exact for |e| ≤ 5456. */
    static int floorLog10ThreeQuartersPow2(int e) {
        return (int) ((e * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /** ⌊e·log2(10)⌋, exact for |e| ≤ 1650. */
    static int floorLog2Pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }

    /** The table of g, computed once per JVM: 617 pairs, from exact powers of ten. */
    private static long[] powersOfTen() {
        long[] table = new long[(E_MAX - E_MIN + 1) * 2];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        BigInteger ten = BigInteger.TEN;
        BigInteger positive = ten.pow(Math.max(0, E_MIN)); // 10^e for e ≥ 0, built upwards
        BigInteger negative = ten.pow(Math.max(0, -E_MIN)); // 10^-e for e < 0, built downwards
        for (int e = E_MIN; e <= E_MAX; e++) {
            int shift = 125 - floorLog2Pow10(e);
            BigInteger g;
            if (e >= 0) {
                g = shift >= 0 ? positive.shiftLeft(shift) : positive.shiftRight(-shift);
                positive = positive.multiply(ten);
            } else {
                g = BigInteger.ONE.shiftLeft(shift).divide(negative);
                negative = negative.divide(ten);
            }
            g = g.add(BigInteger.ONE);
            int i = (e - E_MIN) << 1;
            table[i] = g.shiftRight(63).longValueExact();
            table[i + 1] = g.and(mask63).longValue();
        }
        return table;
    }
}
