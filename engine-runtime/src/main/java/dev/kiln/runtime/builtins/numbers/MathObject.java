package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.NumberOps;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import java.util.function.DoubleUnaryOperator;

/**
 * 21.3 The Math Object. Each function's core is a public static method on doubles, which
 * compiled code may call directly; the built-in function wraps it with the ToNumber of its
 * arguments. Java's Math follows IEEE 754 (and fdlibm, as the spec recommends) in every special
 * case the spec lists, except where a method here handles them itself.
 */
public final class MathObject {
    private MathObject() {}

    private static final BuiltinFunction.Body UNARY_ABS = unary(Math::abs);
    private static final BuiltinFunction.Body UNARY_ACOS = unary(Math::acos);
    private static final BuiltinFunction.Body UNARY_ACOSH = unary(MathObject::acosh);
    private static final BuiltinFunction.Body UNARY_ASIN = unary(Math::asin);
    private static final BuiltinFunction.Body UNARY_ASINH = unary(MathObject::asinh);
    private static final BuiltinFunction.Body UNARY_ATAN = unary(Math::atan);
    private static final BuiltinFunction.Body UNARY_ATANH = unary(MathObject::atanh);
    private static final BuiltinFunction.Body UNARY_CBRT = unary(Math::cbrt);
    private static final BuiltinFunction.Body UNARY_CEIL = unary(Math::ceil);
    private static final BuiltinFunction.Body UNARY_COS = unary(Math::cos);
    private static final BuiltinFunction.Body UNARY_COSH = unary(Math::cosh);
    private static final BuiltinFunction.Body UNARY_EXP = unary(Math::exp);
    private static final BuiltinFunction.Body UNARY_EXPM1 = unary(Math::expm1);
    private static final BuiltinFunction.Body UNARY_FLOOR = unary(Math::floor);
    private static final BuiltinFunction.Body UNARY_FROUND = unary(MathObject::fround);
    private static final BuiltinFunction.Body UNARY_F16ROUND = unary(MathObject::f16round);
    private static final BuiltinFunction.Body UNARY_LOG = unary(Math::log);
    private static final BuiltinFunction.Body UNARY_LOG1P = unary(Math::log1p);
    private static final BuiltinFunction.Body UNARY_LOG10 = unary(Math::log10);
    private static final BuiltinFunction.Body UNARY_LOG2 = unary(MathObject::log2);
    private static final BuiltinFunction.Body UNARY_ROUND = unary(MathObject::round);
    private static final BuiltinFunction.Body UNARY_SIGN = unary(MathObject::sign);
    private static final BuiltinFunction.Body UNARY_SIN = unary(Math::sin);
    private static final BuiltinFunction.Body UNARY_SINH = unary(Math::sinh);
    private static final BuiltinFunction.Body UNARY_SQRT = unary(Math::sqrt);
    private static final BuiltinFunction.Body UNARY_TAN = unary(Math::tan);
    private static final BuiltinFunction.Body UNARY_TANH = unary(Math::tanh);
    private static final BuiltinFunction.Body UNARY_TRUNC = unary(MathObject::trunc);

