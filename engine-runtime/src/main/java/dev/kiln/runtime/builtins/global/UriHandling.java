package dev.kiln.runtime.builtins.global;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/** 19.2.6 URI Handling Functions: decodeURI, decodeURIComponent, encodeURI, encodeURIComponent. */
final class UriHandling {
    private UriHandling() {}

    /** The reserved characters that decodeURI keeps escaped and encodeURI leaves alone. */
    private static final String URI_RESERVED_AND_HASH = ";/?:@&=+$,#";
    /** 19.2.6.5 step 3: the ASCII word characters and "-.!~*'()". */
    private static final boolean[] ALWAYS_UNESCAPED = asciiSet("-.!~*'()");
    private static final boolean[] URI_UNESCAPED = asciiSet("-.!~*'()" + URI_RESERVED_AND_HASH);
    private static final boolean[] PRESERVE_IN_DECODE_URI = asciiSet(URI_RESERVED_AND_HASH, false);
    private static final boolean[] PRESERVE_NOTHING = new boolean[128];
    static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void install(Realm realm) {
        GlobalObject.define(realm, Intrinsic.DECODE_URI, BuiltinFunction.of(realm, "decodeURI", 1, UriHandling::decodeURI));
        GlobalObject.define(realm, Intrinsic.DECODE_URI_COMPONENT,
                BuiltinFunction.of(realm, "decodeURIComponent", 1, UriHandling::decodeURIComponent));
        GlobalObject.define(realm, Intrinsic.ENCODE_URI, BuiltinFunction.of(realm, "encodeURI", 1, UriHandling::encodeURI));
        GlobalObject.define(realm, Intrinsic.ENCODE_URI_COMPONENT,
                BuiltinFunction.of(realm, "encodeURIComponent", 1, UriHandling::encodeURIComponent));
    }

    private static boolean[] asciiSet(String extra) {
        return asciiSet(extra, true);
    }

    private static boolean[] asciiSet(String extra, boolean wordCharacters) {
        boolean[] set = new boolean[128];
        if (wordCharacters) {
            for (char c = 'a'; c <= 'z'; c++) set[c] = true;
            for (char c = 'A'; c <= 'Z'; c++) set[c] = true;
            for (char c = '0'; c <= '9'; c++) set[c] = true;
            set['_'] = true;
        }
        for (int i = 0; i < extra.length(); i++) set[extra.charAt(i)] = true;
        return set;
    }

    // 19.2.6.1 decodeURI ( encodedURI )
    private static Object decodeURI(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return decode(Conversion.toString(arg(args, 0)), PRESERVE_IN_DECODE_URI);
    }

    // 19.2.6.2 decodeURIComponent ( encodedURIComponent )
    private static Object decodeURIComponent(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return decode(Conversion.toString(arg(args, 0)), PRESERVE_NOTHING);
    }

    // 19.2.6.3 encodeURI ( uri )
    private static Object encodeURI(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return encode(Conversion.toString(arg(args, 0)), URI_UNESCAPED);
    }

    // 19.2.6.4 encodeURIComponent ( uriComponent )
    private static Object encodeURIComponent(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return encode(Conversion.toString(arg(args, 0)), ALWAYS_UNESCAPED);
    }

    /** 19.2.6.5 Encode, with the unescaped set given as a table of ASCII characters. */
    private static String encode(String string, boolean[] unescapedSet) {
        int len = string.length();
        StringBuilder r = null;
        int k = 0;
        while (k < len) {
            char c = string.charAt(k);
            if (c < 128 && unescapedSet[c]) {
                if (r != null) r.append(c);
                k++;
                continue;
            }
            if (r == null) r = new StringBuilder(len + 16).append(string, 0, k);
            // 11.1.4 CodePointAt
            int cp = c;
            int count = 1;
            if (Character.isHighSurrogate(c) && k + 1 < len && Character.isLowSurrogate(string.charAt(k + 1))) {
                cp = Character.toCodePoint(c, string.charAt(k + 1));
                count = 2;
            } else if (Character.isSurrogate(c)) {
                throw uriError("URI malformed: lone surrogate at index " + k);
            }
            k += count;
            appendUtf8Escapes(r, cp);
        }
        return r == null ? string : r.toString();
    }

    private static void appendUtf8Escapes(StringBuilder r, int cp) {
        if (cp < 0x80) {
            appendEscape(r, cp);
        } else if (cp < 0x800) {
            appendEscape(r, 0xC0 | cp >> 6);
            appendEscape(r, 0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            appendEscape(r, 0xE0 | cp >> 12);
            appendEscape(r, 0x80 | cp >> 6 & 0x3F);
            appendEscape(r, 0x80 | cp & 0x3F);
        } else {
            appendEscape(r, 0xF0 | cp >> 18);
            appendEscape(r, 0x80 | cp >> 12 & 0x3F);
            appendEscape(r, 0x80 | cp >> 6 & 0x3F);
            appendEscape(r, 0x80 | cp & 0x3F);
        }
    }

    private static void appendEscape(StringBuilder r, int octet) {
        r.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
    }

    /** 19.2.6.6 Decode, with the preserved escapes given as a table of ASCII characters. */
    private static String decode(String string, boolean[] preserveEscapeSet) {
        int len = string.length();
        if (string.indexOf('%') < 0) return string;
        StringBuilder r = new StringBuilder(len);
        for (int k = 0; k < len; k++) {
            char c = string.charAt(k);
            if (c != '%') {
                r.append(c);
                continue;
            }
            int start = k;
            if (k + 3 > len) throw uriError("URI malformed: incomplete escape at index " + k);
            int b = parseHexOctet(string, k + 1);
            if (b < 0) throw uriError("URI malformed: invalid escape at index " + k);
            k += 2;
            int n = Integer.numberOfLeadingZeros(~b << 24); // the number of leading 1 bits of the octet
            if (n == 0) {
                if (preserveEscapeSet[b]) r.append(string, start, k + 1);
                else r.append((char) b);
                continue;
            }
            if (n == 1 || n > 4) throw uriError("URI malformed: invalid UTF-8 lead byte at index " + start);
            int cp = b & (0xFF >> (n + 1));
            for (int j = 1; j < n; j++) {
                k++;
                if (k + 3 > len || string.charAt(k) != '%') throw uriError("URI malformed: incomplete UTF-8 sequence at index " + start);
                int continuation = parseHexOctet(string, k + 1);
                if (continuation < 0) throw uriError("URI malformed: invalid escape at index " + k);
                if ((continuation & 0xC0) != 0x80) throw uriError("URI malformed: invalid UTF-8 sequence at index " + start);
                cp = cp << 6 | continuation & 0x3F;
                k += 2;
            }
            // step 4.c.viii.6: reject overlong forms, surrogates and values past U+10FFFF
            int minimum = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw uriError("URI malformed: invalid UTF-8 sequence at index " + start);
            }
            r.appendCodePoint(cp);
        }
        return r.toString();
    }

    /** 19.2.6.7 ParseHexOctet: the octet written by two hex digits at {@code position}, or -1. */
    private static int parseHexOctet(String string, int position) {
        int hi = hexDigit(string.charAt(position));
        int lo = hexDigit(string.charAt(position + 1));
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }

    /** The value of an ASCII hex digit, or -1. */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static JSException uriError(String message) {
        return JSException.pending(ErrorKind.URI_ERROR, message);
    }
}
