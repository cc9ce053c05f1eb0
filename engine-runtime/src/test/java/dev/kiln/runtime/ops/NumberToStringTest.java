package dev.kiln.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberToStringTest {
    /** How many random doubles the round-trip check tries; raise it by hand with -Dkiln.randomDoubles=N. */
    private static final int RANDOM_COUNT = Integer.getInteger("kiln.randomDoubles", 200_000);

    private static final Pattern JS_NUMBER = Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?|-?[1-9](\\.[0-9]*[1-9])?e[+-][1-9][0-9]*");

    @Test
    void formatsAsNumberToStringPrescribes() {
        assertEquals("0", NumberToString.toString(-0.0));
        assertEquals("NaN", NumberToString.toString(Double.NaN));
        assertEquals("-Infinity", NumberToString.toString(Double.NEGATIVE_INFINITY));
        assertEquals("Infinity", NumberToString.toString(Double.POSITIVE_INFINITY));
        assertEquals("123", NumberToString.toString(123));
        assertEquals("-123", NumberToString.toString(-123));
        assertEquals("0.1", NumberToString.toString(0.1));
        assertEquals("0.30000000000000004", NumberToString.toString(0.1 + 0.2));
        assertEquals("1e+21", NumberToString.toString(1e21));
        assertEquals("-1e+21", NumberToString.toString(-1e21));
        assertEquals("100000000000000000000", NumberToString.toString(1e20));
        assertEquals("0.000001", NumberToString.toString(1e-6));
        assertEquals("0.0000015", NumberToString.toString(1.5e-6));
        assertEquals("1e-7", NumberToString.toString(1e-7));
        assertEquals("1.5e-7", NumberToString.toString(1.5e-7));
        assertEquals("5e-324", NumberToString.toString(Double.MIN_VALUE));
        assertEquals("1e-323", NumberToString.toString(2 * Double.MIN_VALUE));
        assertEquals("7e-323", NumberToString.toString(14 * Double.MIN_VALUE));
        assertEquals("2.2250738585072014e-308", NumberToString.toString(Double.MIN_NORMAL));
        assertEquals("1.7976931348623157e+308", NumberToString.toString(Double.MAX_VALUE));
        assertEquals("-1.5", NumberToString.toString(-1.5));
        assertEquals("123456789012345680000", NumberToString.toString(123456789012345680000.0));
        assertEquals("1152921504606847000", NumberToString.toString(0x1p60));
        assertEquals("9007199254740992", NumberToString.toString(0x1p53));
        assertEquals("9007199254740991", NumberToString.toString(0x1p53 - 1));
        assertEquals("0.002", NumberToString.toString(2e-3));
        assertEquals("1e+23", NumberToString.toString(1e23));
        assertEquals("9.5367431640625e-7", NumberToString.toString(0x1p-20));
        assertEquals("1.2345678901234568e+29", NumberToString.toString(1.2345678901234567e29));
        assertEquals("123.456", NumberToString.toString(123.456));
        assertEquals("4.35", NumberToString.toString(4.35));
        assertEquals("0.000035", NumberToString.toString(0.000035));
    }

    @Test
    void shortestAndClosestOnEdgeCases() {
        for (int e = -1074; e <= 1023; e++) checkShortest(Math.scalb(1.0, e));
        for (int c = 1; c < 5000; c++) checkShortest(c * Double.MIN_VALUE);
        for (int p = -323; p <= 308; p++) {
            double d = Double.parseDouble("1e" + p);
            checkShortest(d);
            checkShortest(Math.nextUp(d));
            checkShortest(Math.nextDown(d));
        }
        checkShortest(Double.MAX_VALUE);
        checkShortest(Double.MIN_NORMAL);
        checkShortest(Math.nextDown(Double.MIN_NORMAL));
        for (long i = (1L << 53) - 1000; i < (1L << 53) + 1000; i++) checkShortest(i);
    }

    @Test
    void shortestAndClosestOnRandomDoubles() {
        SplittableRandom random = new SplittableRandom(0x6B696C6EL);
        for (int i = 0; i < RANDOM_COUNT; i++) {
            double d = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) continue;
            checkShortest(d);
        }
        // Short decimals: the values people write, where a wrong choice shows most.
        for (int i = 0; i < RANDOM_COUNT / 4; i++) {
            long digits = random.nextLong(1, 100_000_000);
            int exponent = random.nextInt(-330, 300);
            checkShortest(Double.parseDouble(digits + "e" + exponent));
        }
    }

    /** Compares with a reference computed in BigDecimal: the shortest decimal that reads back, the closest one. */
    private static void checkShortest(double x) {
        String got = NumberToString.toString(x);
        assertTrue(JS_NUMBER.matcher(got).matches(), () -> "bad format " + got + " for " + x);
        BigDecimal expected = reference(x);
        assertEquals(0, new BigDecimal(got).compareTo(expected),
                () -> "for " + new BigDecimal(x) + ": got " + got + ", expected " + expected);
    }

    private static BigDecimal reference(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            BigDecimal lo = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal hi = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean loOk = lo.doubleValue() == x;
            boolean hiOk = hi.doubleValue() == x;
            if (loOk && hiOk) {
                int c = exact.subtract(lo).compareTo(hi.subtract(exact));
                if (c < 0) return lo;
                if (c > 0) return hi;
                return lo.unscaledValue().testBit(0) ? hi : lo;
            }
            if (loOk) return lo;
            if (hiOk) return hi;
        }
        throw new AssertionError("no 17-digit round trip for " + x);
    }

    @Test
    void floorLogarithmsAreExact() {
        BigDecimal log10of2 = new BigDecimal("0.30102999566398119521373889472449302676818988146210854131");
        BigDecimal log10of3q = new BigDecimal("-0.12493873660829995313244988619387760323329565749891237835");
        BigDecimal log2of10 = new BigDecimal("3.32192809488736234787031942948939017586483139302458061205");
        for (int e = -2000; e <= 2000; e++) {
            BigDecimal be = BigDecimal.valueOf(e);
            assertEquals(floor(be.multiply(log10of2)), ShortestDecimal.floorLog10Pow2(e), "log10 2^" + e);
            assertEquals(floor(be.multiply(log10of2).add(log10of3q)), ShortestDecimal.floorLog10ThreeQuartersPow2(e));
            assertEquals(floor(be.multiply(log2of10)), ShortestDecimal.floorLog2Pow10(e), "log2 10^" + e);
        }
    }

    private static int floor(BigDecimal d) {
        return d.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    @Test
    void radix() {
        assertEquals("ff", NumberToString.toString(255, 16));
        assertEquals("-1010", NumberToString.toString(-10, 2));
        assertEquals("0.1", NumberToString.toString(0.5, 2));
        assertEquals("0.4", NumberToString.toString(0.25, 16));
        assertEquals("-0.4", NumberToString.toString(-0.25, 16));
        assertEquals("0.1", NumberToString.toString(1.0 / 3, 3));
        assertEquals("z", NumberToString.toString(35, 36));
        assertEquals("1" + "0".repeat(60), NumberToString.toString(0x1p60, 2));
        assertEquals("0." + "0".repeat(1073) + "1", NumberToString.toString(Double.MIN_VALUE, 2));
    }

    @Test
    void radixDigitsReadBackAndAreShortest() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 5_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) continue;
            checkRadix(d, 1 << random.nextInt(1, 6));
        }
        for (int i = 0; i < 20_000; i++) {
            double d = random.nextDouble() * Math.pow(10, random.nextInt(-20, 20));
            int radix = random.nextInt(2, 37);
            if (d != 0 && radix != 10) checkRadix(d, radix);
        }
        for (int i = 0; i < 20_000; i++) checkRadix(random.nextDouble(), 36);
    }

    /** The digits read back as d, and neither neighbour with one digit less does. */
    private static void checkRadix(double d, int radix) {
        String s = NumberToString.toString(d, radix);
        int point = s.indexOf('.');
        String digits = point < 0 ? s : s.substring(0, point) + s.substring(point + 1);
        int fractionDigits = point < 0 ? 0 : s.length() - point - 1;
        BigInteger num = new BigInteger(digits, radix);
        BigInteger den = BigInteger.valueOf(radix).pow(fractionDigits);
        assertTrue(readsBackAs(num, den, d), () -> d + " in radix " + radix + ": " + s);
        // One significant digit less, rounded either way, must not read back.
        int significant = digits.replaceFirst("^0+", "").replaceFirst("0+$", "").length();
        if (significant <= 1) return;
        int trailingZeros = digits.length() - digits.replaceFirst("0+$", "").length();
        BigInteger unit = BigInteger.valueOf(radix).pow(trailingZeros + 1);
        BigInteger down = num.divide(unit).multiply(unit);
        assertTrue(!readsBackAs(down, den, d) && !readsBackAs(down.add(unit), den, d),
                () -> d + " in radix " + radix + " is not shortest: " + s);
    }

    /** Whether num/den lies in the interval of reals that round to d (ends included for even significands). */
    private static boolean readsBackAs(BigInteger num, BigInteger den, double d) {
        BigDecimal exact = new BigDecimal(d);
        BigDecimal up = new BigDecimal(Math.nextUp(d));
        BigDecimal below = new BigDecimal(Math.nextDown(d));
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal high = exact.add(up).divide(two);
        BigDecimal low = exact.add(below).divide(two);
        // Compare num/den with the bounds exactly: num vs bound·den.
        BigDecimal n = new BigDecimal(num);
        BigDecimal de = new BigDecimal(den);
        int cl = n.compareTo(low.multiply(de));
        int ch = n.compareTo(high.multiply(de));
        boolean even = (Double.doubleToRawLongBits(d) & 1) == 0;
        return even ? cl >= 0 && ch <= 0 : cl > 0 && ch < 0;
    }
}
