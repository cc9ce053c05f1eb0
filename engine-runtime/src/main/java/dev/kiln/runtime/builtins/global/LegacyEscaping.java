package dev.kiln.runtime.builtins.global;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/** B.2.1 Additional Properties of the Global Object: escape and unescape. */
final class LegacyEscaping {
    private LegacyEscaping() {}

    /** B.2.1.1 step 4: the ASCII word characters and "@*_+-./". */
    private static final boolean[] UNESCAPED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) UNESCAPED[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) UNESCAPED[c] = true;
        for (char c = '0'; c <= '9'; c++) UNESCAPED[c] = true;
        for (char c : "@*_+-./".toCharArray()) UNESCAPED[c] = true;
    }

    static void install(Realm realm) {
        GlobalObject.define(realm, Intrinsic.ESCAPE, BuiltinFunction.of(realm, "escape", 1, LegacyEscaping::escape));
        GlobalObject.define(realm, Intrinsic.UNESCAPE, BuiltinFunction.of(realm, "unescape", 1, LegacyEscaping::unescape));
    }

    // B.2.1.1 escape ( string )
    private static Object escape(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String string = Conversion.toString(arg(args, 0));
        int len = string.length();
        StringBuilder r = new StringBuilder(len);
        for (int k = 0; k < len; k++) {
            char c = string.charAt(k);
            if (c < 128 && UNESCAPED[c]) {
                r.append(c);
            } else if (c < 256) {
                r.append('%').append(UriHandling.HEX[c >> 4]).append(UriHandling.HEX[c & 0xF]);
            } else {
                r.append("%u").append(UriHandling.HEX[c >> 12]).append(UriHandling.HEX[c >> 8 & 0xF]).append(UriHandling.HEX[c >> 4 & 0xF]).append(UriHandling.HEX[c & 0xF]);
            }
        }
        return r.toString();
    }

    // B.2.1.2 unescape ( string )
    private static Object unescape(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String string = Conversion.toString(arg(args, 0));
        int len = string.length();
        StringBuilder r = new StringBuilder(len);
        for (int k = 0; k < len; k++) {
            char c = string.charAt(k);
            if (c == '%') {
                if (k + 6 <= len && string.charAt(k + 1) == 'u') {
                    int n = hexValue(string, k + 2, k + 6);
                    if (n >= 0) {
                        c = (char) n;
                        k += 5;
                    }
                } else if (k + 3 <= len) {
                    int n = hexValue(string, k + 1, k + 3);
                    if (n >= 0) {
                        c = (char) n;
                        k += 2;
                    }
                }
            }
            r.append(c);
        }
        return r.toString();
    }

    /** The value of the hex digits {@code s[from, to)}, or -1 if any is not a hex digit. */
    private static int hexValue(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = UriHandling.hexDigit(s.charAt(i));
            if (d < 0) return -1;
            n = n << 4 | d;
        }
        return n;
    }
}
