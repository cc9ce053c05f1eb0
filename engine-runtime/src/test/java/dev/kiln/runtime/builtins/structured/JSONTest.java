package dev.kiln.runtime.builtins.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builtins.indexed.ArrayTestSupport;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JSONTest extends ArrayTestSupport {
    private Object parse(String text, Object... reviver) {
        Object[] args = new Object[1 + reviver.length];
        args[0] = text;
        System.arraycopy(reviver, 0, args, 1, reviver.length);
        return invoke("JSON.parse", args);
    }

    private Object stringify(Object... args) {
        return invoke("JSON.stringify", args);
    }

    private String syntaxErrorOf(String text) {
        return assertThrowsJS("SyntaxError", () -> parse(text)).get("message").toString();
    }

    @Test
    void roundTrips() {
        String[] texts = {
            "{\"a\":[1,-2.5,1e+21,true,false,null,\"x\"],\"b\":{\"c\":{}},\"d\":[]}",
            "[\"\\u0000\\b\\t\\n\\f\\r\\\"\\\\\",\"\\ud800\",\"\ud83d\ude00\"]",
            "{\"0\":1,\"__proto__\":2,\"z\":3}",
            "-0.000001",
            "\"plain\"",
        };
        for (String text : texts) assertEquals(text, stringify(parse(text)), text);
        assertEquals("[1.5,0,100]", stringify(parse(" [ 1.5e0 , -0 , 1E2 ] ")));
        JSObject o = (JSObject) parse("{\"__proto__\":[],\"a\":1,\"a\":2}");
        assertSame(realm.intrinsic(dev.kiln.runtime.realm.Intrinsic.OBJECT_PROTOTYPE), o.getPrototypeOf());
        assertEquals(2, o.get("a"));
        assertEquals(-0.0, parse("-0"));
    }

    @Test
    void syntaxErrorsNameTheProblemAndPosition() {
        assertEquals("Expected double-quoted property name in JSON at position 7 (line 1 column 8)", syntaxErrorOf("{\"a\":1,}"));
        assertEquals("Unexpected token ']' in JSON at position 3 (line 1 column 4)", syntaxErrorOf("[1,]"));
        assertEquals("Expected ',' or ']' after array element in JSON at position 3 (line 2 column 1)", syntaxErrorOf("[1\n2]"));
        assertEquals("Expected ':' after property name in JSON at position 5 (line 1 column 6)", syntaxErrorOf("{\"a\" 1}"));
        assertEquals("Unterminated string in JSON at position 4 (line 1 column 5)", syntaxErrorOf("\"abc"));
        assertEquals("Bad escaped character in JSON at position 2 (line 1 column 3)", syntaxErrorOf("\"\\x\""));
        assertEquals("Bad control character in string literal in JSON at position 1 (line 1 column 2)", syntaxErrorOf("\"\u0001\""));
        assertEquals("Unexpected number in JSON at position 1 (line 1 column 2)", syntaxErrorOf("01"));
        assertEquals("No number after minus sign in JSON at position 1 (line 1 column 2)", syntaxErrorOf("-"));
        assertEquals("Unterminated fractional number in JSON at position 2 (line 1 column 3)", syntaxErrorOf("1."));
        assertEquals("Exponent part is missing a number in JSON at position 2 (line 1 column 3)", syntaxErrorOf("1e"));
        assertEquals("Unexpected non-whitespace character after JSON at position 4 (line 1 column 5)", syntaxErrorOf("[1] x"));
        assertEquals("Unexpected end of JSON input", syntaxErrorOf(""));
        assertEquals("Unexpected end of JSON input", syntaxErrorOf("[1,"));
        assertEquals("Unexpected token 'u' in JSON at position 0 (line 1 column 1)", syntaxErrorOf("undefined"));
        assertEquals("Unexpected token 'x' in JSON at position 2 (line 1 column 3)", syntaxErrorOf("trxe"));
        syntaxErrorOf("\u00a01");  // only tab, LF, CR and space are JSON whitespace
        syntaxErrorOf("'a'");
        syntaxErrorOf("+1");
        syntaxErrorOf(".5");
        syntaxErrorOf("0x10");
        syntaxErrorOf("\"\\u12g4\"");
    }

    @Test
    void deepNestingParsesAndDeepSerializationIsARangeError() {
        int depth = 100_000;
        String text = "[".repeat(depth) + "]".repeat(depth);
        Object nested = parse(text);
        int levels = 0;
        for (Object o = nested; o instanceof ArrayObject a && a.length() > 0; o = a.get(0)) levels++;
        assertEquals(depth - 1, levels);
        assertThrowsJS("RangeError", () -> stringify(nested));
        assertThrowsJS("RangeError", () -> parse(text, fn(a -> a[1])));
        syntaxErrorOf("[".repeat(depth));
        // Deep but within the stack: fine.
        assertEquals("[".repeat(500) + "]".repeat(500), stringify(parse("[".repeat(500) + "]".repeat(500))));
    }

    @Test
    void stringifyOptions() {
        JSObject o = (JSObject) parse("{\"a\":1,\"b\":[1,{\"c\":2}],\"d\":{}}");
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    {\n      \"c\": 2\n    }\n  ],\n  \"d\": {}\n}", stringify(o, Undefined.INSTANCE, 2));
        assertEquals("{\nab\"a\": 1,\nab\"b\": [\nabab1,\nabab{\nababab\"c\": 2\nabab}\nab],\nab\"d\": {}\n}", stringify(o, Undefined.INSTANCE, "ab"));
        assertEquals("{\"b\":[1,{}],\"a\":1}", stringify(o, array("b", "a", "b", 1)));
        assertEquals("{\"a\":\"1!\",\"b\":\"obj!\",\"d\":\"obj!\"}",
                stringify(o, fn(a -> a[0].toString().isEmpty() ? a[1] : (a[1] instanceof JSObject ? "obj" : a[1].toString()) + "!")));
        JSObject withToJSON = newObject();
        withToJSON.set("toJSON", fn(a -> "key:" + a[0]));
        assertEquals("{\"k\":\"key:k\"}", stringify(objectWith("k", withToJSON)));
        assertEquals(Undefined.INSTANCE, stringify(Undefined.INSTANCE));
        assertEquals(Undefined.INSTANCE, stringify(fn(a -> 1)));
        assertEquals("[null,null,null]", stringify(array(Undefined.INSTANCE, fn(a -> 1), Double.NaN)));
        assertEquals("{}", stringify(objectWith("f", fn(a -> 1))));
    }

    private JSObject objectWith(String key, Object value) {
        JSObject o = newObject();
        o.set(key, value);
        return o;
    }

    @Test
    void cyclesAreATypeError() {
        JSObject a = newObject();
        ArrayObject arr = array(a);
        a.set("self", arr);
        assertEquals("Converting circular structure to JSON", assertThrowsJS("TypeError", () -> stringify(arr)).get("message"));
        // A repeated (acyclic) reference is fine.
        JSObject shared = newObject();
        assertEquals("[{},{}]", stringify(array(shared, shared)));
    }

    @Test
    void loneSurrogatesAreEscaped() {
        assertEquals("\"\\udead\\ud800a\ud83d\ude00\\udc00\"", stringify("\udead\ud800a\ud83d\ude00\udc00"));
    }

    @Test
    void reviverSeesKeysInOrderAndSourceText() {
        List<String> log = new ArrayList<>();
        Object result = parse("{\"a\": 1.50, \"b\": [\"x\\u0041\", -0], \"c\": null}", fn(args -> {
            Object source = ((JSObject) args[2]).get("source");
            log.add(args[0] + "=" + source);
            return "c".equals(args[0]) ? Undefined.INSTANCE : args[1];
        }));
        assertEquals(List.of("a=1.50", "0=\"x\\u0041\"", "1=-0", "b=undefined", "c=null", "=undefined"), log);
        JSObject o = (JSObject) result;
        assertEquals(List.of("a", "b"), Arrays.asList(o.ownPropertyKeys().toArray()));
        assertEquals(1.5, o.get("a"));
    }

    @Test
    void rawJSON() {
        Object raw = invoke("JSON.rawJSON", "12345678901234567890");
        assertEquals(true, invoke("JSON.isRawJSON", raw));
        assertEquals(false, invoke("JSON.isRawJSON", newObject()));
        assertEquals("{\"big\":12345678901234567890}", stringify(objectWith("big", raw)));
        JSObject r = (JSObject) raw;
        assertEquals(null, r.getPrototypeOf());
        assertTrue(!r.isExtensible());
        assertThrowsJS("SyntaxError", () -> invoke("JSON.rawJSON", "{}"));
        assertThrowsJS("SyntaxError", () -> invoke("JSON.rawJSON", " 1"));
        assertThrowsJS("SyntaxError", () -> invoke("JSON.rawJSON", ""));
        assertThrowsJS("SyntaxError", () -> invoke("JSON.rawJSON", "1 2"));
    }
}
