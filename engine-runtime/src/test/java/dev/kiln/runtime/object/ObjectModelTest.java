package dev.kiln.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectModelTest {
    @Test
    void objectsBuiltAlikeShareAShape() {
        JSObject a = new JSObject(null), b = new JSObject(null);
        a.set("x", 1);
        a.set("y", 2);
        b.set("x", 3);
        b.set("y", 4);
        assertSame(a.shape, b.shape);
        assertEquals(2, a.get("y"));
        assertEquals(4, b.get("y"));
    }

    @Test
    void ownKeysOrderIndicesThenStringsThenSymbols() {
        JSObject o = new JSObject(null);
        Symbol s = Symbol.create("s");
        o.set(s, 1);
        o.set("b", 1);
        o.set(Integer.valueOf(2), 1);
        o.set("a", 1);
        o.set(Integer.valueOf(0), 1);
        assertEquals(List.of(0, 2, "b", "a", s), o.ownPropertyKeys());
    }

    @Test
    void deletingOutOfOrderKeepsOrderAndValues() {
        JSObject o = new JSObject(null);
        o.set("a", 1);
        o.set("b", 2);
        o.set("c", 3);
        assertTrue(o.delete("b"));
        o.set("b", 4);
        assertEquals(List.of("a", "c", "b"), o.ownPropertyKeys());
        assertEquals(3, o.get("c"));
        assertEquals(4, o.get("b"));
    }

    @Test
    void definePropertyValidates() {
        JSObject o = new JSObject(null);
        assertTrue(o.defineOwnProperty("x", PropertyDescriptor.data(1, false, false, false)));
        assertFalse(o.set("x", 2));
        assertFalse(o.defineOwnProperty("x", new PropertyDescriptor().value(2)));
        assertTrue(o.defineOwnProperty("x", new PropertyDescriptor().value(1)));
        assertFalse(o.delete("x"));
        assertEquals(1, o.get("x"));
    }

    @Test
    void prototypeChainAndReceiver() {
        JSObject proto = new JSObject(null);
        proto.defineOwnProperty("ro", PropertyDescriptor.data(1, false, true, true));
        JSObject o = new JSObject(proto);
        assertEquals(1, o.get("ro"));
        assertFalse(o.set("ro", 2)); // a read-only inherited property blocks assignment
        assertFalse(o.hasOwnProperty("ro"));
        assertTrue(o.set("w", 3));
        assertNull(proto.getOwnProperty("w"));
        assertSame(Undefined.INSTANCE, o.get("missing"));
        assertFalse(proto.setPrototypeOf(o)); // no cycles
    }

    @Test
    void arrayLength() {
        ArrayObject a = new ArrayObject((JSObject) null);
        a.set(Integer.valueOf(0), "a");
        a.set(Integer.valueOf(5), "b");
        assertEquals(6L, a.length());
        assertTrue(a.set("length", 1));
        assertEquals(1L, a.length());
        assertNull(a.getOwnProperty(Integer.valueOf(5)));
        assertEquals(List.of(0, "length"), a.ownPropertyKeys());
        assertThrows(JSException.class, () -> a.set("length", -1));
        assertTrue(a.defineOwnProperty("length", new PropertyDescriptor().writable(false)));
        assertFalse(a.set(Integer.valueOf(7), "c"));
        assertEquals(1L, a.length());
    }

    @Test
    void largeIndicesAreSparseAndUnsigned() {
        ArrayObject a = new ArrayObject((JSObject) null);
        Object key = PropertyKey.fromString("4294967294");
        assertTrue(key instanceof Integer);
        a.set(key, 1);
        assertEquals(4294967295L, a.length());
        assertEquals("4294967295", PropertyKey.fromString("4294967295")); // not an index
    }

    @Test
    void nonConfigurableElementStopsTruncation() {
        ArrayObject a = new ArrayObject((JSObject) null);
        a.set(Integer.valueOf(0), 0);
        a.defineOwnProperty(Integer.valueOf(3), PropertyDescriptor.data(3, true, true, false));
        a.set(Integer.valueOf(5), 5);
        assertFalse(a.set("length", 0));
        assertEquals(4L, a.length());
        assertEquals(0, a.get(Integer.valueOf(0)));
    }
}
