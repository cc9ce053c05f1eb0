package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectBuiltinsTest extends BuiltinsTestSupport {
    private JSObject descriptor(Object... keyValues) {
        JSObject d = newObject();
        for (int i = 0; i < keyValues.length; i += 2) d.set(keyValues[i], keyValues[i + 1]);
        return d;
    }

    private JSObject getOwnPropertyDescriptor(Object o, Object key) {
        return (JSObject) invoke("Object.getOwnPropertyDescriptor", o, key);
    }

    @Test
    void intrinsicsAreLinked() {
        JSObject object = realm.intrinsic(Intrinsic.OBJECT);
        assertSame(object, global("Object"));
        assertSame(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), object.get("prototype"));
        assertSame(object, realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE).get("constructor"));
        assertSame(realm.intrinsic(Intrinsic.FUNCTION), realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE).get("constructor"));
        JSObject protoDesc = getOwnPropertyDescriptor(object, "prototype");
        assertEquals(false, protoDesc.get("writable"));
        assertEquals(false, protoDesc.get("configurable"));
    }

    @Test
    void definePropertyDefaultsAbsentAttributesToFalse() {
        JSObject o = newObject();
        invoke("Object.defineProperty", o, "x", descriptor("value", 1));
        JSObject d = getOwnPropertyDescriptor(o, "x");
        assertEquals(1, d.get("value"));
        assertEquals(false, d.get("writable"));
        assertEquals(false, d.get("enumerable"));
        assertEquals(false, d.get("configurable"));
        assertEquals(List.of("value", "writable", "enumerable", "configurable"), keysOf(d));
    }

    @Test
    void definePropertyRejectsIncompatibleRedefinition() {
        JSObject o = newObject();
        invoke("Object.defineProperty", o, "x", descriptor("value", 1));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", descriptor("value", 2)));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", descriptor("enumerable", true)));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", descriptor("get", Undefined.INSTANCE)));
        // the same value (SameValue) is no change and allowed
        invoke("Object.defineProperty", o, "x", descriptor("value", 1.0));
        invoke("Object.defineProperty", o, "z", descriptor("value", -0.0));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "z", descriptor("value", 0)));
        assertEquals(false, invoke("Reflect.defineProperty", o, "x", descriptor("value", 2)));
    }

    @Test
    void toPropertyDescriptorValidatesAndReadsInSpecOrder() {
        JSObject o = newObject();
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", 1));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", descriptor("get", 1)));
        BuiltinFunction getter = BuiltinFunction.of(realm, "g", 0, (f, t, a, n) -> 1);
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", descriptor("get", getter, "value", 1)));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "x", descriptor("set", getter, "writable", false)));

        List<String> reads = new ArrayList<>();
        JSObject recording = newObject();
        for (String key : List.of("get", "set", "value", "writable", "enumerable", "configurable")) {
            recording.defineOwnAccessor(key, BuiltinFunction.of(realm, key, 0, (f, t, a, n) -> {
                reads.add(key);
                return Undefined.INSTANCE;
            }), Undefined.INSTANCE, dev.kiln.runtime.shape.Property.CONFIGURABLE);
        }
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", o, "y", recording));
        assertEquals(List.of("enumerable", "configurable", "value", "writable", "get", "set"), reads);
    }

    @Test
    void accessorDescriptorsRoundTrip() {
        JSObject o = newObject();
        BuiltinFunction getter = BuiltinFunction.of(realm, "g", 0, (f, t, a, n) -> 42);
        invoke("Object.defineProperty", o, "x", descriptor("get", getter, "configurable", true));
        assertEquals(42, o.get("x"));
        JSObject d = getOwnPropertyDescriptor(o, "x");
        assertSame(getter, d.get("get"));
        assertSame(Undefined.INSTANCE, d.get("set"));
        assertEquals(List.of("get", "set", "enumerable", "configurable"), keysOf(d));
        assertSame(getter, callOn("Object.prototype.__lookupGetter__", invoke("Object.create", o), "x"));
    }

    @Test
    void freezeAndSealArrays() {
        ArrayObject a = ArrayObject.of(realm, 1, 2, 3);
        assertSame(a, invoke("Object.seal", a));
        assertEquals(true, invoke("Object.isSealed", a));
        assertEquals(false, invoke("Object.isFrozen", a));
        assertTrue(a.set(Integer.valueOf(0), 10));
        assertFalse(a.delete(Integer.valueOf(1)));
        assertFalse(a.set(Integer.valueOf(3), 4));
        assertEquals(3L, a.length());

        ArrayObject b = ArrayObject.of(realm, 1, 2, 3);
        invoke("Object.freeze", b);
        assertEquals(true, invoke("Object.isFrozen", b));
        assertFalse(b.set(Integer.valueOf(0), 10));
        assertEquals(1, b.get(Integer.valueOf(0)));
        assertFalse(b.set("length", 0));
        JSObject lengthDesc = getOwnPropertyDescriptor(b, "length");
        assertEquals(false, lengthDesc.get("writable"));
        assertThrowsJS("TypeError", () -> invoke("Object.defineProperty", b, "length", descriptor("value", 0)));
        // primitives are returned as they are
        assertEquals(5, invoke("Object.freeze", 5));
        assertEquals(true, invoke("Object.isFrozen", "s"));
    }

    @Test
    void frozenObjectWithAccessorsKeepsThemCallable() {
        JSObject o = newObject();
        o.set("a", 1);
        BuiltinFunction getter = BuiltinFunction.of(realm, "g", 0, (f, t, a, n) -> 7);
        o.defineOwnAccessor("b", getter, Undefined.INSTANCE, dev.kiln.runtime.shape.Property.DEFAULT & ~dev.kiln.runtime.shape.Property.WRITABLE);
        invoke("Object.freeze", o);
        assertEquals(true, invoke("Object.isFrozen", o));
        assertEquals(7, o.get("b"));
        assertEquals(false, invoke("Object.isExtensible", o));
    }

    @Test
    void freezeAndSealOrdinaryObjectsOfAnySize() {
        for (int size : new int[] {3, 20, 300}) {
            JSObject frozen = newObject();
            JSObject sealed = newObject();
            for (int i = 0; i < size; i++) {
                frozen.set("p" + i, i);
                sealed.set("p" + i, i);
            }
            frozen.set(Integer.valueOf(0), "e");
            sealed.set(Integer.valueOf(0), "e");
            invoke("Object.freeze", frozen);
            invoke("Object.seal", sealed);
            assertEquals(true, invoke("Object.isFrozen", frozen));
            assertEquals(true, invoke("Object.isSealed", sealed));
            assertEquals(false, invoke("Object.isFrozen", sealed));
            assertFalse(frozen.set("p1", 9));
            assertFalse(frozen.set(Integer.valueOf(0), 9));
            assertTrue(sealed.set("p1", 9));
            assertTrue(sealed.set(Integer.valueOf(0), 9));
            assertFalse(sealed.delete("p2"));
            assertFalse(sealed.set("new", 1));
            assertEquals(size - 1, frozen.get("p" + (size - 1)));
            assertEquals(9, sealed.get("p1"));
        }
    }

    @Test
    void keysValuesEntriesAndAssign() {
        JSObject o = newObject();
        o.set("b", 1);
        o.set(Integer.valueOf(1), "one");
        o.set("a", 2);
        o.set(Symbol.create("s"), 3);
        assertEquals(List.of("1", "b", "a"), arrayToList(invoke("Object.keys", o)));
        assertEquals(List.of("one", 1, 2), arrayToList(invoke("Object.values", o)));
        List<Object> entries = arrayToList(invoke("Object.entries", o));
        assertEquals(List.of("b", 1), arrayToList(entries.get(1)));
        JSObject target = newObject();
        assertSame(target, invoke("Object.assign", target, Null.INSTANCE, o, Undefined.INSTANCE));
        assertEquals(4, keysOf(target).size());
        assertThrowsJS("TypeError", () -> invoke("Object.assign", Undefined.INSTANCE));
        JSObject fromString = (JSObject) invoke("Object.assign", newObject(), "ab");
        assertEquals("b", fromString.get(Integer.valueOf(1)));
    }

    @Test
    void groupByAndFromEntriesIterateArrays() {
        JSObject items = iterable(1, 2, 3, 4, 5);
        BuiltinFunction parity = BuiltinFunction.of(realm, "p", 2, (f, t, a, n) -> ((Integer) a[0]) % 2 == 0 ? "even" : "odd");
        JSObject groups = (JSObject) invoke("Object.groupBy", items, parity);
        assertSame(null, groups.getPrototypeOf());
        assertEquals(List.of("odd", "even"), keysOf(groups));
        assertEquals(List.of(1, 3, 5), arrayToList(groups.get("odd")));
        assertThrowsJS("TypeError", () -> invoke("Object.groupBy", items, 1));
        assertThrowsJS("TypeError", () -> invoke("Object.groupBy", Null.INSTANCE, parity));

        JSObject obj = (JSObject) invoke("Object.fromEntries",
                iterable(ArrayObject.of(realm, "a", 1), ArrayObject.of(realm, 2, "two")));
        assertEquals(1, obj.get("a"));
        assertEquals("two", obj.get(Integer.valueOf(2)));
        assertThrowsJS("TypeError", () -> invoke("Object.fromEntries", iterable(1)));
    }

    @Test
    void prototypeOperations() {
        JSObject proto = newObject();
        JSObject o = (JSObject) invoke("Object.create", proto);
        assertSame(proto, invoke("Object.getPrototypeOf", o));
        assertEquals(true, callOn("Object.prototype.isPrototypeOf", proto, o));
        assertThrowsJS("TypeError", () -> invoke("Object.setPrototypeOf", proto, o));
        assertThrowsJS("TypeError", () -> invoke("Object.setPrototypeOf", Undefined.INSTANCE, proto));
        assertEquals(1, invoke("Object.setPrototypeOf", 1, Null.INSTANCE));
        invoke("Object.preventExtensions", o);
        assertThrowsJS("TypeError", () -> invoke("Object.setPrototypeOf", o, Null.INSTANCE));
        // %Object.prototype% is an immutable prototype exotic object
        assertThrowsJS("TypeError", () -> invoke("Object.setPrototypeOf", path("Object.prototype"), newObject()));
        assertEquals(false, invoke("Reflect.setPrototypeOf", path("Object.prototype"), newObject()));
        assertSame(Null.INSTANCE, invoke("Reflect.getPrototypeOf", path("Object.prototype")));
        // the __proto__ accessor
        JSObject p = newObject();
        JSObject x = newObject();
        JSObject protoAccessor = getOwnPropertyDescriptor(path("Object.prototype"), "__proto__");
        ((JSObject) protoAccessor.get("set")).call(x, p);
        assertSame(p, ((JSObject) protoAccessor.get("get")).call(x));
        assertEquals("get __proto__", ((JSObject) protoAccessor.get("get")).get("name"));
    }

    @Test
    void objectConstructorConvertsAndCreates() {
        Object wrapped = invoke("Object", true);
        assertTrue(wrapped instanceof PrimitiveWrapper w && w.primitiveValue().equals(true));
        JSObject o = newObject();
        assertSame(o, invoke("Object", o));
        JSObject made = (JSObject) construct("Object");
        assertSame(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), made.getPrototypeOf());
        assertEquals(List.of("0", "length"), arrayToList(invoke("Object.getOwnPropertyNames", "x")));
    }

    @Test
    void toStringTags() {
        assertEquals("[object Undefined]", callOn("Object.prototype.toString", Undefined.INSTANCE));
        assertEquals("[object Null]", callOn("Object.prototype.toString", Null.INSTANCE));
        assertEquals("[object Array]", callOn("Object.prototype.toString", ArrayObject.of(realm)));
        assertEquals("[object Function]", callOn("Object.prototype.toString", path("Object")));
        assertEquals("[object Error]", callOn("Object.prototype.toString", construct("TypeError", "x")));
        assertEquals("[object Boolean]", callOn("Object.prototype.toString", true));
        assertEquals("[object Boolean]", callOn("Object.prototype.toString", path("Boolean.prototype")));
        assertEquals("[object Number]", callOn("Object.prototype.toString", 1.5));
        assertEquals("[object String]", callOn("Object.prototype.toString", "s"));
        assertEquals("[object Symbol]", callOn("Object.prototype.toString", Symbol.ITERATOR));
        assertEquals("[object Reflect]", callOn("Object.prototype.toString", global("Reflect")));
        assertEquals("[object Object]", callOn("Object.prototype.toString", path("Error.prototype")));
        JSObject tagged = newObject();
        tagged.set(Symbol.TO_STRING_TAG, "Custom");
        assertEquals("[object Custom]", callOn("Object.prototype.toString", tagged));
        tagged.set(Symbol.TO_STRING_TAG, 5);
        assertEquals("[object Object]", callOn("Object.prototype.toString", tagged));
        // toLocaleString invokes toString on the this value
        assertEquals("[object Undefined]", callOn("Object.prototype.toString", Undefined.INSTANCE));
        assertEquals("true", callOn("Object.prototype.toLocaleString", true));
    }

    @Test
    void hasOwnPropertyConvertsTheKeyFirst() {
        List<String> order = new ArrayList<>();
        JSObject key = newObject();
        key.set("toString", BuiltinFunction.of(realm, "toString", 0, (f, t, a, n) -> {
            order.add("key");
            return "k";
        }));
        assertThrowsJS("TypeError", () -> callOn("Object.prototype.hasOwnProperty", Undefined.INSTANCE, key));
        assertEquals(List.of("key"), order);
        JSObject o = newObject();
        o.set("k", 1);
        assertEquals(true, callOn("Object.prototype.hasOwnProperty", o, key));
        assertEquals(true, invoke("Object.hasOwn", o, "k"));
        assertEquals(true, callOn("Object.prototype.propertyIsEnumerable", o, "k"));
        assertEquals(false, callOn("Object.prototype.propertyIsEnumerable", ArrayObject.of(realm), "length"));
    }

    @Test
    void reflectMethods() {
        JSObject o = newObject();
        assertEquals(true, invoke("Reflect.set", o, "a", 1));
        assertEquals(1, invoke("Reflect.get", o, "a"));
        assertEquals(true, invoke("Reflect.has", o, "toString"));
        assertEquals(List.of("a"), arrayToList(invoke("Reflect.ownKeys", o)));
        assertEquals(true, invoke("Reflect.deleteProperty", o, "a"));
        assertThrowsJS("TypeError", () -> invoke("Reflect.get", 1, "a"));
        BuiltinFunction sum = BuiltinFunction.of(realm, "sum", 2, (f, t, a, n) -> (Integer) a[0] + (Integer) a[1]);
        assertEquals(3, invoke("Reflect.apply", sum, Undefined.INSTANCE, ArrayObject.of(realm, 1, 2)));
        assertThrowsJS("TypeError", () -> invoke("Reflect.apply", sum, Undefined.INSTANCE, 1));
        assertThrowsJS("TypeError", () -> invoke("Reflect.construct", sum, ArrayObject.of(realm)));
        Object err = invoke("Reflect.construct", path("Error"), ArrayObject.of(realm, "m"), path("TypeError"));
        assertSame(path("TypeError.prototype"), ((JSObject) err).getPrototypeOf());
        assertEquals(true, invoke("Reflect.preventExtensions", o));
        assertEquals(false, invoke("Reflect.isExtensible", o));
    }

    static List<Object> keysOf(JSObject o) {
        List<Object> keys = new ArrayList<>();
        for (Object k : o.ownPropertyKeys()) keys.add(dev.kiln.runtime.object.PropertyKey.toValue(k));
        return keys;
    }

    static List<Object> arrayToList(Object array) {
        ArrayObject a = (ArrayObject) array;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) out.add(a.get(Integer.valueOf(i)));
        return out;
    }
}
