package dev.kiln.runtime.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * 6.1.6.1.20 Number::toString: the shortest decimal digits that read back as the same double
 * (closest to the exact value among equally short ones), placed as the spec prescribes.
 * Also the radix form used by Number.prototype.toString(radix).
 */
public final class NumberToString {
    private NumberToString() {}

    /** Number::toString(x, 10). */
    public static String toString(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (x == 0) return "0";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x < 0) return "-" + toString(-x);
        if (x < 0x1p53 && x == Math.rint(x)) return Long.toString((long) x); // exact and shortest
        // Shortest round-trip digits: start from the JDK's (which round-trip but on JDK 17 are
        // sometimes a digit longer than needed) and shorten while a closer rounding still reads back.
        BigDecimal exact = new BigDecimal(x);
        String jdk = Double.toString(x);
        int p = significantDigits(jdk);
        BigDecimal best = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (best.doubleValue() != x) best = new BigDecimal(jdk);
        while (p > 1) {
            BigDecimal shorter = exact.round(new MathContext(p - 1, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != x) break;
            best = shorter;
            p--;
        }
        best = best.stripTrailingZeros();
        String digits = best.unscaledValue().toString();
        int k = digits.length();
        int n = k - best.scale(); // x = 0.digits * 10^n
        return place(digits, k, n);
    }

    /** Steps 6-10 of Number::toString: where the point goes for digits s (k of them) and exponent n. */
    static String place(String s, int k, int n) {
        StringBuilder sb = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            sb.append(s);
            for (int i = k; i < n; i++) sb.append('0');
        } else if (0 < n && n <= 21) {
            sb.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = n; i < 0; i++) sb.append('0');
            sb.append(s);
        } else {
            sb.append(s.charAt(0));
            if (k > 1) sb.append('.').append(s, 1, k);
            sb.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return sb.toString();
    }

    private static int significantDigits(String jdk) {
        int e = jdk.indexOf('E');
        String mantissa = e < 0 ? jdk : jdk.substring(0, e);
        String digits = mantissa.replace(".", "").replaceFirst("^0+", "");
        digits = digits.replaceFirst("0+$", "");
        return Math.max(1, digits.length());
    }

    /** Number::toString(x, radix) for radix 2..36 other than 10, as V8 prints it. */
    public static String toString(double x, int radix) {
        if (radix == 10) return toString(x);
        if (Double.isNaN(x)) return "NaN";
        if (x == 0) return "0";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        boolean negative = x < 0;
        if (negative) x = -x;
        double integer = Math.floor(x);
        double fraction = x - integer;
        StringBuilder intPart = new StringBuilder();
        if (integer < 0x1p53) {
            intPart.append(Long.toString((long) integer, radix));
        } else {
            intPart.append(new BigDecimal(integer).toBigInteger().toString(radix));
        }
        StringBuilder sb = new StringBuilder();
        if (negative) sb.append('-');
        sb.append(intPart);
        if (fraction > 0) {
            // Emit fraction digits until the remaining value is within half an ulp of x
            // (the approach V8 uses in DoubleToRadixCString).
            sb.append('.');
            double delta = 0.5 * (Math.nextUp(x) - x);
            delta = Math.max(Math.nextUp(0.0), delta);
            if (fraction >= delta) {
                StringBuilder frac = new StringBuilder();
                do {
                    fraction *= radix;
                    delta *= radix;
                    int digit = (int) fraction;
                    frac.append(Character.forDigit(digit, radix));
                    fraction -= digit;
                    if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
                        if (fraction + delta > 1) {
                            // Round up and propagate carries.
                            int i = frac.length() - 1;
                            while (true) {
                                if (i < 0) {
                                    // Carry into the integer part.
                                    return (negative ? "-" : "") + toString(integer + 1, radix);
                                }
                                int d = Character.digit(frac.charAt(i), radix) + 1;
                                if (d < radix) {
                                    frac.setCharAt(i, Character.forDigit(d, radix));
                                    frac.setLength(i + 1);
                                    break;
                                }
                                i--;
                            }
                            break;
                        }
                    }
                } while (fraction >= delta);
                sb.append(frac);
            }
            if (sb.charAt(sb.length() - 1) == '.') sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
