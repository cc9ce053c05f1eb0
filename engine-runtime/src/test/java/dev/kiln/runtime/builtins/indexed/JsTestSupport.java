package dev.kiln.runtime.builtins.indexed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Helpers for driving built-ins from JUnit without a compiler. */
public class JsTestSupport {
    protected final Realm realm = new Realm();

    protected Object global(String name) {
        return realm.globalObject().get(name);
    }

    /** {@code target[method](...args)} */
    protected Object invoke(Object target, String method, Object... args) {
        return ObjectOperations.invoke(realm, target, method, args);
    }

    /** {@code Array.prototype[method].call(target, ...args)} */
    protected Object arrayMethod(String method, Object target, Object... args) {
        JSObject proto = (JSObject) ((JSObject) global("Array")).get("prototype");
        return ObjectOperations.call(proto.get(method), target, args);
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

    protected JSObject object() {
        return ObjectOperations.newObject(realm);
    }

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

    /** Runs {@code body} and checks that it throws a JavaScript error of {@code kind}; returns its message. */
    protected String assertThrowsJs(ErrorKind kind, Runnable body) {
        try {
            body.run();
        } catch (JSException e) {
            Object v = e.value(realm);
            JSObject error = (JSObject) v;
            Object name = error.get("name");
            String message = Conversion.toString(error.get("message"));
            if (name == Undefined.INSTANCE) {
                // Error constructors may not be installed: compare the prototype's identity instead.
                assertEquals(realm.intrinsic(Realm.errorPrototype(kind)), error.getPrototypeOf(), message);
            } else {
                assertEquals(kind.constructorName(), Conversion.toString(name), message);
            }
            return message;
        }
        fail("expected a " + kind.constructorName());
        return null;
    }
}
