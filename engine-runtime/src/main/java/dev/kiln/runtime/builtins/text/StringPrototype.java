package dev.kiln.runtime.builtins.text;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.StringIteratorObject;
import dev.kiln.runtime.object.StringObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Rope;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 22.1.3 Properties of the String Prototype Object (a String object holding ""), with the
 * Annex B methods of B.2.2. match, matchAll and search belong with RegExp; replace,
 * replaceAll and split are complete here, including their hand-off to a pattern's
 * Symbol.replace / Symbol.split method. That hand-off happens only for object patterns: the
 * current specification (and test262) no longer looks these symbols up on primitives, where
 * the ECMA-262 text Kiln cites still says "neither undefined nor null".
 *
 * <p>The work of each method is a public static method on Java strings (ToString and
 * ToIntegerOrInfinity already applied), which compiled code may call directly; the built-in
 * functions convert their arguments in the spec's order and delegate. A rope receiver is
 * flattened once by ToString.
 */
public final class StringPrototype {
    private StringPrototype() {}

    /** Root-locale collation with canonical equivalence; compare() is synchronized, so one instance serves all threads. */
    private static final Collator COLLATOR = collator();

    private static Collator collator() {
        Collator c = Collator.getInstance(Locale.ROOT);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

    static JSObject create(Realm realm) {
        JSObject proto = new StringObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), "");
        Define.method(realm, proto, "at", 1, StringPrototype::at);
        Define.method(realm, proto, "charAt", 1, StringPrototype::charAt);
        Define.method(realm, proto, "charCodeAt", 1, StringPrototype::charCodeAt);
        Define.method(realm, proto, "codePointAt", 1, StringPrototype::codePointAt);
        Define.method(realm, proto, "concat", 1, StringPrototype::concat);
        Define.method(realm, proto, "endsWith", 1, StringPrototype::endsWith);
        Define.method(realm, proto, "includes", 1, StringPrototype::includes);
        Define.method(realm, proto, "indexOf", 1, StringPrototype::indexOf);
        Define.method(realm, proto, "isWellFormed", 0, StringPrototype::isWellFormed);
        Define.method(realm, proto, "lastIndexOf", 1, StringPrototype::lastIndexOf);
        Define.method(realm, proto, "localeCompare", 1, StringPrototype::localeCompare);
        Define.method(realm, proto, "normalize", 0, StringPrototype::normalize);
        Define.method(realm, proto, "padEnd", 1, StringPrototype::padEnd);
        Define.method(realm, proto, "padStart", 1, StringPrototype::padStart);
        Define.method(realm, proto, "repeat", 1, StringPrototype::repeat);
        Define.method(realm, proto, "replace", 2, StringPrototype::replace);
        Define.method(realm, proto, "replaceAll", 2, StringPrototype::replaceAll);
        Define.method(realm, proto, "slice", 2, StringPrototype::slice);
        Define.method(realm, proto, "split", 2, StringPrototype::split);
        Define.method(realm, proto, "startsWith", 1, StringPrototype::startsWith);
        Define.method(realm, proto, "substring", 2, StringPrototype::substring);
        Define.method(realm, proto, "toLocaleLowerCase", 0, StringPrototype::toLocaleLowerCase);
        Define.method(realm, proto, "toLocaleUpperCase", 0, StringPrototype::toLocaleUpperCase);
        Define.method(realm, proto, "toLowerCase", 0, StringPrototype::toLowerCase);
        Define.method(realm, proto, "toString", 0, StringPrototype::toStringMethod);
        Define.method(realm, proto, "toUpperCase", 0, StringPrototype::toUpperCase);
        Define.method(realm, proto, "toWellFormed", 0, StringPrototype::toWellFormed);
        Define.method(realm, proto, "trim", 0, StringPrototype::trim);
        BuiltinFunction trimEnd = Define.method(realm, proto, "trimEnd", 0, StringPrototype::trimEnd);
        BuiltinFunction trimStart = Define.method(realm, proto, "trimStart", 0, StringPrototype::trimStart);
        Define.method(realm, proto, "valueOf", 0, StringPrototype::valueOf);
        Define.method(realm, proto, Symbol.ITERATOR, 0, StringPrototype::iterator);
        // B.2.2 Additional Properties of the String.prototype Object
        Define.method(realm, proto, "substr", 2, StringPrototype::substr);
        Define.method(realm, proto, "anchor", 1, (f, t, a, n) -> createHTML(f, t, "anchor", "a", "name", arg(a, 0)));
        Define.method(realm, proto, "big", 0, (f, t, a, n) -> createHTML(f, t, "big", "big", "", ""));
        Define.method(realm, proto, "blink", 0, (f, t, a, n) -> createHTML(f, t, "blink", "blink", "", ""));
        Define.method(realm, proto, "bold", 0, (f, t, a, n) -> createHTML(f, t, "bold", "b", "", ""));
        Define.method(realm, proto, "fixed", 0, (f, t, a, n) -> createHTML(f, t, "fixed", "tt", "", ""));
        Define.method(realm, proto, "fontcolor", 1, (f, t, a, n) -> createHTML(f, t, "fontcolor", "font", "color", arg(a, 0)));
        Define.method(realm, proto, "fontsize", 1, (f, t, a, n) -> createHTML(f, t, "fontsize", "font", "size", arg(a, 0)));
        Define.method(realm, proto, "italics", 0, (f, t, a, n) -> createHTML(f, t, "italics", "i", "", ""));
        Define.method(realm, proto, "link", 1, (f, t, a, n) -> createHTML(f, t, "link", "a", "href", arg(a, 0)));
        Define.method(realm, proto, "small", 0, (f, t, a, n) -> createHTML(f, t, "small", "small", "", ""));
        Define.method(realm, proto, "strike", 0, (f, t, a, n) -> createHTML(f, t, "strike", "strike", "", ""));
        Define.method(realm, proto, "sub", 0, (f, t, a, n) -> createHTML(f, t, "sub", "sub", "", ""));
        Define.method(realm, proto, "sup", 0, (f, t, a, n) -> createHTML(f, t, "sup", "sup", "", ""));
        Define.value(proto, "trimLeft", trimStart);  // B.2.2.15: the same function object
        Define.value(proto, "trimRight", trimEnd);   // B.2.2.16
        return proto;
    }

    // ---------------------------------------------------------------- helpers

    /** Steps "Let O be the this value; RequireObjectCoercible(O); Let S be ? ToString(O)". */
    private static String thisString(Object thisArg, String method) {
        if (thisArg instanceof String s) return s;
        if (thisArg == Undefined.INSTANCE || thisArg == Null.INSTANCE) {
            throw JSException.typeError("String.prototype." + method + " called on null or undefined");
        }
        return Conversion.toString(thisArg);
    }

    /** The result of clamping an integer (or ±∞) between lo and hi. */
    private static int clamp(double v, int lo, int hi) {
        return v <= lo ? lo : v >= hi ? hi : (int) v;
    }

    private static JSException invalidLength() {
        return JSException.rangeError("Invalid string length");
    }

    // ---------------------------------------------------------------- 22.1.3.1 - 22.1.3.11

    // 22.1.3.1 String.prototype.at ( index )
    private static Object at(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "at");
        String r = at(s, Conversion.toIntegerOrInfinity(arg(args, 0)));
        return r == null ? Undefined.INSTANCE : r;
    }

    /** 22.1.3.1 steps 4-9: the code unit at relativeIndex (from the end when negative), or null. */
    public static String at(String s, double relativeIndex) {
        int len = s.length();
        double k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
        if (k < 0 || k >= len) return null;
        return String.valueOf(s.charAt((int) k));
    }

    // 22.1.3.2 String.prototype.charAt ( pos )
    private static Object charAt(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "charAt");
        return charAt(s, Conversion.toIntegerOrInfinity(arg(args, 0)));
    }

    /** 22.1.3.2 steps 5-7. */
    public static String charAt(String s, double position) {
        if (position < 0 || position >= s.length()) return "";
        return String.valueOf(s.charAt((int) position));
    }

    // 22.1.3.3 String.prototype.charCodeAt ( pos )
    private static Object charCodeAt(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "charCodeAt");
        Object pos = arg(args, 0);
        int c = charCodeAt(s, pos instanceof Integer i ? i : Conversion.toIntegerOrInfinity(pos));
        return c < 0 ? (Object) Double.NaN : (Object) c;
    }

    /** 22.1.3.3 steps 5-7: the code unit, or -1 where the method returns NaN. */
    public static int charCodeAt(String s, double position) {
        if (position < 0 || position >= s.length()) return -1;
        return s.charAt((int) position);
    }

    /** 22.1.3.3 steps 5-7 for an int position: the code unit, or -1 where the method returns NaN. */
    public static int charCodeAt(String s, int position) {
        if (position < 0 || position >= s.length()) return -1;
        return s.charAt(position);
    }

    // 22.1.3.4 String.prototype.codePointAt ( pos )
    private static Object codePointAt(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "codePointAt");
        int cp = codePointAt(s, Conversion.toIntegerOrInfinity(arg(args, 0)));
        return cp < 0 ? Undefined.INSTANCE : (Object) cp;
    }

    /** 22.1.3.4 steps 5-8 (11.1.4 CodePointAt): the code point at position, or -1 for undefined. */
    public static int codePointAt(String s, double position) {
        if (position < 0 || position >= s.length()) return -1;
        return s.codePointAt((int) position); // a lone surrogate is its own code point, as the spec says
    }

    // 22.1.3.5 String.prototype.concat ( ...args )
    private static Object concat(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        CharSequence r = thisArg instanceof CharSequence s ? s : thisString(thisArg, "concat");
        for (Object next : args) {
            CharSequence nextString = Conversion.toCharSequence(next);
            if (!StringLimits.fits(r.length(), nextString.length())) throw invalidLength();
            r = Rope.concat(r, nextString);
        }
        return r;
    }

    // 22.1.3.7 String.prototype.endsWith ( searchString [ , endPosition ] )
    private static Object endsWith(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "endsWith");
        Object searchString = arg(args, 0);
        if (Comparison.isRegExp(searchString)) {
            throw f.realm().typeError("First argument to String.prototype.endsWith must not be a regular expression");
        }
        String searchStr = Conversion.toString(searchString);
        Object endPosition = arg(args, 1);
        double pos = endPosition == Undefined.INSTANCE ? s.length() : Conversion.toIntegerOrInfinity(endPosition);
        return endsWith(s, searchStr, clamp(pos, 0, s.length()));
    }

    /** 22.1.3.7 steps 10-16, with end already clamped. */
    public static boolean endsWith(String s, String searchStr, int end) {
        int start = end - searchStr.length();
        return start >= 0 && s.startsWith(searchStr, start);
    }

    // 22.1.3.8 String.prototype.includes ( searchString [ , position ] )
    private static Object includes(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "includes");
        Object searchString = arg(args, 0);
        if (Comparison.isRegExp(searchString)) {
            throw f.realm().typeError("First argument to String.prototype.includes must not be a regular expression");
        }
        String searchStr = Conversion.toString(searchString);
        double pos = Conversion.toIntegerOrInfinity(arg(args, 1));
        return s.indexOf(searchStr, clamp(pos, 0, s.length())) >= 0;
    }

    // 22.1.3.9 String.prototype.indexOf ( searchString [ , position ] )
    private static Object indexOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "indexOf");
        String searchStr = Conversion.toString(arg(args, 0));
        Object position = arg(args, 1);
        double pos = position == Undefined.INSTANCE ? 0 : Conversion.toIntegerOrInfinity(position);
        return indexOf(s, searchStr, pos);
    }

    /** 22.1.3.9 steps 7-11 (6.1.4.1 StringIndexOf from the clamped start), -1 when not found. */
    public static int indexOf(String s, String searchStr, double position) {
        return s.indexOf(searchStr, clamp(position, 0, s.length()));
    }

    // 22.1.3.10 String.prototype.isWellFormed ( )
    private static Object isWellFormed(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return isWellFormed(thisString(thisArg, "isWellFormed"));
    }

    /** 6.1.4.3 IsStringWellFormedUnicode: no lone surrogates. */
    public static boolean isWellFormed(String s) {
        return firstUnpairedSurrogate(s, 0) < 0;
    }

    /** The index of the first surrogate at or after {@code from} that is not part of a pair, or -1. */
    private static int firstUnpairedSurrogate(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    // 22.1.3.11 String.prototype.lastIndexOf ( searchString [ , position ] )
    private static Object lastIndexOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "lastIndexOf");
        String searchStr = Conversion.toString(arg(args, 0));
        double numPos = Conversion.toNumber(arg(args, 1));
        double pos = numPos != numPos ? Double.POSITIVE_INFINITY : Conversion.toIntegerOrInfinity(numPos);
        return lastIndexOf(s, searchStr, pos);
    }

    /** 22.1.3.11 steps 8-14 (6.1.4.2 StringLastIndexOf from the clamped start), -1 when not found. */
    public static int lastIndexOf(String s, String searchStr, double position) {
        int len = s.length(), searchLen = searchStr.length();
        if (len < searchLen) return -1;
        return s.lastIndexOf(searchStr, clamp(position, 0, len - searchLen));
    }

    // ---------------------------------------------------------------- 22.1.3.12 - 22.1.3.18

    // 22.1.3.12 String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] )
    private static Object localeCompare(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "localeCompare");
        String thatValue = Conversion.toString(arg(args, 0));
        return localeCompare(s, thatValue);
    }

    /**
     * 22.1.3.12 without ECMA-402: the root-locale collation (Unicode Collation Algorithm order as
     * the JDK has it), which treats canonically equivalent strings as equal. Strings it finds
     * equal that are not canonically equivalent are ordered by their NFD code units, so that
     * the comparison is a total order whose zeros are exactly the canonical equivalences.
     */
    public static int localeCompare(String s, String that) {
        if (s.equals(that)) return 0;
        int c = COLLATOR.compare(s, that);
        if (c != 0) return c < 0 ? -1 : 1;
        int tie = Normalizer.normalize(s, Normalizer.Form.NFD).compareTo(Normalizer.normalize(that, Normalizer.Form.NFD));
        return Integer.signum(tie);
    }

    // 22.1.3.15 String.prototype.normalize ( [ form ] )
    private static Object normalize(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "normalize");
        Object form = arg(args, 0);
        String name = form == Undefined.INSTANCE ? "NFC" : Conversion.toString(form);
        Normalizer.Form nf = switch (name) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw f.realm().rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
        };
        return normalize(s, nf);
    }

    /** 22.1.3.15 step 7. */
    public static String normalize(String s, Normalizer.Form form) {
        return Normalizer.isNormalized(s, form) ? s : Normalizer.normalize(s, form);
    }

    // 22.1.3.16 String.prototype.padEnd ( maxLength [ , fillString ] )
    private static Object padEnd(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return stringPaddingBuiltinsImpl(thisString(thisArg, "padEnd"), arg(args, 0), arg(args, 1), false);
    }

    // 22.1.3.17 String.prototype.padStart ( maxLength [ , fillString ] )
    private static Object padStart(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return stringPaddingBuiltinsImpl(thisString(thisArg, "padStart"), arg(args, 0), arg(args, 1), true);
    }

    /** 22.1.3.17.1 StringPaddingBuiltinsImpl (S already converted). */
    private static String stringPaddingBuiltinsImpl(String s, Object maxLength, Object fillString, boolean atStart) {
        long intMaxLength = Conversion.toLength(maxLength);
        if (intMaxLength <= s.length()) return s;
        String filler = fillString == Undefined.INSTANCE ? " " : Conversion.toString(fillString);
        return stringPad(s, intMaxLength, filler, atStart);
    }

    /** 22.1.3.17.2 StringPad */
    public static String stringPad(String s, long maxLength, String fillString, boolean atStart) {
        int stringLength = s.length();
        if (maxLength <= stringLength || fillString.isEmpty()) return s;
        if (maxLength > StringLimits.MAX_LENGTH) throw invalidLength();
        int fillLen = (int) maxLength - stringLength;
        StringBuilder sb = new StringBuilder((int) maxLength);
        if (!atStart) sb.append(s);
        int fl = fillString.length();
        for (int done = 0; done < fillLen; done += fl) sb.append(fillString, 0, Math.min(fl, fillLen - done));
        if (atStart) sb.append(s);
        return sb.toString();
    }

    // 22.1.3.18 String.prototype.repeat ( count )
    private static Object repeat(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "repeat");
        double n = Conversion.toIntegerOrInfinity(arg(args, 0));
        if (n < 0 || n == Double.POSITIVE_INFINITY) throw f.realm().rangeError("Invalid count value: " + Conversion.toString(arg(args, 0)));
        return repeat(s, n);
    }

    /** 22.1.3.18 steps 6-7 for 0 ≤ n < ∞. */
    public static String repeat(String s, double n) {
        if (n == 0 || s.isEmpty()) return "";
        if (n * s.length() > StringLimits.MAX_LENGTH) throw invalidLength();
        return s.repeat((int) n);
    }

    // ---------------------------------------------------------------- 22.1.3.19 - 22.1.3.25

    // 22.1.3.19 String.prototype.replace ( searchValue, replaceValue )
    private static Object replace(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = thisArg;
        Comparison.requireObjectCoercible(o, "String.prototype.replace");
        Object searchValue = arg(args, 0);
        Object replaceValue = arg(args, 1);
        if (searchValue instanceof JSObject pattern) {
            Object replacer = ObjectOperations.getMethod(pattern, Symbol.REPLACE);
            if (replacer != Undefined.INSTANCE) return ObjectOperations.call(replacer, searchValue, o, replaceValue);
        }
        String string = Conversion.toString(o);
        String searchString = Conversion.toString(searchValue);
        boolean functionalReplace = Comparison.isCallable(replaceValue);
        String replaceTemplate = functionalReplace ? null : Conversion.toString(replaceValue);
        int position = string.indexOf(searchString);
        if (position < 0) return string;
        String replacement = functionalReplace
                ? Conversion.toString(ObjectOperations.call(replaceValue, Undefined.INSTANCE, searchString, position, string))
                : Substitution.getSubstitution(searchString, string, position, ObjectOperations.NO_ARGS, Undefined.INSTANCE, replaceTemplate);
        return splice(string, position, searchString.length(), replacement);
    }

    /** 22.1.3.19 steps 8-15 with a replacement template: the first occurrence replaced. */
    public static String replace(String string, String searchString, String replaceTemplate) {
        int position = string.indexOf(searchString);
        if (position < 0) return string;
        String replacement = Substitution.getSubstitution(searchString, string, position, ObjectOperations.NO_ARGS,
                Undefined.INSTANCE, replaceTemplate);
        return splice(string, position, searchString.length(), replacement);
    }

    /** The string with {@code length} code units at {@code position} replaced. */
    private static String splice(String string, int position, int length, String replacement) {
        long total = (long) string.length() - length + replacement.length();
        if (total > StringLimits.MAX_LENGTH) throw invalidLength();
        return new StringBuilder((int) total).append(string, 0, position).append(replacement)
                .append(string, position + length, string.length()).toString();
    }

    // 22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )
    private static Object replaceAll(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = thisArg;
        Comparison.requireObjectCoercible(o, "String.prototype.replaceAll");
        Object searchValue = arg(args, 0);
        Object replaceValue = arg(args, 1);
        if (searchValue instanceof JSObject pattern) {
            if (Comparison.isRegExp(pattern)) {
                Object flags = pattern.get("flags", pattern);
                Comparison.requireObjectCoercible(flags, "String.prototype.replaceAll");
                if (Conversion.toString(flags).indexOf('g') < 0) {
                    throw f.realm().typeError("replaceAll must be called with a global RegExp");
                }
            }
            Object replacer = ObjectOperations.getMethod(pattern, Symbol.REPLACE);
            if (replacer != Undefined.INSTANCE) return ObjectOperations.call(replacer, searchValue, o, replaceValue);
        }
        String string = Conversion.toString(o);
        String searchString = Conversion.toString(searchValue);
        boolean functionalReplace = Comparison.isCallable(replaceValue);
        String replaceTemplate = functionalReplace ? null : Conversion.toString(replaceValue);
        int searchLength = searchString.length();
        int advanceBy = Math.max(1, searchLength);
        List<Integer> matchPositions = new ArrayList<>();
        for (int position = string.indexOf(searchString); position >= 0; position = string.indexOf(searchString, position + advanceBy)) {
            matchPositions.add(position);
            if (position + advanceBy > string.length()) break;
        }
        int endOfLastMatch = 0;
        StringBuilder result = new StringBuilder(string.length());
        for (int p : matchPositions) {
            result.append(string, endOfLastMatch, p);
            String replacement = functionalReplace
                    ? Conversion.toString(ObjectOperations.call(replaceValue, Undefined.INSTANCE, searchString, p, string))
                    : Substitution.getSubstitution(searchString, string, p, ObjectOperations.NO_ARGS, Undefined.INSTANCE, replaceTemplate);
            result.append(replacement);
            if (result.length() > StringLimits.MAX_LENGTH) throw invalidLength();
            endOfLastMatch = p + searchLength;
        }
        if (endOfLastMatch < string.length()) result.append(string, endOfLastMatch, string.length());
        if (result.length() > StringLimits.MAX_LENGTH) throw invalidLength();
        return result.toString();
    }

    // 22.1.3.22 String.prototype.slice ( start, end )
    private static Object slice(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "slice");
        double intStart = Conversion.toIntegerOrInfinity(arg(args, 0));
        Object end = arg(args, 1);
        double intEnd = end == Undefined.INSTANCE ? s.length() : Conversion.toIntegerOrInfinity(end);
        return slice(s, intStart, intEnd);
    }

    /** 22.1.3.22 steps 6-14: negative positions count from the end. */
    public static String slice(String s, double intStart, double intEnd) {
        int len = s.length();
        int from = intStart < 0 ? clamp(len + intStart, 0, len) : clamp(intStart, 0, len);
        int to = intEnd < 0 ? clamp(len + intEnd, 0, len) : clamp(intEnd, 0, len);
        return from >= to ? "" : s.substring(from, to);
    }

    // 22.1.3.23 String.prototype.split ( separator, limit )
    private static Object split(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = thisArg;
        Comparison.requireObjectCoercible(o, "String.prototype.split");
        Object separator = arg(args, 0);
        Object limit = arg(args, 1);
        if (separator instanceof JSObject pattern) {
            Object splitter = ObjectOperations.getMethod(pattern, Symbol.SPLIT);
            if (splitter != Undefined.INSTANCE) return ObjectOperations.call(splitter, separator, o, limit);
        }
        String s = Conversion.toString(o);
        long lim = limit == Undefined.INSTANCE ? 0xFFFFFFFFL : Conversion.toUint32(limit);
        String r = Conversion.toString(separator);
        if (lim == 0) return ArrayObject.of(f.realm());
        if (separator == Undefined.INSTANCE) return ArrayObject.of(f.realm(), s);
        return split(f.realm(), s, r, lim);
    }

    /** 22.1.3.23 steps 9-18: s split at each occurrence of r, at most lim (≥ 1) pieces. */
    public static ArrayObject split(Realm realm, String s, String r, long lim) {
        int separatorLength = r.length();
        if (separatorLength == 0) {
            int outLen = (int) Math.min(lim, s.length());
            Object[] codeUnits = new Object[outLen];
            for (int i = 0; i < outLen; i++) codeUnits[i] = String.valueOf(s.charAt(i));
            return ArrayObject.of(realm, codeUnits);
        }
        if (s.isEmpty()) return ArrayObject.of(realm, s);
        List<Object> substrings = new ArrayList<>();
        int i = 0;
        int j = s.indexOf(r);
        while (j >= 0) {
            substrings.add(s.substring(i, j));
            if (substrings.size() == lim) return ArrayObject.of(realm, substrings.toArray());
            i = j + separatorLength;
            j = s.indexOf(r, i);
        }
        substrings.add(s.substring(i));
        return ArrayObject.of(realm, substrings.toArray());
    }

    // 22.1.3.24 String.prototype.startsWith ( searchString [ , position ] )
    private static Object startsWith(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "startsWith");
        Object searchString = arg(args, 0);
        if (Comparison.isRegExp(searchString)) {
            throw f.realm().typeError("First argument to String.prototype.startsWith must not be a regular expression");
        }
        String searchStr = Conversion.toString(searchString);
        Object position = arg(args, 1);
        double pos = position == Undefined.INSTANCE ? 0 : Conversion.toIntegerOrInfinity(position);
        return s.startsWith(searchStr, clamp(pos, 0, s.length()));
    }

    // 22.1.3.25 String.prototype.substring ( start, end )
    private static Object substring(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "substring");
        double intStart = Conversion.toIntegerOrInfinity(arg(args, 0));
        Object end = arg(args, 1);
        double intEnd = end == Undefined.INSTANCE ? s.length() : Conversion.toIntegerOrInfinity(end);
        return substring(s, intStart, intEnd);
    }

    /** 22.1.3.25 steps 7-11: both positions clamped, then ordered. */
    public static String substring(String s, double intStart, double intEnd) {
        int len = s.length();
        int finalStart = clamp(intStart, 0, len);
        int finalEnd = clamp(intEnd, 0, len);
        return s.substring(Math.min(finalStart, finalEnd), Math.max(finalStart, finalEnd));
    }

    // ---------------------------------------------------------------- 22.1.3.26 - 22.1.3.36

    // 22.1.3.26 String.prototype.toLocaleLowerCase ( [ reserved1 [ , reserved2 ] ] ): the host's locale
    private static Object toLocaleLowerCase(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return toLowerCase(thisString(thisArg, "toLocaleLowerCase"), Locale.getDefault());
    }

    // 22.1.3.27 String.prototype.toLocaleUpperCase ( [ reserved1 [ , reserved2 ] ] ): the host's locale
    private static Object toLocaleUpperCase(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return checkLength(thisString(thisArg, "toLocaleUpperCase").toUpperCase(Locale.getDefault()));
    }

    // 22.1.3.28 String.prototype.toLowerCase ( )
    private static Object toLowerCase(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return toLowerCase(thisString(thisArg, "toLowerCase"));
    }

    /**
     * 22.1.3.28 steps 4-7: Unicode Default Case Conversion, with the unconditional mappings of
     * SpecialCasing.txt and the language-independent Final_Sigma rule, which is what Java does in
     * the root locale.
     */
    public static String toLowerCase(String s) {
        return toLowerCase(s, Locale.ROOT);
    }

    /**
     * Lower case in a locale, with Final_Sigma (Unicode 3.13) decided here: Java gets it wrong
     * when the context holds supplementary characters. Other conditional mappings depend on the
     * language only, so the text between capital sigmas maps on its own.
     */
    private static String toLowerCase(String s, Locale locale) {
        int sigma = s.indexOf('\u03A3');
        if (sigma < 0) return checkLength(s.toLowerCase(locale));
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        while (sigma >= 0) {
            sb.append(s.substring(from, sigma).toLowerCase(locale));
            sb.append(isFinalSigma(s, sigma) ? '\u03C2' : '\u03C3');
            from = sigma + 1;
            sigma = s.indexOf('\u03A3', from);
        }
        sb.append(s.substring(from).toLowerCase(locale));
        return checkLength(sb.toString());
    }

    /** Final_Sigma: a cased letter before (past case-ignorables), and none after (past case-ignorables). */
    private static boolean isFinalSigma(String s, int at) {
        int i = at;
        int before = -1;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = cp;
                break;
            }
        }
        if (before < 0 || !isCased(before)) return false;
        for (int j = at + 1; j < s.length(); ) {
            int cp = s.codePointAt(j);
            j += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) return !isCased(cp);
        }
        return true;
    }

    /** Unicode's Cased: Lowercase, Uppercase or Lt. */
    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet or Single_Quote. */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                    0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                return false;
        }
    }

    // 22.1.3.30 String.prototype.toUpperCase ( )
    private static Object toUpperCase(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return toUpperCase(thisString(thisArg, "toUpperCase"));
    }

    /** 22.1.3.30: as toLowerCase, with the toUppercase mappings (ß becomes SS, ŉ becomes ʼN, ...). */
    public static String toUpperCase(String s) {
        return checkLength(s.toUpperCase(Locale.ROOT));
    }

    /** Case mapping can lengthen a string (up to three times): past the limit it is a RangeError. */
    private static String checkLength(String s) {
        if (s.length() > StringLimits.MAX_LENGTH) throw invalidLength();
        return s;
    }

    // 22.1.3.29 String.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisStringValue(f, thisArg, "String.prototype.toString");
    }

    // 22.1.3.31 String.prototype.toWellFormed ( )
    private static Object toWellFormed(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return toWellFormed(thisString(thisArg, "toWellFormed"));
    }

    /** 22.1.3.31 steps 4-8: each lone surrogate replaced by U+FFFD. */
    public static String toWellFormed(String s) {
        int k = firstUnpairedSurrogate(s, 0);
        if (k < 0) return s;
        char[] chars = s.toCharArray();
        while (k >= 0) {
            chars[k] = '\uFFFD';
            k = firstUnpairedSurrogate(s, k + 1);
        }
        return new String(chars);
    }

    // 22.1.3.32 String.prototype.trim ( )
    private static Object trim(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return trimString(thisString(thisArg, "trim"), true, true);
    }

    // 22.1.3.33 String.prototype.trimEnd ( )
    private static Object trimEnd(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return trimString(thisString(thisArg, "trimEnd"), false, true);
    }

    // 22.1.3.34 String.prototype.trimStart ( )
    private static Object trimStart(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return trimString(thisString(thisArg, "trimStart"), true, false);
    }

    /** 22.1.3.32.1 TrimString steps 3-6: WhiteSpace and LineTerminator removed from the chosen ends. */
    public static String trimString(String s, boolean start, boolean end) {
        int from = 0, to = s.length();
        if (start) while (from < to && Conversion.isStrWhiteSpace(s.charAt(from))) from++;
        if (end) while (to > from && Conversion.isStrWhiteSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    // 22.1.3.35 String.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisStringValue(f, thisArg, "String.prototype.valueOf");
    }

    /** 22.1.3.35.1 ThisStringValue */
    private static Object thisStringValue(BuiltinFunction f, Object value, String method) {
        if (value instanceof CharSequence) return value;
        if (value instanceof StringObject o) return o.stringValue();
        throw f.realm().typeError(method + " requires that 'this' be a String");
    }

    // 22.1.3.36 String.prototype [ %Symbol.iterator% ] ( )
    private static Object iterator(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "[Symbol.iterator]");
        return new StringIteratorObject(f.realm().intrinsic(Intrinsic.STRING_ITERATOR_PROTOTYPE), s);
    }

    // ---------------------------------------------------------------- Annex B.2.2

    // B.2.2.1 String.prototype.substr ( start, length )
    private static Object substr(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s = thisString(thisArg, "substr");
        int size = s.length();
        double intStart = Conversion.toIntegerOrInfinity(arg(args, 0));
        int start = intStart < 0 ? clamp(size + intStart, 0, size) : clamp(intStart, 0, size);
        Object length = arg(args, 1);
        double intLength = length == Undefined.INSTANCE ? size : Conversion.toIntegerOrInfinity(length);
        int end = (int) Math.min((long) start + clamp(intLength, 0, size), size);
        return start >= end ? "" : s.substring(start, end);
    }

    /** B.2.2.2.1 CreateHTML */
    private static Object createHTML(BuiltinFunction f, Object string, String method, String tag, String attribute, Object value) {
        String s = thisString(string, method);
        StringBuilder p = new StringBuilder(s.length() + 2 * tag.length() + 5).append('<').append(tag);
        if (!attribute.isEmpty()) {
            String v = Conversion.toString(value);
            p.append(' ').append(attribute).append("=\"").append(v.replace("\"", "&quot;")).append('"');
        }
        p.append('>').append(s).append("</").append(tag).append('>');
        if (p.length() > StringLimits.MAX_LENGTH) throw invalidLength();
        return p.toString();
    }
}
