package dev.kiln.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import org.junit.jupiter.api.function.Executable;

/** Calls into the built-ins of a fresh realm the way compiled code would. */
public abstract class BuiltinsTestSupport {
    protected final Realm realm = new Realm();

    /** A global property, e.g. {@code global("Object")}. */
    protected Object global(String name) {
        return realm.globalObject().get(name);
    }

    /** {@code path} like "Object.prototype.toString" read from the global object. */
    protected Object path(String path) {
        Object v = realm.globalObject();
        for (String part : path.split("\\.")) v = ((JSObject) v).get(part);
        return v;
    }

    /** Calls the function at {@code path} with its holder as this, e.g. {@code invoke("Object.keys", o)}. */
    protected Object invoke(String path, Object... args) {
        int dot = path.lastIndexOf('.');
        Object holder = dot < 0 ? Undefined.INSTANCE : path(path.substring(0, dot));
        return ObjectOperations.call(path(path), holder, args);
    }

    /** Calls the function at {@code path} with the given this value. */
    protected Object callOn(String path, Object thisArg, Object... args) {
        return ObjectOperations.call(path(path), thisArg, args);
    }

    protected Object construct(String path, Object... args) {
        return ObjectOperations.construct(path(path), args, null);
    }

    protected JSObject newObject() {
        return ObjectOperations.newObject(realm);
    }

    /**
     * An iterable object (a fresh iterator per @@iterator call) yielding {@code values}, made of
     * plain objects so that it needs no Array iterator.
     */
    protected JSObject iterable(Object... values) {
        JSObject iterable = newObject();
        iterable.set(dev.kiln.runtime.value.Symbol.ITERATOR, BuiltinFunction.of(realm, "[Symbol.iterator]", 0, (f, t, a, n) -> {
            int[] index = {0};
            JSObject iterator = newObject();
            iterator.set("next", BuiltinFunction.of(realm, "next", 0, (g, t2, a2, n2) ->
                    dev.kiln.runtime.ops.Iteration.createIterResultObject(realm,
                            index[0] < values.length ? values[index[0]] : Undefined.INSTANCE, index[0]++ >= values.length)));
            return iterator;
        }));
        return iterable;
    }

    /** Asserts that {@code code} throws a JavaScript error of the given constructor name and returns the error. */
    protected ErrorObject assertThrowsJS(String errorName, Executable code) {
        JSException e = assertThrows(JSException.class, code);
        Object value = e.value(realm);
        assertTrue(value instanceof ErrorObject, () -> "thrown: " + value);
        ErrorObject error = (ErrorObject) value;
        assertEquals(errorName, Conversion.toString(error.get("name")));
        return error;
    }
}
