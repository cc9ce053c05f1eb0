package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import org.junit.jupiter.api.Test;

class SymbolBooleanTest extends BuiltinsTestSupport {
    @Test
    void symbolConstructorAndRegistry() {
        Symbol s = (Symbol) invoke("Symbol", "d");
        assertEquals("d", s.description());
        assertEquals(null, ((Symbol) invoke("Symbol")).description());
        assertThrowsJS("TypeError", () -> construct("Symbol"));
        Object registered = invoke("Symbol.for", "k");
        assertSame(registered, invoke("Symbol.for", "k"));
        assertEquals("k", invoke("Symbol.keyFor", registered));
        assertEquals(Undefined.INSTANCE, invoke("Symbol.keyFor", s));
        assertEquals(Undefined.INSTANCE, invoke("Symbol.keyFor", Symbol.ITERATOR));
        assertThrowsJS("TypeError", () -> invoke("Symbol.keyFor", "k"));
        assertSame(Symbol.ITERATOR, path("Symbol.iterator"));
        assertEquals(0, ((JSObject) global("Symbol")).getOwnProperty("iterator").flags());
    }

    @Test
    void symbolPrototype() {
        Symbol s = Symbol.create("d");
        assertEquals("Symbol(d)", callOn("Symbol.prototype.toString", s));
        assertEquals("d", callOn("Object.prototype.__lookupGetter__", path("Symbol.prototype"), "description") instanceof JSObject g
                ? g.call(s) : null);
        JSObject wrapper = (JSObject) invoke("Object", s);
        assertSame(s, callOn("Symbol.prototype.valueOf", wrapper));
        JSObject toPrimitive = (JSObject) ((JSObject) path("Symbol.prototype")).get(Symbol.TO_PRIMITIVE);
        assertEquals("[Symbol.toPrimitive]", toPrimitive.get("name"));
        assertSame(s, toPrimitive.call(wrapper, "number"));
        assertThrowsJS("TypeError", () -> callOn("Symbol.prototype.toString", path("Symbol.prototype")));
        assertEquals("Symbol", ((JSObject) path("Symbol.prototype")).get(Symbol.TO_STRING_TAG));
    }

    @Test
    void booleanConstructorAndPrototype() {
        assertEquals(false, invoke("Boolean", ""));
        assertEquals(true, invoke("Boolean", newObject()));
        Object wrapped = construct("Boolean", 0);
        assertTrue(wrapped instanceof PrimitiveWrapper w && w.primitiveValue().equals(false));
        assertEquals("false", callOn("Boolean.prototype.toString", wrapped));
        assertEquals(true, callOn("Boolean.prototype.valueOf", true));
        assertEquals(false, callOn("Boolean.prototype.valueOf", path("Boolean.prototype")));
        assertThrowsJS("TypeError", () -> callOn("Boolean.prototype.valueOf", 1));
    }
}
