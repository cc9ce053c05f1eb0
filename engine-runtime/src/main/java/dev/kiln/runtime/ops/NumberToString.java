package dev.kiln.runtime.ops;

import java.math.BigInteger;

/**
 * 6.1.6.1.20 Number::toString: the shortest digits that read back as the number (the closest
 * such where several qualify), placed as the spec prescribes. Radix 10 takes the digits from
 * {@link ShortestDecimal}; other radices from an exact digit generation (Burger and Dybvig's
 * free-format method) since the spec asks the same shortest digits of them.
 */
public final class NumberToString {
    private NumberToString() {}

    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    /** Number::toString(x, 10). */
    public static String toString(double x) {
        if (x != x) return "NaN";
        if (x == 0) return "0";
        if (x < 0) {
            if (x == Double.NEGATIVE_INFINITY) return "-Infinity";
            if (x > -0x1p53 && x == (long) x) return Long.toString((long) x);
            return ShortestDecimal.shortest(-x, NumberToString::negative);
        }
        if (x == Double.POSITIVE_INFINITY) return "Infinity";
        // Integers below 2^53 have no shorter form than their exact digits.
        if (x < 0x1p53 && x == (long) x) return Long.toString((long) x);
        return ShortestDecimal.shortest(x, NumberToString::positive);
    }

    private static String positive(long digits, int exponent) {
        return format(false, digits, exponent);
    }

    private static String negative(long digits, int exponent) {
        return format(true, digits, exponent);
    }

    /** Steps 6-12 for s = digits (k of them, no trailing zeros), n = exponent + k. */
    private static String format(boolean negative, long digits, int exponent) {
        int k = 1;
        for (long d = digits; d >= 10; d /= 10) k++;
        int n = exponent + k;
        // At most a sign and 24 characters: 21 integer digits, or "0.00000" and 17 digits, or d.ddd(16)e-324.
        char[] out = new char[26];
        int pos = 0;
        if (negative) out[pos++] = '-';
        if (-5 <= n && n <= 21) {
            if (n >= k) {
                putDigits(out, pos, digits, k);
                pos += k;
                for (int i = k; i < n; i++) out[pos++] = '0';
            } else if (n > 0) {
                putDigits(out, pos, digits / pow10(k - n), n);
                pos += n;
                out[pos++] = '.';
                putDigits(out, pos, digits % pow10(k - n), k - n);
                pos += k - n;
            } else {
                out[pos++] = '0';
                out[pos++] = '.';
                for (int i = n; i < 0; i++) out[pos++] = '0';
                putDigits(out, pos, digits, k);
                pos += k;
            }
        } else {
            long first = digits / pow10(k - 1);
            out[pos++] = (char) ('0' + first);
            if (k > 1) {
                out[pos++] = '.';
                putDigits(out, pos, digits - first * pow10(k - 1), k - 1);
                pos += k - 1;
            }
            out[pos++] = 'e';
            out[pos++] = n - 1 >= 0 ? '+' : '-';
            int e = Math.abs(n - 1);
            int eDigits = e >= 100 ? 3 : e >= 10 ? 2 : 1;
            putDigits(out, pos, e, eDigits);
            pos += eDigits;
        }
        return new String(out, 0, pos);
    }

