package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Undefined;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBuiltinsTest extends BuiltinsTestSupport {
    @Test
    void messageAndCauseAreOwnNonEnumerableProperties() {
        JSObject options = newObject();
        options.set("cause", "why");
        ErrorObject e = (ErrorObject) construct("Error", "boom", options);
        assertEquals(Property.HIDDEN, e.getOwnProperty("message").flags());
        assertEquals("why", e.get("cause"));
        assertEquals(Property.HIDDEN, e.getOwnProperty("cause").flags());
        assertEquals("Error: boom", e.get("stack"));
        // cause is installed when present, even if undefined, and only then
        JSObject undefinedCause = newObject();
        undefinedCause.set("cause", Undefined.INSTANCE);
        assertTrue(((JSObject) construct("RangeError", "x", undefinedCause)).hasOwnProperty("cause"));
        assertFalse(((JSObject) construct("RangeError", "x", newObject())).hasOwnProperty("cause"));
        assertFalse(((JSObject) construct("RangeError", "x", "cause")).hasOwnProperty("cause"));
        // an inherited cause counts (HasProperty)
        JSObject inherited = (JSObject) invoke("Object.create", options);
        assertEquals("why", ((JSObject) construct("TypeError", Undefined.INSTANCE, inherited)).get("cause"));
        assertFalse(((JSObject) construct("TypeError")).hasOwnProperty("message"));
    }

    @Test
    void callingAnErrorConstructorConstructs() {
        Object e = invoke("TypeError", "m");
        assertTrue(e instanceof ErrorObject);
        assertSame(path("TypeError.prototype"), ((JSObject) e).getPrototypeOf());
        assertEquals("TypeError: m", callOn("Error.prototype.toString", e));
    }

    @Test
    void realmErrorsMatchConstructedOnes() {
        ErrorObject made = realm.newError(ErrorKind.TYPE_ERROR, "bad");
        ErrorObject constructed = (ErrorObject) construct("TypeError", "bad");
        assertSame(constructed.getPrototypeOf(), made.getPrototypeOf());
        assertSame(constructed.shape, made.shape);
        assertEquals(constructed.get("stack"), made.get("stack"));
    }

    @Test
    void nativeErrorStructure() {
        for (String name : List.of("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")) {
            JSObject c = (JSObject) global(name);
            assertSame(global("Error"), c.getPrototypeOf());
            assertEquals(name, c.get("name"));
            assertEquals(1, c.get("length"));
            JSObject proto = (JSObject) c.get("prototype");
            assertSame(path("Error.prototype"), proto.getPrototypeOf());
            assertEquals(name, proto.get("name"));
            assertEquals("", proto.get("message"));
            assertSame(c, proto.get("constructor"));
            assertFalse(proto instanceof ErrorObject);
        }
    }

    @Test
    void errorToStringFollowsTheSpec() {
        JSObject o = newObject();
        assertEquals("Error", callOn("Error.prototype.toString", o));
        o.set("name", "");
        o.set("message", "only message");
        assertEquals("only message", callOn("Error.prototype.toString", o));
        o.set("name", "N");
        o.set("message", "");
        assertEquals("N", callOn("Error.prototype.toString", o));
        o.set("message", 5);
        assertEquals("N: 5", callOn("Error.prototype.toString", o));
        assertThrowsJS("TypeError", () -> callOn("Error.prototype.toString", "str"));
    }

    @Test
    void aggregateErrorCollectsErrorsAfterMessageAndCause() {
        JSObject options = newObject();
        options.set("cause", 0);
        JSObject e = (JSObject) construct("AggregateError", iterable(1, 2), "msg", options);
        assertEquals(List.of(1, 2), ObjectBuiltinsTest.arrayToList(e.get("errors")));
        assertEquals(Property.HIDDEN, e.getOwnProperty("errors").flags());
        assertEquals("msg", e.get("message"));
        assertEquals(0, e.get("cause"));
        assertSame(path("Error"), ((JSObject) global("AggregateError")).getPrototypeOf());
        assertEquals(2, ((JSObject) global("AggregateError")).get("length"));
        assertThrowsJS("TypeError", () -> construct("AggregateError", true));
        assertThrowsJS("TypeError", () -> construct("AggregateError", newObject()));
    }

    @Test
    void isErrorAndStackTraceApi() {
        assertEquals(true, invoke("Error.isError", construct("URIError")));
        assertEquals(false, invoke("Error.isError", newObject()));
        assertEquals(false, invoke("Error.isError", path("Error.prototype")));
        JSObject o = newObject();
        o.set("message", "hi");
        invoke("Error.captureStackTrace", o);
        assertEquals("Error: hi", o.get("stack"));
        PropertyDescriptor stack = o.getOwnProperty("stack");
        assertFalse(stack.enumerable());
        assertEquals(10, ((JSObject) global("Error")).get("stackTraceLimit"));
        ((JSObject) global("Error")).set("stackTraceLimit", "not a number");
        assertNull(((JSObject) construct("Error", "x")).getOwnProperty("stack"));
        assertThrowsJS("TypeError", () -> invoke("Error.captureStackTrace", 1));
    }

    @Test
    void newTargetSelectsThePrototype() {
        BuiltinFunction newTarget = new BuiltinFunction(realm, "C", 0, true, (f, t, a, n) -> Undefined.INSTANCE);
        JSObject proto = newObject();
        newTarget.defineOwn("prototype", proto, Property.WRITABLE);
        Object e = dev.kiln.runtime.ops.ObjectOperations.construct(global("RangeError"), new Object[] {"m"}, newTarget);
        assertSame(proto, ((JSObject) e).getPrototypeOf());
        newTarget.set("prototype", 1);
        Object fallback = dev.kiln.runtime.ops.ObjectOperations.construct(global("RangeError"), new Object[] {"m"}, newTarget);
        assertSame(path("RangeError.prototype"), ((JSObject) fallback).getPrototypeOf());
    }
}
