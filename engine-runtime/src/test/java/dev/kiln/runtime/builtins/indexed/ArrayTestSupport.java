package dev.kiln.runtime.builtins.indexed;

import dev.kiln.runtime.builtins.BuiltinsTestSupport;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Helpers for tests of the indexed collections and iteration: arrays, callbacks, elements. */
public abstract class ArrayTestSupport extends BuiltinsTestSupport {
    /** {@code target[method](...args)} */
    protected Object callMethod(Object target, String method, Object... args) {
        return ObjectOperations.invoke(realm, target, method, args);
    }

    /** {@code Array.prototype[method].call(target, ...args)} */
    protected Object arrayMethod(String method, Object target, Object... args) {
        return callOn("Array.prototype." + method, target, args);
    }

    protected ArrayObject array(Object... values) {
        return ArrayObject.of(realm, values.clone());
    }

    /** An array with holes where {@code values} has Java nulls. */
    protected ArrayObject arrayWithHoles(Object... values) {
        ArrayObject a = ArrayObject.create(realm, values.length, null);
        for (int i = 0; i < values.length; i++) if (values[i] != null) a.set(Integer.valueOf(i), values[i]);
        return a;
    }

    /** A function whose body is a Java lambda over its arguments. */
    protected BuiltinFunction fn(Function<Object[], Object> body) {
        return BuiltinFunction.of(realm, "f", 0, (f, t, a, n) -> body.apply(a));
    }

    /** The elements 0 .. length-1 of an array-like, Java null for a hole. */
    protected List<Object> elements(Object arrayLike) {
        JSObject o = (JSObject) arrayLike;
        long len = ObjectOperations.lengthOfArrayLike(o);
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < len; i++) {
            Object key = PropertyKey.fromIndex(i);
            out.add(o.hasProperty(key) ? o.get(key) : null);
        }
        return out;
    }

    protected static double num(Object v) {
        return Conversion.toNumber(v);
    }
}
