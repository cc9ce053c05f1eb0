package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.ops.ShortestDecimal;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * 21.1.3 Properties of the Number Prototype Object: itself a Number object holding +0.
 *
 * <p>toFixed, toExponential and toPrecision round the exact binary value of the number (a
 * BigDecimal made from the double), half away from zero as the spec's "pick the larger n"
 * demands, so 1.005.toFixed(2) is "1.00" because 1.005 is really 1.00499999999999989...
 */
public final class NumberPrototype {
    private NumberPrototype() {}

    static JSObject create(Realm realm) {
        JSObject proto = new PrimitiveWrapper(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), 0);
        Define.method(realm, proto, "toExponential", 1, NumberPrototype::toExponential);
        Define.method(realm, proto, "toFixed", 1, NumberPrototype::toFixed);
        Define.method(realm, proto, "toLocaleString", 0, NumberPrototype::toLocaleString);
        Define.method(realm, proto, "toPrecision", 1, NumberPrototype::toPrecision);
        Define.method(realm, proto, "toString", 1, NumberPrototype::toStringMethod);
        Define.method(realm, proto, "valueOf", 0, NumberPrototype::valueOf);
        return proto;
    }

    // 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
    private static Object toExponential(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double x = thisNumberValue(f, thisArg, "Number.prototype.toExponential");
        Object fractionDigits = arg(args, 0);
        double digits = Conversion.toIntegerOrInfinity(fractionDigits);
        if (!Double.isFinite(x)) return NumberToString.toString(x);
        if (digits < 0 || digits > 100) throw f.realm().rangeError("toExponential() argument must be between 0 and 100");
        return fractionDigits == Undefined.INSTANCE ? toExponential(x) : toExponential(x, (int) digits);
    }

    /** 21.1.3.2 steps 6-15 for a finite x and 0 ≤ f ≤ 100. */
    public static String toExponential(double x, int f) {
        StringBuilder sb = new StringBuilder(f + 8);
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        if (x == 0) {
            appendExponential(sb, "0".repeat(f + 1), 0);
            return sb.toString();
        }
        // n has f + 1 digits: the exact value rounded to f + 1 significant digits, ties up.
        BigDecimal n = new BigDecimal(x).round(new MathContext(f + 1, RoundingMode.HALF_UP));
        String digits = padDigits(n, f + 1);
        appendExponential(sb, digits, n.precision() - n.scale() - 1);
        return sb.toString();
    }

    /** 21.1.3.2 with fractionDigits undefined: as many digits as ToString uses (the note's closest choice). */
    public static String toExponential(double x) {
        if (x == 0) return "0e+0";
        String sign = x < 0 ? "-" : "";
        return ShortestDecimal.shortest(Math.abs(x), (digits, exponent) -> {
            String m = Long.toString(digits);
            StringBuilder sb = new StringBuilder(sign);
            appendExponential(sb, m, exponent + m.length() - 1);
            return sb.toString();
        });
    }

    /** Steps 11-14: m as d[.ddd] followed by e±exponent. */
    private static void appendExponential(StringBuilder sb, String m, int e) {
        sb.append(m.charAt(0));
        if (m.length() > 1) sb.append('.').append(m, 1, m.length());
        sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }

    /** The significant digits of positive {@code n}, padded with zeros to {@code count} digits. */
    private static String padDigits(BigDecimal n, int count) {
        String digits = n.unscaledValue().toString();
        if (digits.length() >= count) return digits.substring(0, count); // only zeros can follow
        return digits + "0".repeat(count - digits.length());
    }

    // 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
    private static Object toFixed(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double x = thisNumberValue(f, thisArg, "Number.prototype.toFixed");
        double digits = Conversion.toIntegerOrInfinity(arg(args, 0));
        if (digits < 0 || digits > 100) throw f.realm().rangeError("toFixed() digits argument must be between 0 and 100");
        if (!Double.isFinite(x)) return NumberToString.toString(x);
        return toFixed(x, (int) digits);
    }

    /** 21.1.3.3 steps 7-12 for a finite x and 0 ≤ f ≤ 100. */
    public static String toFixed(double x, int f) {
        String s = "";
        if (x < 0) {
            s = "-";
            x = -x;
        }
        if (x >= 1e21) return s + NumberToString.toString(x);
        StringBuilder sb = new StringBuilder(s);
        if (x < 0x1p53 && x == (long) x) {
            // An integer: its digits, then f zeros.
            sb.append((long) x);
            if (f > 0) sb.append('.').append("0".repeat(f));
            return sb.toString();
        }
        // n / 10^f closest to x, the larger n on a tie: half-up rounding of the exact value.
        sb.append(new BigDecimal(x).setScale(f, RoundingMode.HALF_UP).toPlainString());
        return sb.toString();
    }

    // 21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): without ECMA-402, as toString.
    private static Object toLocaleString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return NumberToString.toString(thisNumberValue(f, thisArg, "Number.prototype.toLocaleString"));
    }

    // 21.1.3.5 Number.prototype.toPrecision ( precision )
    private static Object toPrecision(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double x = thisNumberValue(f, thisArg, "Number.prototype.toPrecision");
        Object precision = arg(args, 0);
        if (precision == Undefined.INSTANCE) return NumberToString.toString(x);
        double p = Conversion.toIntegerOrInfinity(precision);
        if (!Double.isFinite(x)) return NumberToString.toString(x);
        if (p < 1 || p > 100) throw f.realm().rangeError("toPrecision() argument must be between 1 and 100");
        return toPrecision(x, (int) p);
    }

    /** 21.1.3.5 steps 6-14 for a finite x and 1 ≤ p ≤ 100. */
    public static String toPrecision(double x, int p) {
        StringBuilder sb = new StringBuilder(p + 8);
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        String m;
        int e;
        if (x == 0) {
            m = "0".repeat(p);
            e = 0;
        } else {
            BigDecimal n = new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_UP));
            m = padDigits(n, p);
            e = n.precision() - n.scale() - 1;
            if (e < -6 || e >= p) {
                appendExponential(sb, m, e);
                return sb.toString();
            }
        }
        if (e == p - 1) return sb.append(m).toString();
        if (e >= 0) return sb.append(m, 0, e + 1).append('.').append(m, e + 1, p).toString();
        return sb.append("0.").append("0".repeat(-(e + 1))).append(m).toString();
    }

    // 21.1.3.6 Number.prototype.toString ( [ radix ] )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (thisArg instanceof Integer i && (args.length == 0 || args[0] == Undefined.INSTANCE)) return i.toString();
        double x = thisNumberValue(f, thisArg, "Number.prototype.toString");
        Object radix = arg(args, 0);
        if (radix == Undefined.INSTANCE) return NumberToString.toString(x);
        double radixMV = Conversion.toIntegerOrInfinity(radix);
        if (radixMV < 2 || radixMV > 36) throw f.realm().rangeError("toString() radix must be between 2 and 36");
        return NumberToString.toString(x, (int) radixMV);
    }

    // 21.1.3.7 Number.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (thisArg instanceof Integer || thisArg instanceof Double) return thisArg;
        if (thisArg instanceof PrimitiveWrapper w && isNumber(w.primitiveValue())) return w.primitiveValue();
        throw f.realm().typeError("Number.prototype.valueOf requires that 'this' be a Number");
    }

    /** 21.1.3.7.1 ThisNumberValue */
    private static double thisNumberValue(BuiltinFunction f, Object value, String method) {
        if (value instanceof Integer i) return i;
        if (value instanceof Double d) return d;
        if (value instanceof PrimitiveWrapper w && isNumber(w.primitiveValue())) return ((Number) w.primitiveValue()).doubleValue();
        throw f.realm().typeError(method + " requires that 'this' be a Number");
    }

    private static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }
}
