package dev.kiln.runtime.builtins.global;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Types;
import java.math.BigInteger;

/** 19.2.4 parseFloat and 19.2.5 parseInt (also Number.parseFloat and Number.parseInt, 21.1.2.12-13). */
public final class NumberParsing {
    private NumberParsing() {}

    static void install(Realm realm) {
        GlobalObject.define(realm, Intrinsic.PARSE_FLOAT, BuiltinFunction.of(realm, "parseFloat", 1, NumberParsing::parseFloat));
        GlobalObject.define(realm, Intrinsic.PARSE_INT, BuiltinFunction.of(realm, "parseInt", 2, NumberParsing::parseInt));
    }

    // 19.2.4 parseFloat ( string )
    private static Object parseFloat(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Types.number(parseFloat(Conversion.toString(arg(args, 0))));
    }

    /** 19.2.4 parseFloat steps 2-7: the longest StrDecimalLiteral after leading white space, or NaN. */
    public static double parseFloat(String input) {
        int n = input.length();
        int i = 0;
        while (i < n && Conversion.isStrWhiteSpace(input.charAt(i))) i++;
        int start = i;
        boolean negative = false;
        if (i < n && (input.charAt(i) == '+' || input.charAt(i) == '-')) {
            negative = input.charAt(i) == '-';
            i++;
        }
        if (input.startsWith("Infinity", i)) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        int intStart = i;
        while (i < n && isDecimalDigit(input.charAt(i))) i++;
        int intDigits = i - intStart;
        int fractionDigits = 0;
        if (i < n && input.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < n && isDecimalDigit(input.charAt(i))) i++;
            fractionDigits = i - fractionStart;
        }
        if (intDigits + fractionDigits == 0) return Double.NaN;
        int end = i;
        if (i < n && (input.charAt(i) == 'e' || input.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (input.charAt(j) == '+' || input.charAt(j) == '-')) j++;
            int expStart = j;
            while (j < n && isDecimalDigit(input.charAt(j))) j++;
            if (j > expStart) end = j;
        }
        if (end == intStart + intDigits && intDigits <= 15) {
            // an integer literal short enough to be exact in a long
            long value = 0;
            for (int k = intStart; k < end; k++) value = value * 10 + (input.charAt(k) - '0');
            return negative ? -(double) value : value;
        }
        return Double.parseDouble(input.substring(start, end));
    }

    // 19.2.5 parseInt ( string, radix )
    private static Object parseInt(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String input = Conversion.toString(arg(args, 0));
        int n = input.length();
        int i = 0;
        while (i < n && Conversion.isStrWhiteSpace(input.charAt(i))) i++;
        int sign = 1;
        if (i < n && input.charAt(i) == '-') sign = -1;
        if (i < n && (input.charAt(i) == '+' || input.charAt(i) == '-')) i++;
        int r = Conversion.toInt32(arg(args, 1));
        boolean stripPrefix = true;
        if (r != 0) {
            if (r < 2 || r > 36) return Double.NaN;
            if (r != 16) stripPrefix = false;
        } else {
            r = 10;
        }
        if (stripPrefix && i + 1 < n && input.charAt(i) == '0' && (input.charAt(i + 1) == 'x' || input.charAt(i + 1) == 'X')) {
            i += 2;
            r = 16;
        }
        int start = i;
        while (i < n && digitValue(input.charAt(i)) < r) i++;
        if (i == start) return Double.NaN;
        double mathInt = integerValue(input, start, i, r);
        if (mathInt == 0) return sign == -1 ? -0.0 : 0;
        return Types.number(sign * mathInt);
    }

    /** 19.2.5 step 14: the digits {@code s[start, end)} in radix {@code r} as the nearest double. */
    private static double integerValue(String s, int start, int end, int r) {
        while (start < end - 1 && s.charAt(start) == '0') start++;
        int digits = end - start;
        double bitsPerDigit = Math.log(r) / Math.log(2);
        if (digits * bitsPerDigit <= 53) {
            // exact in a long and in a double
            long value = 0;
            for (int k = start; k < end; k++) value = value * r + digitValue(s.charAt(k));
            return value;
        }
        if (r == 10) return Double.parseDouble(s.substring(start, end));
        // At least r^(digits-1) >= 2^1024 overflows to Infinity; this also bounds the BigInteger work.
        if ((digits - 1) * bitsPerDigit >= 1025) return Double.POSITIVE_INFINITY;
        return new BigInteger(s.substring(start, end), r).doubleValue();
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of an ASCII radix digit (0-9, a-z, A-Z), or 99 for any other character. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 99;
    }
}
