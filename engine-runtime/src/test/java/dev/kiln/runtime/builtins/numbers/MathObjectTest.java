package dev.kiln.runtime.builtins.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builtins.BuiltinsTestSupport;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Realm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MathObjectTest extends BuiltinsTestSupport {
    private double math(String name, Object... args) {
        return ((Number) invoke("Math." + name, args)).doubleValue();
    }

    private static void assertSameValue(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void roundHandlesHalvesAndNegativeZero() {
        assertSameValue(-0.0, math("round", -0.5), "round(-0.5)");
        assertSameValue(-0.0, math("round", -0.25), "round(-0.25)");
        assertSameValue(0.0, math("round", 0.49999999999999994), "round(0.49999999999999994)");
        assertSameValue(-2, math("round", -2.5), "round(-2.5)");
        assertSameValue(3, math("round", 2.5), "round(2.5)");
        assertSameValue(-1, math("round", -0.7), "round(-0.7)");
        assertSameValue(4503599627370496.0, math("round", 4503599627370495.5), "round(2^52 - 0.5)");
        assertSameValue(9007199254740991.0, math("round", 9007199254740991.0), "round(2^53 - 1)");
        assertSameValue(-0.0, math("round", -0.0), "round(-0)");
    }

    @Test
    void maxAndMinConvertEveryArgumentAndOrderZeros() {
        assertSameValue(0.0, math("max", -0.0, 0.0), "max(-0, 0)");
        assertSameValue(0.0, math("max", 0.0, -0.0), "max(0, -0)");
        assertSameValue(-0.0, math("min", 0.0, -0.0), "min(0, -0)");
        assertSameValue(Double.NEGATIVE_INFINITY, math("max"), "max()");
        assertSameValue(Double.POSITIVE_INFINITY, math("min"), "min()");
        assertSameValue(7, math("max", 3, 7), "max(3, 7)");
        List<String> calls = new ArrayList<>();
        JSObject a = valueOf(calls, "a", 1);
        JSObject b = valueOf(calls, "b", 2);
        assertSameValue(Double.NaN, math("max", Double.NaN, a, b), "max(NaN, a, b)");
        assertEquals(List.of("a", "b"), calls);
    }

    private JSObject valueOf(List<String> log, String name, int value) {
        JSObject o = newObject();
        o.set("valueOf", BuiltinFunction.of(realm, "valueOf", 0, (f, t, args, n) -> {
            log.add(name);
            return value;
        }));
        return o;
    }

    @Test
    void specialCasesOfTheOtherFunctions() {
        assertSameValue(13, math("hypot", 3, 4, 12), "hypot(3, 4, 12)");
        assertSameValue(1.4142135623730952e300, math("hypot", 1e300, 1e300), "hypot(1e300, 1e300)");
        assertSameValue(Double.POSITIVE_INFINITY, math("hypot", Double.NaN, Double.NEGATIVE_INFINITY), "hypot(NaN, -Infinity)");
        assertSameValue(0, math("hypot", -0.0, -0.0), "hypot(-0, -0)");
        assertSameValue(0, math("hypot"), "hypot()");
        assertSameValue(3, math("log2", 8), "log2(8)");
        assertSameValue(-1074, math("log2", Double.MIN_VALUE), "log2(MIN_VALUE)");
        assertSameValue(1.584962500721156, math("log2", 3), "log2(3)");
        assertSameValue(-3.321928094887362, math("log2", 0.1), "log2(0.1)");
        assertSameValue(0.881373587019543, math("asinh", 1), "asinh(1)");
        assertSameValue(-0.0, math("asinh", -0.0), "asinh(-0)");
        assertSameValue(1e-300, math("asinh", 1e-300), "asinh(1e-300)");
        assertSameValue(-23.7189981105004, math("asinh", -1e10), "asinh(-1e10)");
        assertSameValue(1.3169578969248166, math("acosh", 2), "acosh(2)");
        assertSameValue(0.9624236501192069, math("acosh", 1.5), "acosh(1.5)");
        assertSameValue(691.4686750787736, math("acosh", 1e300), "acosh(1e300)");
        assertSameValue(Double.NaN, math("acosh", 0.5), "acosh(0.5)");
        assertSameValue(0.5493061443340548, math("atanh", 0.5), "atanh(0.5)");
        assertSameValue(Double.NEGATIVE_INFINITY, math("atanh", -1), "atanh(-1)");
        assertSameValue(-0.0, math("atanh", -0.0), "atanh(-0)");
        assertSameValue(32, math("clz32", 0), "clz32(0)");
        assertSameValue(0, math("clz32", -1), "clz32(-1)");
        assertSameValue(-5, math("imul", 0xffffffffL * 1.0, 5), "imul(0xffffffff, 5)");
        assertSameValue(-0.0, math("trunc", -0.5), "trunc(-0.5)");
        assertSameValue(-0.0, math("sign", -0.0), "sign(-0)");
        assertSameValue(-0.0, math("ceil", -0.5), "ceil(-0.5)");
        assertSameValue(5.050000190734863, math("fround", 5.05), "fround(5.05)");
        assertSameValue(Double.NaN, math("pow", 1, Double.POSITIVE_INFINITY), "pow(1, Infinity)");
        assertSameValue(Double.NaN, math("pow", 1, Double.NaN), "pow(1, NaN)");
        assertSameValue(Double.NEGATIVE_INFINITY, math("pow", -0.0, -3), "pow(-0, -3)");
        assertSameValue(Double.NaN, math("pow", -8, 1.0 / 3), "pow(-8, 1/3)");
        assertSameValue(1, math("pow", Double.NaN, -0.0), "pow(NaN, -0)");
    }

    @Test
    void f16roundRoundsOnceToBinary16() {
        double[] values = {127, 32767, 2147483647, 65535, 1.1, 0.1, 0.50000001, 0.6, 0.7, -0.0, -1.1, 2049, 2051,
                0.00006103515625, 0.00006097555160522461, 5.960464477539063e-8, 2.9802322387695312e-8, 2.980232238769532e-8,
                8.940696716308594e-8, 1.4901161193847656e-7, 1.490116119384766e-7, 65504, 65520, 65519.99999999999,
                0.000061005353927612305, 0.0000610053539276123, 1.00048828125000022204};
        double[] expected = {127, 32768, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1.099609375, 0.0999755859375,
                0.5, 0.60009765625, 0.7001953125, -0.0, -1.099609375, 2048, 2052, 0.00006103515625, 0.00006097555160522461,
                5.960464477539063e-8, 0, 5.960464477539063e-8, 1.1920928955078125e-7, 1.1920928955078125e-7,
                1.7881393432617188e-7, 65504, Double.POSITIVE_INFINITY, 65504, 0.00006103515625, 0.00006097555160522461,
                1.0009765625};
        for (int i = 0; i < values.length; i++) assertSameValue(expected[i], math("f16round", values[i]), "f16round(" + values[i] + ")");
    }

    @Test
    void randomIsPerRealmAndInRange() {
        double first = math("random");
        for (int i = 0; i < 10_000; i++) {
            double r = math("random");
            assertTrue(r >= 0 && r < 1);
        }
        Realm other = new Realm();
        double otherFirst = ((Number) dev.kiln.runtime.ops.ObjectOperations.call(((JSObject) other.globalObject().get("Math")).get("random"),
                other.globalObject().get("Math"))).doubleValue();
        assertNotEquals(first, otherFirst);
    }

    @Test
    void sumPreciseIsExact() {
        assertSameValue(1e308, sum(1e308, 1e308, -1e308), "intermediate overflow");
        assertSameValue(-0.0, sum(), "empty");
        assertSameValue(-0.0, sum(-0.0, -0.0), "minus zeros");
        assertSameValue(0.0, sum(-0.0, 0.0), "mixed zeros");
        assertSameValue(0.0, sum(1, -1), "cancellation");
        assertSameValue(Double.NaN, sum(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), "infinities");
        assertSameValue(Double.POSITIVE_INFINITY, sum(Double.POSITIVE_INFINITY, 1e308, 1e308), "infinity");
        assertSameValue(0.30000000000000004, sum(0.1, 0.2), "a tie, to even");
        assertSameValue(2.7755575615628914e-17, sum(0.1, 0.2, -0.3), "0.1 + 0.2 - 0.3 rounded once");
        assertSameValue(1e-16, sum(1, 1e-16, -1), "small after large");
        assertSameValue(Double.MAX_VALUE, sum(Double.MAX_VALUE, Math.nextDown(Math.ulp(Double.MAX_VALUE) / 2)), "just below overflow");
        assertSameValue(Double.POSITIVE_INFINITY, sum(Double.MAX_VALUE, Math.ulp(Double.MAX_VALUE) / 2), "rounds to overflow");
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 2000; trial++) {
            int n = random.nextInt(1, 40);
            double[] xs = new double[n];
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                xs[i] = (random.nextDouble() - 0.5) * Math.pow(2, random.nextInt(-60, 60));
                if (random.nextInt(4) == 0 && i > 0) xs[i] = -xs[i - 1] * (1 + Math.ulp(1.0) * random.nextInt(4));
                exact = exact.add(new BigDecimal(xs[i]));
            }
            assertSameValue(exact.doubleValue(), sum(xs), "random trial " + trial);
        }
    }

    private static double sum(double... xs) {
        PreciseSum s = new PreciseSum();
        for (double x : xs) s.add(x);
        return s.result();
    }
}
