package dev.kiln.runtime.builtins.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builtins.BuiltinsTestSupport;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.StringObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringPrototypeTest extends BuiltinsTestSupport {
    private Object call(String method, Object thisArg, Object... args) {
        return callOn("String.prototype." + method, thisArg, args);
    }

    @Test
    void caseMappingFollowsSpecialCasingAndFinalSigma() {
        String[][] upper = {{"ß", "SS"}, {"ŉ", "ʼN"}, {"ǰ", "J̌"}, {"ﬀ", "FF"}, {"\u0390", "\u0399\u0308\u0301"}, {"ǅ", "Ǆ"}, {"\uD801\uDC28", "\uD801\uDC00"}};
        for (String[] c : upper) assertEquals(c[1], call("toUpperCase", c[0]), c[0]);
        String[][] lower = {{"İ", "i̇"}, {"ΑΣ", "ας"}, {"ΑΣ Α", "ας α"}, {"Σ", "σ"}, {"ΑΣΑ", "ασα"}, {"AΣ\u0301", "aς\u0301"},
                {"ǅ", "ǆ"}, {"\uD801\uDC00", "\uD801\uDC28"}, {"ẞ", "ß"}};
        for (String[] c : lower) assertEquals(c[1], call("toLowerCase", c[0]), c[0]);
        // Final_Sigma looks past case-ignorable characters, supplementary ones too.
        assertEquals("a\uD834\uDE42\u03C2", call("toLowerCase", "A\uD834\uDE42\u03A3"));
        assertEquals("a\u03C3\uD834\uDE42b", call("toLowerCase", "A\u03A3\uD834\uDE42B"));
        assertEquals("\u0345\u03C3", call("toLowerCase", "\u0345\u03A3"));
        assertEquals("a.\u03C2 i\u0307", call("toLowerCase", "A.\u03A3 \u0130"));
        // Lone surrogates pass through unchanged.
        assertEquals("\uD800a", call("toLowerCase", "\uD800A"));
        assertEquals("0", call("toUpperCase", 0));
    }

    @Test
    void normalizeAndLocaleCompare() {
        assertEquals("\u1E9B\u0323", call("normalize", "\u1E9B\u0323", "NFC"));
        assertEquals("\u017F\u0323\u0307", call("normalize", "\u1E9B\u0323", "NFD"));
        assertEquals("\u1E69", call("normalize", "\u1E9B\u0323", "NFKC"));
        assertEquals("s\u0323\u0307", call("normalize", "\u1E9B\u0323", "NFKD"));
        assertEquals("\u00C5", call("normalize", "A\u030A"));
        assertThrowsJS("RangeError", () -> call("normalize", "a", "nfc"));
        String[][] equivalent = {{"\u212B", "A\u030A"}, {"\u2126", "\u03A9"}, {"\u1E69", "s\u0307\u0323"},
                {"\u1E0B\u0323", "\u1E0D\u0307"}, {"\u1100\u1161", "\uAC00"}};
        for (String[] pair : equivalent) assertEquals(0, call("localeCompare", pair[0], pair[1]), pair[0]);
        assertEquals(-1, call("localeCompare", "a", "b"));
        assertEquals(1, call("localeCompare", "b", "a"));
        // Not canonically equivalent, so never 0 even where collation ignores the difference.
        assertTrue((int) call("localeCompare", "a\u0001", "a") != 0);
        List<String> words = new ArrayList<>(List.of("a", "B", "b", "A", "ä", "é", "e", "z", "Z", "10", "9"));
        words.sort(StringPrototype::localeCompare);
        assertEquals(List.of("10", "9", "a", "A", "ä", "b", "B", "e", "é", "z", "Z"), words);
    }

    @Test
    void paddingAndRepeatRespectTheStringLimit() {
        assertEquals("  abc", call("padStart", "abc", 5));
        assertEquals("ababc", call("padStart", "c", 5, "ab"));
        assertEquals("cabab", call("padEnd", "c", 5, "ab"));
        assertEquals("abc", call("padEnd", "abc", 5, ""));
        assertEquals("abc", call("padStart", "abc", -1));
        assertThrowsJS("RangeError", () -> call("padStart", "a", (double) StringLimits.MAX_LENGTH + 1));
        assertEquals("ababab", call("repeat", "ab", 3));
        assertEquals("", call("repeat", "", 1e9));
        assertEquals("", call("repeat", "abc", 0));
        assertThrowsJS("RangeError", () -> call("repeat", "a", -1));
        assertThrowsJS("RangeError", () -> call("repeat", "a", Double.POSITIVE_INFINITY));
        assertThrowsJS("RangeError", () -> call("repeat", "ab", 1 << 28));
    }

    @Test
    void searchingAndSlicing() {
        assertEquals(2, call("indexOf", "abcabc", "c"));
        assertEquals(5, call("indexOf", "abcabc", "c", 3));
        assertEquals(6, call("indexOf", "abcabc", "", 10));
        assertEquals(-1, call("indexOf", "abc", "d"));
        assertEquals(5, call("lastIndexOf", "abcabc", "c"));
        assertEquals(2, call("lastIndexOf", "abcabc", "c", 4));
        assertEquals(0, call("lastIndexOf", "abc", "a", -5));
        assertEquals(true, call("includes", "abc", "bc"));
        assertEquals(true, call("startsWith", "abc", "bc", 1));
        assertEquals(true, call("endsWith", "abc", "ab", 2));
        assertEquals(Double.NaN, call("charCodeAt", "abc", 3));
        assertEquals(98, call("charCodeAt", "abc", 1));
        assertEquals(0x1F600, call("codePointAt", "\uD83D\uDE00", 0));
        assertEquals(0xDE00, call("codePointAt", "\uD83D\uDE00", 1));
        assertSame(Undefined.INSTANCE, call("codePointAt", "a", 1));
        assertEquals("c", call("at", "abc", -1));
        assertSame(Undefined.INSTANCE, call("at", "abc", 3));
        assertEquals("bc", call("slice", "abc", -2));
        assertEquals("ab", call("substring", "abc", 2, 0));
        assertEquals("bc", call("substr", "abc", -2, 5));
        assertEquals("b", call("charAt", "abc", 1.9));
        assertEquals("", call("charAt", "abc", -1));
    }

    @Test
    void replaceWithStringPatterns() {
        assertEquals("a-b.c", call("replace", "a.b.c", ".", "-"));
        assertEquals("a-b-c", call("replaceAll", "a.b.c", ".", "-"));
        assertEquals("$xy", call("replace", "xy", "", "$$"));
        assertEquals("x$y", call("replace", "xy", "y", "$$y"));
        assertEquals("[ab]c", call("replace", "abc", "ab", "[$&]"));
        assertEquals("a[a]c", call("replace", "abc", "b", "[$`]"));
        assertEquals("a[c]c", call("replace", "abc", "b", "[$']"));
        assertEquals("a$1c", call("replace", "abc", "b", "$1"));
        assertEquals("a$<x>c", call("replace", "abc", "b", "$<x>"));
        assertEquals("_a_b_", call("replaceAll", "ab", "", "_"));
        BuiltinFunction upper = BuiltinFunction.of(realm, "f", 3,
                (f, t, a, n) -> ((String) a[0]).toUpperCase() + a[1] + (a[2] instanceof String));
        assertEquals("aB1truec", call("replace", "abc", "b", upper));
        assertEquals("B0trueB1true", call("replaceAll", "bb", "b", upper));
    }

    @Test
    void replaceAndSplitDeferToThePatternsMethods() {
        JSObject pattern = newObject();
        pattern.set(Symbol.REPLACE, BuiltinFunction.of(realm, "r", 2, (f, t, a, n) -> "replaced " + a[0] + " " + a[1]));
        pattern.set(Symbol.SPLIT, BuiltinFunction.of(realm, "s", 2, (f, t, a, n) -> "split " + a[0] + " " + a[1]));
        assertEquals("replaced abc x", call("replace", "abc", pattern, "x"));
        assertEquals("split abc 3", call("split", "abc", pattern, 3));
        // Primitives are not asked for Symbol.replace or Symbol.split.
        ((JSObject) path("String.prototype")).set(Symbol.SPLIT, BuiltinFunction.of(realm, "s", 2, (f, t, a, n) -> "wrong"));
        assertEquals(List.of("a", "b"), elements(call("split", "a,b", ",")));
        JSObject regExpLike = newObject();
        regExpLike.set(Symbol.MATCH, true);
        regExpLike.set("flags", "");
        assertThrowsJS("TypeError", () -> call("replaceAll", "abc", regExpLike, "x"));
        assertThrowsJS("TypeError", () -> call("startsWith", "abc", regExpLike));
    }

    @Test
    void split() {
        assertEquals(List.of("a", "b", "", "c"), elements(call("split", "a,b,,c", ",")));
        assertEquals(List.of("a", "b"), elements(call("split", "a,b,,c", ",", 2)));
        assertEquals(List.of("a", "b", "c"), elements(call("split", "abc", "")));
        assertEquals(List.of("a,b"), elements(call("split", "a,b")));
        assertEquals(List.of(""), elements(call("split", "", ",")));
        assertEquals(List.of(), elements(call("split", "", "")));
        assertEquals(List.of(), elements(call("split", "abc", ",", 0)));
        assertEquals(List.of("a", "c"), elements(call("split", "abbc", "bb")));
    }

    private static List<Object> elements(Object array) {
        ArrayObject a = (ArrayObject) array;
        Object[] values = new Object[(int) a.length()];
        for (int i = 0; i < values.length; i++) values[i] = a.get(i);
        return Arrays.asList(values);
    }

    @Test
    void trimAndWellFormed() {
        assertEquals("a b", call("trim", "\u00A0\u2028 \uFEFFa b\u3000\t\n"));
        assertEquals("a ", call("trimStart", " a "));
        assertEquals(" a", call("trimEnd", " a "));
        assertSame(path("String.prototype.trimStart"), path("String.prototype.trimLeft"));
        assertSame(path("String.prototype.trimEnd"), path("String.prototype.trimRight"));
        assertEquals("\u180Ea", call("trim", "\u180Ea")); // Cf since Unicode 6.3, not white space
        assertEquals(false, call("isWellFormed", "a\uD800"));
        assertEquals(true, call("isWellFormed", "a\uD800\uDC00"));
        assertEquals("a\uFFFDb\uFFFD\uD800\uDC00", call("toWellFormed", "a\uDC00b\uD800\uD800\uDC00"));
    }

    @Test
    void constructorAndStatics() {
        assertEquals("Symbol(x)", invoke("String", Symbol.create("x")));
        assertThrowsJS("TypeError", () -> construct("String", Symbol.create("x")));
        StringObject wrapper = (StringObject) construct("String", 12);
        assertEquals("12", wrapper.stringValue());
        assertEquals(2, wrapper.get("length"));
        assertEquals("", invoke("String"));
        assertEquals("AB", invoke("String.fromCharCode", 65, 65536 + 66));
        assertEquals("\uD83D\uDE00a", invoke("String.fromCodePoint", 0x1F600, 97));
        assertThrowsJS("RangeError", () -> invoke("String.fromCodePoint", 0x110000));
        assertThrowsJS("RangeError", () -> invoke("String.fromCodePoint", 1.5));
        JSObject template = newObject();
        template.set("raw", ArrayObject.of(realm, "a", "b", "c"));
        assertEquals("a1b2c", invoke("String.raw", template, 1, 2, 3));
    }

    @Test
    void iteratorStepsByCodePoint() {
        Object it = ObjectOperations.call(((JSObject) path("String.prototype")).get(Symbol.ITERATOR), "a\uD83D\uDE00\uD800b");
        List<Object> values = new ArrayList<>();
        while (true) {
            JSObject result = (JSObject) ObjectOperations.invoke(realm, it, "next");
            if ((Boolean) result.get("done")) break;
            values.add(result.get("value"));
        }
        assertEquals(List.of("a", "\uD83D\uDE00", "\uD800", "b"), values);
        assertEquals("String Iterator", ((JSObject) it).getPrototypeOf().get(Symbol.TO_STRING_TAG));
    }

    @Test
    void annexBHtmlMethods() {
        assertEquals("<a name=\"x&quot;y\">t</a>", call("anchor", "t", "x\"y"));
        assertEquals("<b>t</b>", call("bold", "t"));
        assertEquals("<font size=\"3\">t</font>", call("fontsize", "t", 3));
        assertThrowsJS("TypeError", () -> call("big", Undefined.INSTANCE));
    }
}
