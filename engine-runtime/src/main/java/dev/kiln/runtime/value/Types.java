package dev.kiln.runtime.value;

import dev.kiln.runtime.object.JSObject;
import java.math.BigInteger;

/**
 * The ECMAScript language types (ECMA-262 6.1) as Java classes:
 * undefined {@link Undefined}, null {@link Null}, Boolean {@code Boolean}, String {@code String}
 * or {@link Rope}, Symbol {@link Symbol}, Number {@code Integer} or {@code Double} (either may
 * hold any integral value; neither is canonical), BigInt {@code BigInteger}, Object
 * {@link JSObject}.
 */
public final class Types {
    private Types() {}

    public static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }

    public static boolean isString(Object v) {
        return v instanceof CharSequence;
    }

    public static boolean isNullish(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE;
    }

    /** Whether {@code v == null} holds (7.2.14): undefined, null, or an [[IsHTMLDDA]] object. */
    public static boolean isLooselyNull(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE || (v instanceof JSObject o && o.isHTMLDDA());
    }

    public static boolean isBigInt(Object v) {
        return v instanceof BigInteger;
    }

    /** A double as a Number value, an Integer where that is exact (not -0). */
    public static Object number(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) return i;
        return d;
    }

    /** 13.5.3 The typeof Operator. */
    public static String typeof(Object v) {
        if (v instanceof CharSequence) return "string";
        if (v instanceof Integer || v instanceof Double) return "number";
        if (v instanceof JSObject o) {
            if (o.isHTMLDDA()) return "undefined";
            return o.isCallable() ? "function" : "object";
        }
        if (v instanceof Boolean) return "boolean";
        if (v == Undefined.INSTANCE) return "undefined";
        if (v == Null.INSTANCE) return "object";
        if (v instanceof Symbol) return "symbol";
        if (v instanceof BigInteger) return "bigint";
        throw new IllegalArgumentException("not a JavaScript value: " + v.getClass().getName());
    }
}
