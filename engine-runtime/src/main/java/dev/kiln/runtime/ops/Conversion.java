package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.math.BigInteger;

/** 7.1 Type Conversion. */
public final class Conversion {
    private Conversion() {}

    /** The ToPrimitive hints; null stands for "no hint" (hint "default"). */
    public enum Hint { STRING, NUMBER }

    /** 7.1.1 ToPrimitive */
    public static Object toPrimitive(Object input, Hint preferredType) {
        if (!(input instanceof JSObject o)) return input;
        Object exoticToPrim = ObjectOperations.getMethod(o, Symbol.TO_PRIMITIVE);
        if (exoticToPrim != Undefined.INSTANCE) {
            String hint = preferredType == null ? "default" : preferredType == Hint.STRING ? "string" : "number";
            Object result = ObjectOperations.call(exoticToPrim, o, hint);
            if (!(result instanceof JSObject)) return result;
            throw JSException.typeError("Cannot convert object to primitive value");
        }
        return ordinaryToPrimitive(o, preferredType == null ? Hint.NUMBER : preferredType);
    }

    /** 7.1.1.1 OrdinaryToPrimitive */
    public static Object ordinaryToPrimitive(JSObject o, Hint hint) {
        String first = hint == Hint.STRING ? "toString" : "valueOf";
        String second = hint == Hint.STRING ? "valueOf" : "toString";
        for (String name : new String[] {first, second}) {
            Object method = o.get(name, o);
            if (Comparison.isCallable(method)) {
                Object result = ObjectOperations.call(method, o);
                if (!(result instanceof JSObject)) return result;
            }
        }
        throw JSException.typeError("Cannot convert object to primitive value");
    }

