package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.value.Rope;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;
import java.math.BigInteger;

/**
 * The runtime semantics of JavaScript's operators (ECMA-262 13) on boxed values, called by
 * generated code where the operand types are not known statically. Each has a fast path for
 * Integer and Double operands before the general algorithm.
 */
public final class Operators {
    private Operators() {}

    private static final String MIXED = "Cannot mix BigInt and other types, use explicit conversions";

    // ------------------------------------------------------------------ additive (13.8)

    /** 13.8.1 the addition operator; 13.15.3 ApplyStringOrNumericBinaryOperator for +. */
    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? (Object) ((double) x + (double) y) : (Object) r;
        }
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() + ((Number) b).doubleValue();
        if (a instanceof CharSequence s && b instanceof CharSequence t) return concat(s, t);
        Object lprim = Conversion.toPrimitive(a, null);
        Object rprim = Conversion.toPrimitive(b, null);
        if (lprim instanceof CharSequence || rprim instanceof CharSequence) {
            return concat(Conversion.toCharSequence(lprim), Conversion.toCharSequence(rprim));
        }
        Object ln = Conversion.toNumeric(lprim), rn = Conversion.toNumeric(rprim);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return x.add(y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return add(ln, rn);
    }

    /** String concatenation with the engine's string length limit. */
    public static CharSequence concat(CharSequence a, CharSequence b) {
        if (!StringLimits.fits(a.length(), b.length())) throw JSException.rangeError("Invalid string length");
        return Rope.concat(a, b);
    }

    /** 13.8.2 the subtraction operator. */
    public static Object sub(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int r = x - y;
            return ((x ^ y) & (x ^ r)) < 0 ? (Object) ((double) x - (double) y) : (Object) r;
        }
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() - ((Number) b).doubleValue();
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return x.subtract(y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return sub(ln, rn);
    }

    // ------------------------------------------------------------------ multiplicative (13.7)

    public static Object mul(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            long r = (long) x * y;
            if (r == (int) r && (r != 0 || (x >= 0 && y >= 0))) return (int) r;
            return (double) x * (double) y;
        }
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() * ((Number) b).doubleValue();
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return x.multiply(y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return mul(ln, rn);
    }

    public static Object div(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y != 0 && x % y == 0 && (x != 0 || y > 0)
                && !(x == Integer.MIN_VALUE && y == -1)) {
            return x / y;
        }
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() / ((Number) b).doubleValue();
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) {
            if (y.signum() == 0) throw JSException.rangeError("Division by zero");
            return x.divide(y);
        }
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return div(ln, rn);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y != 0) {
            if (y == -1) return x >= 0 ? (Object) 0 : (Object) (-0.0);
            int r = x % y;
            return r == 0 && x < 0 ? (Object) (-0.0) : (Object) r;
        }
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() % ((Number) b).doubleValue();
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) {
            if (y.signum() == 0) throw JSException.rangeError("Division by zero");
            return x.remainder(y);
        }
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return mod(ln, rn);
    }

    /** 13.6 the exponentiation operator (6.1.6.1.3 Number::exponentiate is Java's Math.pow). */
    public static Object exp(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) return Math.pow(((Number) a).doubleValue(), ((Number) b).doubleValue());
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) {
            if (y.signum() < 0) throw JSException.rangeError("Exponent must be non-negative");
            if (y.bitLength() > 31) {
                if (x.abs().compareTo(BigInteger.ONE) <= 0) return x.signum() == 0 ? x : x.pow(y.testBit(0) ? 1 : 2);
                throw JSException.rangeError("Maximum BigInt size exceeded");
            }
            return x.pow(y.intValueExact());
        }
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return exp(ln, rn);
    }

    // ------------------------------------------------------------------ bitwise and shift (13.9, 13.12)

    public static Object bitAnd(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x & y;
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return x.and(y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return Conversion.toInt32(ln) & Conversion.toInt32(rn);
    }

    public static Object bitOr(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x | y;
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return x.or(y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return Conversion.toInt32(ln) | Conversion.toInt32(rn);
    }

    public static Object bitXor(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x ^ y;
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return x.xor(y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return Conversion.toInt32(ln) ^ Conversion.toInt32(rn);
    }

    public static Object shl(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x << (y & 31);
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return bigShiftLeft(x, y);
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return Conversion.toInt32(ln) << (Conversion.toInt32(rn) & 31);
    }

    public static Object shr(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x >> (y & 31);
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger x && rn instanceof BigInteger y) return bigShiftLeft(x, y.negate());
        if (ln instanceof BigInteger || rn instanceof BigInteger) throw JSException.typeError(MIXED);
        return Conversion.toInt32(ln) >> (Conversion.toInt32(rn) & 31);
    }

    public static Object ushr(Object a, Object b) {
        Object ln = Conversion.toNumeric(a), rn = Conversion.toNumeric(b);
        if (ln instanceof BigInteger || rn instanceof BigInteger) {
            throw JSException.typeError(ln instanceof BigInteger && rn instanceof BigInteger
                    ? "BigInts have no unsigned right shift, use >> instead" : MIXED);
        }
        long r = Integer.toUnsignedLong(Conversion.toInt32(ln)) >>> (Conversion.toInt32(rn) & 31);
        return r <= Integer.MAX_VALUE ? (Object) (int) r : (Object) (double) r;
    }

    private static BigInteger bigShiftLeft(BigInteger x, BigInteger y) {
        if (y.bitLength() > 31) {
            if (y.signum() < 0) return x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
            if (x.signum() == 0) return x;
            throw JSException.rangeError("Maximum BigInt size exceeded");
        }
        int n = y.intValue();
        return n >= 0 ? x.shiftLeft(n) : x.shiftRight(-n);
    }

    // ------------------------------------------------------------------ unary (13.5)

    /** 13.5.4 unary minus */
    public static Object neg(Object a) {
        if (a instanceof Integer x && x != 0 && x != Integer.MIN_VALUE) return -x;
        Object n = Conversion.toNumeric(a);
        if (n instanceof BigInteger b) return b.negate();
        return -((Number) n).doubleValue();
    }

    /** 13.5.4 unary plus: ToNumber */
    public static Object plus(Object a) {
        if (a instanceof Integer || a instanceof Double) return a;
        return Conversion.toNumber(a);
    }

    /** 13.5.6 bitwise NOT */
    public static Object bitNot(Object a) {
        if (a instanceof Integer x) return ~x;
        Object n = Conversion.toNumeric(a);
        if (n instanceof BigInteger b) return b.not();
        return ~Conversion.toInt32(n);
    }

    /**
     * ToNumeric of one operand of a binary numeric operator whose other operand is a Number
     * (13.15.3 ApplyStringOrNumericBinaryOperator steps 3-4): the Number, or the TypeError of
     * mixing a BigInt with a Number. For compiled code that computes the operation unboxed.
     */
    public static double toNumberOperand(Object a) {
        if (a instanceof Integer x) return x;
        if (a instanceof Double d) return d;
        Object n = Conversion.toNumeric(a);
        if (n instanceof BigInteger) throw JSException.typeError(MIXED);
        return ((Number) n).doubleValue();
    }

    /** ToNumeric, for the old value of a postfix ++/--. */
    public static Object toNumeric(Object a) {
        return Conversion.toNumeric(a);
    }

    /** 13.4 ++: the numeric value plus one. */
    public static Object increment(Object a) {
        if (a instanceof Integer x && x != Integer.MAX_VALUE) return x + 1;
        Object n = Conversion.toNumeric(a);
        if (n instanceof BigInteger b) return b.add(BigInteger.ONE);
        return ((Number) n).doubleValue() + 1;
    }

    /** 13.4 --: the numeric value minus one. */
    public static Object decrement(Object a) {
        if (a instanceof Integer x && x != Integer.MIN_VALUE) return x - 1;
        Object n = Conversion.toNumeric(a);
        if (n instanceof BigInteger b) return b.subtract(BigInteger.ONE);
        return ((Number) n).doubleValue() - 1;
    }

    public static Object typeof(Object a) {
        return Types.typeof(a);
    }

    // ------------------------------------------------------------------ relational (13.10)

    public static boolean lt(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x < y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() < ((Number) b).doubleValue();
        Object px = Conversion.toPrimitive(a, Conversion.Hint.NUMBER);
        Object py = Conversion.toPrimitive(b, Conversion.Hint.NUMBER);
        return Comparison.isLessThan(px, py) == Boolean.TRUE;
    }

    public static boolean gt(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x > y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() > ((Number) b).doubleValue();
        Object px = Conversion.toPrimitive(a, Conversion.Hint.NUMBER);
        Object py = Conversion.toPrimitive(b, Conversion.Hint.NUMBER);
        return Comparison.isLessThan(py, px) == Boolean.TRUE;
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x <= y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() <= ((Number) b).doubleValue();
        Object px = Conversion.toPrimitive(a, Conversion.Hint.NUMBER);
        Object py = Conversion.toPrimitive(b, Conversion.Hint.NUMBER);
        return Comparison.isLessThan(py, px) == Boolean.FALSE;
    }

    public static boolean ge(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x >= y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() >= ((Number) b).doubleValue();
        Object px = Conversion.toPrimitive(a, Conversion.Hint.NUMBER);
        Object py = Conversion.toPrimitive(b, Conversion.Hint.NUMBER);
        return Comparison.isLessThan(px, py) == Boolean.FALSE;
    }

    // With one operand an unboxed Number (compiled code's typed locals): its ToPrimitive is itself,
    // so only the other operand needs a look; anything but a Number takes the general path.

    public static boolean lt(double a, Object b) {
        if (b instanceof Integer y) return a < y;
        if (b instanceof Double y) return a < y;
        return lt((Object) a, b);
    }

    public static boolean lt(Object a, double b) {
        if (a instanceof Integer x) return x < b;
        if (a instanceof Double x) return x < b;
        return lt(a, (Object) b);
    }

    public static boolean gt(double a, Object b) {
        if (b instanceof Integer y) return a > y;
        if (b instanceof Double y) return a > y;
        return gt((Object) a, b);
    }

    public static boolean gt(Object a, double b) {
        if (a instanceof Integer x) return x > b;
        if (a instanceof Double x) return x > b;
        return gt(a, (Object) b);
    }

    public static boolean le(double a, Object b) {
        if (b instanceof Integer y) return a <= y;
        if (b instanceof Double y) return a <= y;
        return le((Object) a, b);
    }

    public static boolean le(Object a, double b) {
        if (a instanceof Integer x) return x <= b;
        if (a instanceof Double x) return x <= b;
        return le(a, (Object) b);
    }

    public static boolean ge(double a, Object b) {
        if (b instanceof Integer y) return a >= y;
        if (b instanceof Double y) return a >= y;
        return ge((Object) a, b);
    }

    public static boolean ge(Object a, double b) {
        if (a instanceof Integer x) return x >= b;
        if (a instanceof Double x) return x >= b;
        return ge(a, (Object) b);
    }

    public static boolean looseEquals(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x.intValue() == y.intValue();
        return Comparison.isLooselyEqual(a, b);
    }

    public static boolean strictEquals(Object a, Object b) {
        if (a == b) return !(a instanceof Double d && d.isNaN());
        if (a instanceof Integer x && b instanceof Integer y) return x.intValue() == y.intValue();
        return Comparison.isStrictlyEqual(a, b);
    }

    /** 13.10.2 InstanceofOperator */
    public static boolean instanceOf(Object v, Object target) {
        if (!(target instanceof JSObject t)) throw JSException.typeError("Right-hand side of 'instanceof' is not an object");
        Object instOfHandler = ObjectOperations.getMethod(t, Symbol.HAS_INSTANCE);
        if (instOfHandler != Undefined.INSTANCE) {
            return Conversion.toBoolean(ObjectOperations.call(instOfHandler, t, v));
        }
        if (!t.isCallable()) throw JSException.typeError("Right-hand side of 'instanceof' is not callable");
        return ObjectOperations.ordinaryHasInstance(t, v);
    }

    /** 13.10.1 the in operator. */
    public static boolean in(Object key, Object target) {
        if (!(target instanceof JSObject o)) {
            throw JSException.typeError("Cannot use 'in' operator to search for '"
                    + (key instanceof Symbol s ? s.descriptiveString() : Conversion.toString(key)) + "' in "
                    + (target instanceof CharSequence s ? s.toString() : Conversion.toString(target)));
        }
        return o.hasProperty(Conversion.toPropertyKey(key));
    }

    /** The key of a computed member access, converted when the reference is used (6.2.5.5 step 3.a). */
    public static Object toPropertyKey(Object key) {
        return Conversion.toPropertyKey(key);
    }

    /** A description of a key for error messages. */
    static String describeKey(Object key) {
        return PropertyKey.describe(key);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }
}
