package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.math.BigInteger;

/** 7.2 Testing and Comparison Operations. */
public final class Comparison {
    private Comparison() {}

    /** 7.2.9 SameValue */
    public static boolean sameValue(Object x, Object y) {
        if (x == y) return true;
        if (isNumber(x) && isNumber(y)) {
            double a = ((Number) x).doubleValue(), b = ((Number) y).doubleValue();
            if (Double.isNaN(a)) return Double.isNaN(b);
            return a == b && (a != 0 || Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b));
        }
        return sameValueNonNumber(x, y);
    }

    /** 7.2.10 SameValueZero */
    public static boolean sameValueZero(Object x, Object y) {
        if (x == y) return true;
        if (isNumber(x) && isNumber(y)) {
            double a = ((Number) x).doubleValue(), b = ((Number) y).doubleValue();
            return a == b || (Double.isNaN(a) && Double.isNaN(b));
        }
        return sameValueNonNumber(x, y);
    }

    /** 7.2.11 SameValueNonNumber (x, y of the same type, not Number). */
    private static boolean sameValueNonNumber(Object x, Object y) {
        if (x instanceof CharSequence a && y instanceof CharSequence b) return contentEquals(a, b);
        if (x instanceof BigInteger a && y instanceof BigInteger b) return a.equals(b);
        if (x instanceof Boolean a && y instanceof Boolean b) return a.booleanValue() == b.booleanValue();
        return x == y;
    }

    /** 7.2.15 IsStrictlyEqual */
    public static boolean isStrictlyEqual(Object x, Object y) {
        if (x == y) return !(x instanceof Double d && d.isNaN());
        if (isNumber(x) && isNumber(y)) return ((Number) x).doubleValue() == ((Number) y).doubleValue();
        return sameValueNonNumber(x, y);
    }

    /** 7.2.14 IsLooselyEqual */
    public static boolean isLooselyEqual(Object x, Object y) {
        while (true) {
            if (sameType(x, y)) return isStrictlyEqual(x, y);
            boolean xNullish = x == Undefined.INSTANCE || x == Null.INSTANCE || isHTMLDDA(x);
            boolean yNullish = y == Undefined.INSTANCE || y == Null.INSTANCE || isHTMLDDA(y);
            if (x == Undefined.INSTANCE || x == Null.INSTANCE) return yNullish;
            if (y == Undefined.INSTANCE || y == Null.INSTANCE) return xNullish;
            if (isNumber(x) && y instanceof CharSequence s) return ((Number) x).doubleValue() == Conversion.stringToNumber(s.toString());
            if (x instanceof CharSequence s && isNumber(y)) return Conversion.stringToNumber(s.toString()) == ((Number) y).doubleValue();
            if (x instanceof BigInteger b && y instanceof CharSequence s) {
                BigInteger n = Conversion.stringToBigInt(s.toString());
                return n != null && b.equals(n);
            }
            if (x instanceof CharSequence && y instanceof BigInteger) {
                Object t = x; x = y; y = t;
                continue;
            }
            if (x instanceof Boolean b) {
                x = b ? 1 : 0;
                continue;
            }
            if (y instanceof Boolean b) {
                y = b ? 1 : 0;
                continue;
            }
            if (y instanceof JSObject && (isNumber(x) || x instanceof CharSequence || x instanceof BigInteger || x instanceof Symbol)) {
                y = Conversion.toPrimitive(y, null);
                continue;
            }
            if (x instanceof JSObject && (isNumber(y) || y instanceof CharSequence || y instanceof BigInteger || y instanceof Symbol)) {
                x = Conversion.toPrimitive(x, null);
                continue;
            }
            if (x instanceof BigInteger b && isNumber(y)) return bigIntEqualsNumber(b, ((Number) y).doubleValue());
            if (isNumber(x) && y instanceof BigInteger b) return bigIntEqualsNumber(b, ((Number) x).doubleValue());
            return false;
        }
    }

    private static boolean isHTMLDDA(Object v) {
        return v instanceof JSObject o && o.isHTMLDDA();
    }

    private static boolean bigIntEqualsNumber(BigInteger b, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) return false;
        return new java.math.BigDecimal(d).toBigIntegerExact().equals(b);
    }

    private static boolean sameType(Object x, Object y) {
        if (isNumber(x)) return isNumber(y);
        if (x instanceof CharSequence) return y instanceof CharSequence;
        if (x instanceof JSObject) return y instanceof JSObject;
        if (x instanceof Boolean) return y instanceof Boolean;
        if (x instanceof BigInteger) return y instanceof BigInteger;
        if (x instanceof Symbol) return y instanceof Symbol;
        return x == y; // undefined, null
    }

    private static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }

    /** String equality across String and Rope. */
    public static boolean contentEquals(CharSequence a, CharSequence b) {
        if (a instanceof String s && b instanceof String t) return s.equals(t);
        return a.length() == b.length() && a.toString().equals(b.toString());
    }

    /**
     * 7.2.13 IsLessThan: TRUE, FALSE, or null for undefined (a NaN was involved). The operands
     * are already primitives, in the order the caller converted them (LeftFirst).
     */
    public static Boolean isLessThan(Object px, Object py) {
        if (px instanceof CharSequence a && py instanceof CharSequence b) {
            return a.toString().compareTo(b.toString()) < 0;
        }
        if (px instanceof BigInteger a && py instanceof CharSequence s) {
            BigInteger b = Conversion.stringToBigInt(s.toString());
            return b == null ? null : a.compareTo(b) < 0;
        }
        if (px instanceof CharSequence s && py instanceof BigInteger b) {
            BigInteger a = Conversion.stringToBigInt(s.toString());
            return a == null ? null : a.compareTo(b) < 0;
        }
        Object nx = Conversion.toNumeric(px);
        Object ny = Conversion.toNumeric(py);
        if (nx instanceof BigInteger a && ny instanceof BigInteger b) return a.compareTo(b) < 0;
        if (nx instanceof BigInteger a) return compareBigIntNumber(a, ((Number) ny).doubleValue(), true);
        if (ny instanceof BigInteger b) return compareBigIntNumber(b, ((Number) nx).doubleValue(), false);
        double a = ((Number) nx).doubleValue(), b = ((Number) ny).doubleValue();
        if (Double.isNaN(a) || Double.isNaN(b)) return null;
        return a < b;
    }

    /** {@code big < d} when bigFirst, else {@code d < big}; null if d is NaN. */
    private static Boolean compareBigIntNumber(BigInteger big, double d, boolean bigFirst) {
        if (Double.isNaN(d)) return null;
        int c;
        if (d == Double.POSITIVE_INFINITY) c = -1;
        else if (d == Double.NEGATIVE_INFINITY) c = 1;
        else c = new java.math.BigDecimal(big).compareTo(new java.math.BigDecimal(d));
        return bigFirst ? c < 0 : c > 0;
    }

    /** 7.2.2 IsArray */
    public static boolean isArray(Object v) {
        return v instanceof JSObject o && o.isArray();
    }

    /** 7.2.1 RequireObjectCoercible: throws for undefined and null; {@code what} names the operation for the message. */
    public static Object requireObjectCoercible(Object v, String what) {
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) throw JSException.typeError(what + " called on null or undefined");
        return v;
    }

    /**
     * 7.2.8 IsRegExp: the object's Symbol.match property decides when it is not undefined;
     * otherwise whether it has a [[RegExpMatcher]] slot, which is what builtinTag "RegExp" means.
     */
    public static boolean isRegExp(Object argument) {
        if (!(argument instanceof JSObject o)) return false;
        Object matcher = o.get(Symbol.MATCH, o);
        if (matcher != Undefined.INSTANCE) return Conversion.toBoolean(matcher);
        return "RegExp".equals(o.builtinTag());
    }

    /** 7.2.3 IsCallable */
    public static boolean isCallable(Object v) {
        return v instanceof JSObject o && o.isCallable();
    }

    /** 7.2.4 IsConstructor */
    public static boolean isConstructor(Object v) {
        return v instanceof JSObject o && o.isConstructor();
    }

    /** 7.2.6 IsIntegralNumber */
    public static boolean isIntegralNumber(Object v) {
        if (v instanceof Integer) return true;
        return v instanceof Double d && !d.isInfinite() && d == Math.floor(d);
    }
}