    /** 7.1.2 ToBoolean */
    public static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Integer i) return i != 0;
        if (v instanceof Double d) return d != 0 && !d.isNaN();
        if (v instanceof CharSequence s) return s.length() != 0;
        if (v instanceof JSObject o) return !o.isHTMLDDA();
        if (v instanceof BigInteger b) return b.signum() != 0;
        return v instanceof Symbol; // undefined and null are false
    }

    /** 7.1.3 ToNumeric: a Number (Integer or Double) or a BigInt. */
    public static Object toNumeric(Object value) {
        if (value instanceof Integer || value instanceof Double || value instanceof BigInteger) return value;
        Object prim = toPrimitive(value, Hint.NUMBER);
        if (prim instanceof BigInteger) return prim;
        return toNumber(prim);
    }

    /** 7.1.4 ToNumber */
    public static double toNumber(Object v) {
        if (v instanceof Integer i) return i;
        if (v instanceof Double d) return d;
        if (v instanceof CharSequence s) return stringToNumber(s.toString());
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v == Undefined.INSTANCE) return Double.NaN;
        if (v == Null.INSTANCE) return 0;
        if (v instanceof JSObject) return toNumber(toPrimitive(v, Hint.NUMBER));
        if (v instanceof Symbol) throw JSException.typeError("Cannot convert a Symbol value to a number");
        if (v instanceof BigInteger) throw JSException.typeError("Cannot convert a BigInt value to a number");
        throw new IllegalArgumentException("not a JavaScript value: " + v);
    }

    /** WhiteSpace or LineTerminator (12.2, 12.3): StrWhiteSpaceChar. */
    public static boolean isStrWhiteSpace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u2028', '\u2029', '\uFEFF':
                return true;
            default:
                return c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }

    /** The string without leading and trailing StrWhiteSpace. */
    public static String trimStrWhiteSpace(String s) {
        int start = 0, end = s.length();
        while (start < end && isStrWhiteSpace(s.charAt(start))) start++;
        while (end > start && isStrWhiteSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** 7.1.4.1.1 StringToNumber: the StringNumericLiteral grammar, else NaN. */
    public static double stringToNumber(String str) {
        int n = str.length();
        // Fast path: a short run of ASCII digits, exactly representable.
        if (n > 0 && n <= 15) {
            long value = 0;
            int i = 0;
            while (i < n) {
                char c = str.charAt(i);
                if (c < '0' || c > '9') break;
                value = value * 10 + (c - '0');
                i++;
            }
            if (i == n) return value;
        }
        String s = trimStrWhiteSpace(str);
        n = s.length();
        if (n == 0) return 0;
        char c0 = s.charAt(0);
        if (n > 2 && c0 == '0') {
            int radix = nonDecimalRadix(s.charAt(1));
            if (radix != 0) return parseNonDecimal(s, 2, radix);
        }
        int i = 0;
        if (c0 == '+' || c0 == '-') i++;
        if (s.startsWith("Infinity", i) && i + 8 == n) return c0 == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        // StrUnsignedDecimalLiteral: digits [. digits] [e sign digits] | . digits [exponent]
        int digitsBefore = 0, digitsAfter = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; digitsBefore++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) { i++; digitsAfter++; }
        }
        if (digitsBefore + digitsAfter == 0) return Double.NaN;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; expDigits++; }
            if (expDigits == 0) return Double.NaN;
        }
        if (i != n) return Double.NaN;
        // The text is now plain decimal syntax, which Java reads with correct rounding (RoundMVResult).
        return Double.parseDouble(s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The radix of a NonDecimalIntegerLiteral's prefix letter (after "0"), or 0. */
    private static int nonDecimalRadix(char c) {
        return switch (c) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
    }

    /** The value of an ASCII digit or letter in radix 2..36, or -1 (Character.digit also takes non-ASCII digits). */
    public static int asciiDigit(char c, int radix) {
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        else return -1;
        return d < radix ? d : -1;
    }

    /** The digits of {@code s} from {@code start} in {@code radix}, rounded once; NaN if any is invalid. */
    private static double parseNonDecimal(String s, int start, int radix) {
        int n = s.length();
        if (start >= n) return Double.NaN;
        for (int i = start; i < n; i++) if (asciiDigit(s.charAt(i), radix) < 0) return Double.NaN;
        if (n - start <= 12) return Long.parseLong(s.substring(start), radix);
        return new BigInteger(s.substring(start), radix).doubleValue();
    }

    /** 7.1.14 StringToBigInt: the StringIntegerLiteral grammar; null where the spec says undefined. */
    public static BigInteger stringToBigInt(String str) {
        String s = trimStrWhiteSpace(str);
        int n = s.length();
        if (n == 0) return BigInteger.ZERO;
        if (n > 2 && s.charAt(0) == '0') {
            int radix = nonDecimalRadix(s.charAt(1));
            if (radix != 0) {
                for (int i = 2; i < n; i++) if (asciiDigit(s.charAt(i), radix) < 0) return null;
                return new BigInteger(s.substring(2), radix);
            }
        }
        int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        if (i == n) return null;
        for (int j = i; j < n; j++) if (!isDigit(s.charAt(j))) return null;
        return new BigInteger(s);
    }

    /** 7.1.5 ToIntegerOrInfinity */
    public static double toIntegerOrInfinity(Object v) {
        if (v instanceof Integer i) return i;
        double d = toNumber(v);
        if (Double.isNaN(d) || d == 0) return 0;
        if (Double.isInfinite(d)) return d;
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        return t == 0 ? 0 : t;
    }

    /** 7.1.6 ToInt32 */
    public static int toInt32(Object v) {
        if (v instanceof Integer i) return i;
        return toInt32(toNumber(v));
    }

    /** 7.1.6 ToInt32 of a Number. */
    public static int toInt32(double d) {
        int i = (int) d;
        if (i == d) return i; // fast path; also maps -0 to 0
        // Below 2^63 the cast truncates toward zero exactly, and the low 32 bits are the answer.
        if (d > -0x1p63 && d < 0x1p63) return (int) (long) d;
        if (Double.isNaN(d) || Double.isInfinite(d)) return 0;
        double truncated = d < 0 ? Math.ceil(d) : Math.floor(d);
        return (int) (long) (truncated % 0x1p32); // the low 32 bits, two's complement
    }

    /** 7.1.7 ToUint32, as a long in 0 .. 2^32-1. */
    public static long toUint32(Object v) {
        return Integer.toUnsignedLong(toInt32(v));
    }

    /** 7.1.8 ToInt16 */
    public static short toInt16(Object v) {
        return (short) toInt32(v);
    }

    /** 7.1.9 ToUint16 */
    public static char toUint16(Object v) {
        return (char) toInt32(v);
    }

    /** 7.1.10 ToInt8 */
    public static byte toInt8(Object v) {
        return (byte) toInt32(v);
    }

    /** 7.1.11 ToUint8 */
    public static int toUint8(Object v) {
        return toInt32(v) & 0xFF;
    }

    /** 7.1.12 ToUint8Clamp */
    public static int toUint8Clamp(Object v) {
        double d = toNumber(v);
        if (Double.isNaN(d) || d <= 0) return 0;
        if (d >= 255) return 255;
        return (int) Math.rint(d);
    }

    /** 7.1.13 ToBigInt */
    public static BigInteger toBigInt(Object v) {
        Object prim = toPrimitive(v, Hint.NUMBER);
        if (prim instanceof BigInteger b) return b;
        if (prim instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (prim instanceof CharSequence s) {
            BigInteger n = stringToBigInt(s.toString());
            if (n == null) throw JSException.syntaxError("Cannot convert " + s + " to a BigInt");
            return n;
        }
        if (prim == Undefined.INSTANCE || prim == Null.INSTANCE) {
            throw JSException.typeError("Cannot convert " + prim + " to a BigInt");
        }
        if (prim instanceof Symbol) throw JSException.typeError("Cannot convert a Symbol value to a BigInt");
        throw JSException.typeError("Cannot convert " + toString(prim) + " to a BigInt");
    }

    /** 7.1.17 ToString */
    public static String toString(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof CharSequence s) return s.toString();
        if (v instanceof Integer i) return i.toString();
        if (v instanceof Double d) return NumberToString.toString(d);
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v == Undefined.INSTANCE) return "undefined";
        if (v == Null.INSTANCE) return "null";
        if (v instanceof BigInteger b) return b.toString();
        if (v instanceof JSObject) return toString(toPrimitive(v, Hint.STRING));
        if (v instanceof Symbol) throw JSException.typeError("Cannot convert a Symbol value to a string");
        throw new IllegalArgumentException("not a JavaScript value: " + v);
    }

    /** ToString without flattening a rope: for concatenation. */
    public static CharSequence toCharSequence(Object v) {
        return v instanceof CharSequence s ? s : toString(v);
    }

    /** 7.1.18 ToObject */
    public static JSObject toObject(Realm realm, Object v) {
        if (v instanceof JSObject o) return o;
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) {
            throw JSException.typeError("Cannot convert " + v + " to object");
        }
        return PrimitiveWrapper.wrap(realm, v);
    }

    /** 7.1.19 ToPropertyKey, in canonical form ({@link PropertyKey}). */
    public static Object toPropertyKey(Object v) {
        if (v instanceof Integer i) return i >= 0 ? i : i.toString();
        if (v instanceof String s) return PropertyKey.fromString(s);
        if (v instanceof Double d) return numberToKey(d);
        if (v instanceof Symbol) return v;
        Object key = toPrimitive(v, Hint.STRING);
        if (key instanceof Symbol) return key;
        return PropertyKey.fromString(toString(key));
    }

    /** The canonical key of a Number value (-0 is "0", index 0, as ToString makes it). */
    public static Object numberToKey(double d) {
        long l = (long) d;
        if (l == d && l >= 0 && l < PropertyKey.MAX_ARRAY_LENGTH) return Integer.valueOf((int) l);
        return NumberToString.toString(d);
    }

    /** 7.1.20 ToLength */
    public static long toLength(Object v) {
        double len = toIntegerOrInfinity(v);
        if (len <= 0) return 0;
        return (long) Math.min(len, 0x1p53 - 1);
    }

    /** 7.1.21 CanonicalNumericIndexString: the Number, or null where the spec says undefined. */
    public static Double canonicalNumericIndexString(String s) {
        if (s.equals("-0")) return -0.0;
        double n = stringToNumber(s);
        if (!toString(n).equals(s)) return null;
        return n;
    }

    /** 7.1.22 ToIndex */
    public static long toIndex(Object v) {
        double integer = toIntegerOrInfinity(v);
        if (integer < 0 || integer > 0x1p53 - 1) throw JSException.rangeError("Invalid index: " + toString(v));
        return (long) integer;
    }
}