    /** Writes the low {@code count} decimal digits of {@code value} (zero-padded) at out[pos]. */
    private static void putDigits(char[] out, int pos, long value, int count) {
        for (int i = pos + count - 1; i >= pos; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static long pow10(int e) {
        long p = 1;
        for (int i = 0; i < e; i++) p *= 10;
        return p;
    }

    /** Step 6: the k digits with the point after the n-th (zeros padding either side). */
    private static void placePositional(StringBuilder sb, char[] s, int k, int n) {
        if (n >= k) {
            sb.append(s, 0, k);
            for (int i = k; i < n; i++) sb.append('0');
        } else if (n > 0) {
            sb.append(s, 0, n).append('.').append(s, n, k - n);
        } else {
            sb.append("0.");
            for (int i = n; i < 0; i++) sb.append('0');
            sb.append(s, 0, k);
        }
    }

    /** Number::toString(x, radix) for radix 2 to 36. */
    public static String toString(double x, int radix) {
        if (radix == 10) return toString(x);
        if (x != x) return "NaN";
        if (x == 0) return "0";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        double a = Math.abs(x);
        if (a < 0x1p53 && a == (long) a) return Long.toString((long) x, radix);
        StringBuilder sb = new StringBuilder();
        if (x < 0) sb.append('-');
        char[] digits = new char[64]; // at most 53 significant digits (radix 2)
        long result = shortestInRadix(a, radix, digits);
        int k = (int) (result >>> 32);
        int n = (int) result;
        placePositional(sb, digits, k, n);
        return sb.toString();
    }

    /**
     * The shortest digits of positive finite {@code v} in {@code radix} that read back as v,
     * the closest such: Burger and Dybvig's free-format generation in exact integers (v =
     * r/s·radix^n, with the rounding interval's half-widths mMinus/s and mPlus/s). Writes the
     * digits and returns their count in the high half and n in the low half of the result.
     */
    private static long shortestInRadix(double v, int radix, char[] out) {
        long bits = Double.doubleToRawLongBits(v);
        long f = bits & ((1L << 52) - 1);
        int biased = (int) (bits >>> 52);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            f |= 1L << 52;
            e = biased - 1075;
        }
        boolean even = (f & 1) == 0; // ends of the rounding interval read back as v
        boolean irregular = f == 1L << 52 && biased > 1;
        int sBits = (irregular ? 2 : 1) - e; // v < 1: s is 2^sBits before scaling
        if (v < 1 && sBits <= 61) return shortestFractionInRadix(f, sBits, irregular, even, radix, out);
        BigInteger r, s, mPlus, mMinus;
        BigInteger bigF = BigInteger.valueOf(f);
        if (e >= 0) {
            BigInteger be = BigInteger.ONE.shiftLeft(e);
            if (!irregular) {
                r = bigF.shiftLeft(e + 1);
                s = BigInteger.TWO;
                mPlus = be;
                mMinus = be;
            } else {
                r = bigF.shiftLeft(e + 2);
                s = BigInteger.valueOf(4);
                mPlus = be.shiftLeft(1);
                mMinus = be;
            }
        } else if (!irregular) {
            r = bigF.shiftLeft(1);
            s = BigInteger.ONE.shiftLeft(1 - e);
            mPlus = BigInteger.ONE;
            mMinus = BigInteger.ONE;
        } else {
            r = bigF.shiftLeft(2);
            s = BigInteger.ONE.shiftLeft(2 - e);
            mPlus = BigInteger.TWO;
            mMinus = BigInteger.ONE;
        }
        BigInteger big = BigInteger.valueOf(radix);
        // n: the smallest integer with (r + mPlus)/s below radix^n (or at most, when even).
        int n = (int) Math.ceil(Math.log(v) / Math.log(radix) - 1e-10);
        if (n >= 0) s = s.multiply(big.pow(n));
        else {
            BigInteger scale = big.pow(-n);
            r = r.multiply(scale);
            mPlus = mPlus.multiply(scale);
            mMinus = mMinus.multiply(scale);
        }
        BigInteger high = r.add(mPlus);
        while (even ? high.compareTo(s) >= 0 : high.compareTo(s) > 0) {
            s = s.multiply(big);
            n++;
        }
        while (true) {
            BigInteger high10 = high.multiply(big);
            if (even ? high10.compareTo(s) >= 0 : high10.compareTo(s) > 0) break;
            r = r.multiply(big);
            mPlus = mPlus.multiply(big);
            mMinus = mMinus.multiply(big);
            high = high10;
            n--;
        }
        int k = 0;
        while (true) {
            BigInteger[] qr = r.multiply(big).divideAndRemainder(s);
            int d = qr[0].intValue();
            r = qr[1];
            mPlus = mPlus.multiply(big);
            mMinus = mMinus.multiply(big);
            int low = r.compareTo(mMinus);
            int hi = r.add(mPlus).compareTo(s);
            boolean tc1 = even ? low <= 0 : low < 0;
            boolean tc2 = even ? hi >= 0 : hi > 0;
            if (!tc1 && !tc2) {
                out[k++] = DIGITS[d];
                continue;
            }
            if (tc1 && tc2) {
                int c = r.shiftLeft(1).compareTo(s);
                if (c > 0 || c == 0 && (d & 1) != 0) d++;
            } else if (tc2) {
                d++;
            }
            out[k++] = DIGITS[d];
            return ((long) k << 32) | (n & 0xFFFFFFFFL);
        }
    }

    /**
     * The same generation in longs for 2^-8 ≤ v < 1 (Math.random().toString(36) and the like),
     * where s is the power of two 2^sBits ≤ 2^61: r·radix is taken in 128 bits, and mPlus and
     * mMinus stop growing at 2^62, past which they only need to compare above s and r.
     */
    private static long shortestFractionInRadix(long f, int sBits, boolean irregular, boolean even, int radix, char[] out) {
        long s = 1L << sBits;
        long r = f << (irregular ? 2 : 1);
        long mPlus = irregular ? 2 : 1;
        long mMinus = 1;
        long cap = 1L << 62;
        int n = 0; // v < 1, so (r + mPlus)/s < 1 already
        while (r + mPlus <= (even ? (s - 1) / radix : s / radix)) {
            r *= radix;
            mPlus *= radix;
            mMinus *= radix;
            n--;
        }
        int k = 0;
        while (true) {
            long hi = Math.multiplyHigh(r, radix), lo = r * radix;
            int d = (int) ((hi << (64 - sBits)) | (lo >>> sBits));
            r = lo & (s - 1);
            mPlus = mPlus > cap / radix ? cap : mPlus * radix;
            mMinus = mMinus > cap / radix ? cap : mMinus * radix;
            boolean tc1 = even ? r <= mMinus : r < mMinus;
            boolean tc2 = even ? r + mPlus >= s : r + mPlus > s;
            if (!tc1 && !tc2) {
                out[k++] = DIGITS[d];
                continue;
            }
            if (tc1 && tc2) {
                long twice = r << 1;
                if (twice > s || twice == s && (d & 1) != 0) d++;
            } else if (tc2) {
                d++;
            }
            out[k++] = DIGITS[d];
            return ((long) k << 32) | (n & 0xFFFFFFFFL);
        }
    }
}