    public static void install(Realm realm) {
        JSObject math = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        // 21.3.1 Value Properties
        Define.constant(math, "E", Math.E);
        Define.constant(math, "LN10", Math.log(10));
        Define.constant(math, "LN2", Math.log(2));
        Define.constant(math, "LOG10E", 0.4342944819032518);
        Define.constant(math, "LOG2E", 1.4426950408889634);
        Define.constant(math, "PI", Math.PI);
        Define.constant(math, "SQRT1_2", Math.sqrt(0.5));
        Define.constant(math, "SQRT2", Math.sqrt(2));
        Define.configurableConstant(math, Symbol.TO_STRING_TAG, "Math");
        // 21.3.2 Function Properties
        Define.method(realm, math, "abs", 1, UNARY_ABS);
        Define.method(realm, math, "acos", 1, UNARY_ACOS);
        Define.method(realm, math, "acosh", 1, UNARY_ACOSH);
        Define.method(realm, math, "asin", 1, UNARY_ASIN);
        Define.method(realm, math, "asinh", 1, UNARY_ASINH);
        Define.method(realm, math, "atan", 1, UNARY_ATAN);
        Define.method(realm, math, "atanh", 1, UNARY_ATANH);
        Define.method(realm, math, "atan2", 2, MathObject::atan2);
        Define.method(realm, math, "cbrt", 1, UNARY_CBRT);
        Define.method(realm, math, "ceil", 1, UNARY_CEIL);
        Define.method(realm, math, "clz32", 1, MathObject::clz32);
        Define.method(realm, math, "cos", 1, UNARY_COS);
        Define.method(realm, math, "cosh", 1, UNARY_COSH);
        Define.method(realm, math, "exp", 1, UNARY_EXP);
        Define.method(realm, math, "expm1", 1, UNARY_EXPM1);
        Define.method(realm, math, "floor", 1, UNARY_FLOOR);
        Define.method(realm, math, "fround", 1, UNARY_FROUND);
        Define.method(realm, math, "f16round", 1, UNARY_F16ROUND);
        Define.method(realm, math, "hypot", 2, MathObject::hypot);
        Define.method(realm, math, "imul", 2, MathObject::imul);
        Define.method(realm, math, "log", 1, UNARY_LOG);
        Define.method(realm, math, "log1p", 1, UNARY_LOG1P);
        Define.method(realm, math, "log10", 1, UNARY_LOG10);
        Define.method(realm, math, "log2", 1, UNARY_LOG2);
        Define.method(realm, math, "max", 2, MathObject::max);
        Define.method(realm, math, "min", 2, MathObject::min);
        Define.method(realm, math, "pow", 2, MathObject::pow);
        MathRandom random = new MathRandom();
        Define.method(realm, math, "random", 0, (f, thisArg, args, newTarget) -> random.next());
        Define.method(realm, math, "round", 1, UNARY_ROUND);
        Define.method(realm, math, "sign", 1, UNARY_SIGN);
        Define.method(realm, math, "sin", 1, UNARY_SIN);
        Define.method(realm, math, "sinh", 1, UNARY_SINH);
        Define.method(realm, math, "sqrt", 1, UNARY_SQRT);
        Define.method(realm, math, "sumPrecise", 1, (f, thisArg, args, newTarget) -> PreciseSum.sumPrecise(f.realm(), arg(args, 0)));
        Define.method(realm, math, "tan", 1, UNARY_TAN);
        Define.method(realm, math, "tanh", 1, UNARY_TANH);
        Define.method(realm, math, "trunc", 1, UNARY_TRUNC);
        realm.setIntrinsic(Intrinsic.MATH, math);
        realm.defineGlobal("Math", math);
    }

    /**
     * The body of a one-argument function: n = ToNumber(x), then the operation on doubles. Made
     * once per JVM, so that a new realm allocates only the function objects.
     */
    private static BuiltinFunction.Body unary(DoubleUnaryOperator op) {
        return (f, thisArg, args, newTarget) -> {
            Object x = arg(args, 0);
            return Types.number(op.applyAsDouble(x instanceof Integer i ? i : Conversion.toNumber(x)));
        };
    }

