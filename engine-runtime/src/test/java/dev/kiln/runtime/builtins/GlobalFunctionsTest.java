package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.value.Undefined;
import org.junit.jupiter.api.Test;

class GlobalFunctionsTest extends BuiltinsTestSupport {
    private double parseInt(Object s, Object radix) {
        return ((Number) invoke("parseInt", s, radix)).doubleValue();
    }

    private double parseInt(Object s) {
        return ((Number) invoke("parseInt", s)).doubleValue();
    }

    private double parseFloat(Object s) {
        return ((Number) invoke("parseFloat", s)).doubleValue();
    }

    private static void assertNegativeZero(double d) {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d));
    }

    @Test
    void valuePropertiesAreFixed() {
        for (String name : new String[] {"NaN", "Infinity", "undefined"}) {
            PropertyDescriptor d = realm.globalObject().getOwnProperty(name);
            assertEquals(0, d.flags(), name);
        }
        assertEquals(Undefined.INSTANCE, global("undefined"));
        assertTrue(Double.isNaN((Double) global("NaN")));
        assertEquals(realm.globalObject(), global("globalThis"));
    }

    @Test
    void parseIntRadixAndPrefixes() {
        assertEquals(255, parseInt("0xff"));
        assertEquals(255, parseInt("  0XFF", 16));
        assertEquals(0, parseInt("0xff", 10));
        assertTrue(Double.isNaN(parseInt("0x")));
        assertTrue(Double.isNaN(parseInt("12", 1)));
        assertTrue(Double.isNaN(parseInt("12", 37)));
        assertEquals(12, parseInt("12", 4294967306.0)); // ToInt32 wraps to 10
        assertEquals(5, parseInt("101", 2));
        assertEquals(35, parseInt("z", 36));
        assertEquals(-17, parseInt("\u2028\t -17.9e3"));
        assertNegativeZero(parseInt("-0"));
        assertNegativeZero(parseInt("-0x0"));
        assertTrue(Double.isNaN(parseInt("-")));
        assertTrue(Double.isNaN(parseInt("\uff11"))); // a fullwidth digit is not a radix digit
        assertEquals(1, parseInt("1\uff11"));
        assertEquals(15, parseInt("0f", 16));
    }

    @Test
    void parseIntKeepsPrecisionOfLargeNumbers() {
        assertEquals(9007199254740992.0, parseInt("9007199254740993")); // 2^53 + 1 rounds to even
        assertEquals(1e21, parseInt("1000000000000000000000"));
        assertEquals(0x1fffffffffffffL * 2.0, parseInt("3ffffffffffffe", 16));
        // 2^53 + 1 in binary rounds to 2^53, and 2^53 + 3 to 2^53 + 4 (round half to even)
        assertEquals(9007199254740992.0, parseInt("100000000000000000000000000000000000000000000000000001", 2));
        assertEquals(9007199254740996.0, parseInt("100000000000000000000000000000000000000000000000000011", 2));
        assertEquals(Double.POSITIVE_INFINITY, parseInt("1" + "0".repeat(400)));
        assertEquals(Double.POSITIVE_INFINITY, parseInt("z".repeat(300), 36));
        assertEquals(1, parseInt("0".repeat(5000) + "1", 7));
    }

    @Test
    void parseFloatTakesTheLongestDecimalPrefix() {
        assertEquals(3.14, parseFloat("  3.14abc"));
        assertEquals(0.5, parseFloat(".5"));
        assertEquals(5, parseFloat("5."));
        assertEquals(100, parseFloat("1e2x"));
        assertEquals(1, parseFloat("1e"));
        assertEquals(1, parseFloat("1e+"));
        assertEquals(Double.POSITIVE_INFINITY, parseFloat("Infinityx"));
        assertEquals(Double.NEGATIVE_INFINITY, parseFloat("-Infinity"));
        assertTrue(Double.isNaN(parseFloat("infinity")));
        assertTrue(Double.isNaN(parseFloat(".")));
        assertTrue(Double.isNaN(parseFloat("e5")));
        assertEquals(0, parseFloat("0x10"));
        assertEquals(1, parseFloat("1_000"));
        assertNegativeZero(parseFloat("-0"));
        assertNegativeZero(parseFloat("-.0e5"));
        assertEquals(Double.POSITIVE_INFINITY, parseFloat("1e400"));
        assertEquals(0.1 + 0.2 == 0.30000000000000004 ? 0.30000000000000004 : 0, parseFloat("0.30000000000000004"));
    }

    @Test
    void isFiniteAndIsNaNConvert() {
        assertEquals(true, invoke("isFinite", "12"));
        assertEquals(false, invoke("isFinite", "Infinity"));
        assertEquals(true, invoke("isNaN", Undefined.INSTANCE));
        assertEquals(false, invoke("isNaN", "  "));
    }

    @Test
    void encodeUriEscapesUtf8() {
        assertEquals("a%20b%C3%A9%E2%82%AC%F0%9F%98%80", invoke("encodeURIComponent", "a b\u00e9\u20ac\ud83d\ude00"));
        assertEquals("http://x.y/a?b=c&d#e%20f", invoke("encodeURI", "http://x.y/a?b=c&d#e f"));
        assertEquals("%3B%2F%3F%3A%40%26%3D%2B%24%2C%23", invoke("encodeURIComponent", ";/?:@&=+$,#"));
        assertEquals("-_.!~*'()", invoke("encodeURIComponent", "-_.!~*'()"));
        assertThrowsJS("URIError", () -> invoke("encodeURIComponent", "\ud800"));
        assertThrowsJS("URIError", () -> invoke("encodeURI", "a\udc00b"));
        assertThrowsJS("URIError", () -> invoke("encodeURI", "\ud800\ud800"));
    }

    @Test
    void decodeUriRejectsMalformedInput() {
        assertEquals("a b\u00e9\u20ac\ud83d\ude00", invoke("decodeURIComponent", "a%20b%C3%A9%e2%82%ac%F0%9F%98%80"));
        assertEquals("%3B%2f x", invoke("decodeURI", "%3B%2f%20x"));
        assertEquals(";/ x", invoke("decodeURIComponent", "%3B%2f%20x"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%4"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%GG"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%80"));       // a lone continuation byte
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%C0%80"));    // overlong
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%ED%A0%80")); // a surrogate
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%F4%90%80%80")); // past U+10FFFF
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%E2%82"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%E2%82x"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%E2%C2%AC"));
        assertThrowsJS("URIError", () -> invoke("decodeURIComponent", "%F8%80%80%80%80"));
        JSObject error = assertThrowsJS("URIError", () -> invoke("decodeURI", "%FF"));
        assertEquals(realm.intrinsic(dev.kiln.runtime.realm.Intrinsic.URI_ERROR_PROTOTYPE), error.getPrototypeOf());
    }

    @Test
    void escapeAndUnescape() {
        assertEquals("a%20b%u20AC@*_+-./%7E", invoke("escape", "a b\u20ac@*_+-./~"));
        assertEquals("a b\u20ac~", invoke("unescape", "a%20b%u20AC%7e"));
        assertEquals("%u12%zz%", invoke("unescape", "%u12%zz%"));
        assertEquals("%u00G0", invoke("unescape", "%u00G0"));
    }
}
