package dev.kiln.runtime.builtins;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/**
 * How the built-in families define their properties, with the attributes ECMA-262 18
 * prescribes unless the spec says otherwise: methods and other data properties writable,
 * non-enumerable and configurable; accessors non-enumerable and configurable; a constructor's
 * "prototype" neither writable nor configurable. Function names follow 10.2.9 SetFunctionName:
 * {@code [Symbol.iterator]} for symbol keys, {@code get size} for getters.
 */
public final class Define {
    private Define() {}

    /** A built-in method {@code target[name]}. */
    public static BuiltinFunction method(Realm realm, JSObject target, String name, int length, BuiltinFunction.Body body) {
        BuiltinFunction f = BuiltinFunction.of(realm, name, length, body);
        target.defineOwn(name, f, Property.HIDDEN);
        return f;
    }

    /** A built-in method keyed by a symbol, named {@code [description]}. */
    public static BuiltinFunction method(Realm realm, JSObject target, Symbol key, int length, BuiltinFunction.Body body) {
        return method(realm, target, key, length, Property.HIDDEN, body);
    }

    /** A symbol-keyed built-in method with the given attributes. */
    public static BuiltinFunction method(Realm realm, JSObject target, Symbol key, int length, int flags, BuiltinFunction.Body body) {
        BuiltinFunction f = BuiltinFunction.of(realm, symbolName(key), length, body);
        target.defineOwn(key, f, flags);
        return f;
    }

    /** An accessor property with a getter only ({@code get name}) and an undefined setter. */
    public static BuiltinFunction getter(Realm realm, JSObject target, Object key, BuiltinFunction.Body body) {
        BuiltinFunction get = BuiltinFunction.of(realm, "get " + keyName(key), 0, body);
        target.defineOwnAccessor(key, get, Undefined.INSTANCE, Property.CONFIGURABLE);
        return get;
    }

    /** An accessor property with a getter ({@code get name}) and a setter ({@code set name}) of one argument. */
    public static void accessor(Realm realm, JSObject target, Object key, BuiltinFunction.Body getter, BuiltinFunction.Body setter) {
        String name = keyName(key);
        BuiltinFunction get = BuiltinFunction.of(realm, "get " + name, 0, getter);
        BuiltinFunction set = BuiltinFunction.of(realm, "set " + name, 1, setter);
        target.defineOwnAccessor(key, get, set, Property.CONFIGURABLE);
    }

    /** A data property that is neither writable, enumerable nor configurable. */
    public static void constant(JSObject target, Object key, Object value) {
        target.defineOwn(key, value, 0);
    }

    /** A data property that is only configurable (e.g. {@code [Symbol.toStringTag]}). */
    public static void configurableConstant(JSObject target, Object key, Object value) {
        target.defineOwn(key, value, Property.CONFIGURABLE);
    }

    /** A writable, non-enumerable, configurable data property. */
    public static void value(JSObject target, Object key, Object value) {
        target.defineOwn(key, value, Property.HIDDEN);
    }

    /**
     * A built-in constructor whose [[Prototype]] is {@code functionPrototype}, linked to its
     * {@code prototype} object both ways: {@code C.prototype} (a constant) and
     * {@code prototype.constructor} (writable, configurable).
     */
    public static BuiltinFunction constructor(Realm realm, JSObject functionPrototype, String name, int length,
                                              JSObject prototype, BuiltinFunction.Body body) {
        BuiltinFunction c = new BuiltinFunction(realm, functionPrototype, name, length, true, body);
        c.defineOwn("prototype", prototype, 0);
        prototype.defineOwn("constructor", c, Property.HIDDEN);
        return c;
    }

    /** The name 10.2.9 SetFunctionName gives a function for a key: the string, or {@code [description]}. */
    public static String keyName(Object key) {
        return key instanceof Symbol s ? symbolName(s) : key.toString();
    }

    private static String symbolName(Symbol s) {
        return s.description() == null ? "" : "[" + s.description() + "]";
    }
}