    /** 21.3.2.3 Math.acosh: log(x + sqrt(x² - 1)), rearranged where that loses precision. */
    public static double acosh(double x) {
        if (x < 1 || x != x) return Double.NaN;
        if (x == 1) return 0;
        if (x >= 0x1p28) return Math.log(x) + Math.log(2); // x² - 1 ≈ x²
        if (x > 2) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1; // 1 < x ≤ 2: log1p(t + sqrt(2t + t²))
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** 21.3.2.5 Math.asinh: sign(x)·log(|x| + sqrt(x² + 1)), rearranged where that loses precision. */
    public static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) return x;
        double a = Math.abs(x);
        double r;
        if (a < 0x1p-28) return x; // asinh(x) = x - x³/6 + ...: x to double precision
        if (a > 0x1p28) r = Math.log(a) + Math.log(2);
        else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        else r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return x < 0 ? -r : r;
    }

    /** 21.3.2.7 Math.atanh: ½·log((1 + x)/(1 - x)), through log1p for accuracy near 0. */
    public static double atanh(double x) {
        if (x != x || x == 0) return x;
        double a = Math.abs(x);
        if (a > 1) return Double.NaN;
        if (a == 1) return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return x < 0 ? -r : r;
    }

    // 21.3.2.8 Math.atan2 ( y, x )
    private static Object atan2(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double ny = Conversion.toNumber(arg(args, 0));
        double nx = Conversion.toNumber(arg(args, 1));
        return Types.number(Math.atan2(ny, nx));
    }

    // 21.3.2.11 Math.clz32 ( x )
    private static Object clz32(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Integer.numberOfLeadingZeros(Conversion.toInt32(arg(args, 0)));
    }

    /** 21.3.2.17 Math.fround: to binary32 with ties to even, and back. */
    public static double fround(double x) {
        return (float) x;
    }

    /**
     * 21.3.2.18 Math.f16round: to binary16 with ties to even, and back, rounded once from the
     * double (going through float first could round twice).
     */
    public static double f16round(double x) {
        if (x != x || x == 0 || Double.isInfinite(x)) return x;
        double a = Math.abs(x);
        // The spacing of binary16 values near a: 2^-24 among subnormals (below 2^-14), else 2^(exponent-10).
        int quantumExponent = a < 0x1p-14 ? -24 : Math.getExponent(a) - 10;
        double r = Math.scalb(Math.rint(Math.scalb(a, -quantumExponent)), quantumExponent);
        if (r > 65504) r = Double.POSITIVE_INFINITY; // past the largest finite binary16
        return x < 0 ? -r : r;
    }

    // 21.3.2.19 Math.hypot ( ...args )
    private static Object hypot(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double[] coerced = new double[args.length];
        for (int i = 0; i < args.length; i++) coerced[i] = Conversion.toNumber(args[i]);
        return Types.number(hypot(coerced));
    }

    /** 21.3.2.19 steps 3-7: scaled by the largest magnitude so that no square overflows or underflows. */
    public static double hypot(double... values) {
        for (double v : values) if (Double.isInfinite(v)) return Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            if (v != v) return Double.NaN;
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0) return 0;
        if (values.length == 2) return Math.hypot(values[0], values[1]);
        // Sum of (v/max)² with Kahan compensation, then scale back.
        double sum = 0, compensation = 0;
        for (double v : values) {
            double r = v / max;
            double term = r * r - compensation;
            double t = sum + term;
            compensation = (t - sum) - term;
            sum = t;
        }
        return Math.sqrt(sum) * max;
    }

    // 21.3.2.20 Math.imul ( x, y )
    private static Object imul(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        int a = Conversion.toInt32(arg(args, 0));
        int b = Conversion.toInt32(arg(args, 1));
        return a * b; // the low 32 bits of the product, as a signed integer
    }

    /** 21.3.2.24 Math.log2: exact for powers of two, else exponent plus the log2 of the significand. */
    public static double log2(double x) {
        if (x != x || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalize first
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x)); // 1 ≤ m < 2
        if (m == 1) return e;
        return e + Math.log(m) * (1 / Math.log(2));
    }

    // 21.3.2.25 Math.max ( ...args )
    private static Object max(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (args.length == 2 && args[0] instanceof Integer a && args[1] instanceof Integer b) return Math.max(a, b);
        double[] coerced = coerceAll(args);
        double highest = Double.NEGATIVE_INFINITY;
        for (double number : coerced) {
            if (number != number) return Double.NaN;
            if (number > highest || number == 0 && highest == 0 && Double.doubleToRawLongBits(highest) != 0) highest = number;
        }
        return Types.number(highest);
    }

    // 21.3.2.26 Math.min ( ...args )
    private static Object min(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (args.length == 2 && args[0] instanceof Integer a && args[1] instanceof Integer b) return Math.min(a, b);
        double[] coerced = coerceAll(args);
        double lowest = Double.POSITIVE_INFINITY;
        for (double number : coerced) {
            if (number != number) return Double.NaN;
            if (number < lowest || number == 0 && lowest == 0 && Double.doubleToRawLongBits(number) != 0) lowest = number;
        }
        return Types.number(lowest);
    }

    /** ToNumber of every argument, in order, before any is compared (so every valueOf runs). */
    private static double[] coerceAll(Object[] args) {
        double[] coerced = new double[args.length];
        for (int i = 0; i < args.length; i++) coerced[i] = args[i] instanceof Integer n ? n : Conversion.toNumber(args[i]);
        return coerced;
    }

    // 21.3.2.27 Math.pow ( base, exponent )
    private static Object pow(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double base = Conversion.toNumber(arg(args, 0));
        double exponent = Conversion.toNumber(arg(args, 1));
        return Types.number(NumberOps.exponentiate(base, exponent));
    }

    /** 21.3.2.29 Math.round: the closest integral Number, ties towards +∞, keeping -0. */
    public static double round(double n) {
        if (!Double.isFinite(n) || n == Math.rint(n)) return n;
        if (n > 0 && n < 0.5) return 0.0;
        if (n < 0 && n >= -0.5) return -0.0;
        double floor = Math.floor(n);
        return n - floor >= 0.5 ? floor + 1 : floor; // n - floor is exact below 2^52
    }

    /** 21.3.2.30 Math.sign */
    public static double sign(double n) {
        if (n != n || n == 0) return n;
        return n < 0 ? -1 : 1;
    }

    /** 21.3.2.37 Math.trunc */
    public static double trunc(double n) {
        return n < 0 ? Math.ceil(n) : Math.floor(n);
    }
}
