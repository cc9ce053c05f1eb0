package dev.kiln.runtime.builtins.fundamental;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;

/**
 * 20.5.3 Properties of the Error Prototype Object, and the "name" and "message" every
 * NativeError and AggregateError prototype has (20.5.6.3, 20.5.7.3).
 */
final class ErrorPrototype {
    private ErrorPrototype() {}

    /** An error prototype (ordinary, no [[ErrorData]]) with its "message" and "name". */
    static JSObject create(JSObject parent, ErrorKind kind) {
        JSObject proto = new JSObject(parent);
        Define.value(proto, "message", "");
        Define.value(proto, "name", kind.constructorName());
        return proto;
    }

    /** The methods only %Error.prototype% has. */
    static void install(Realm realm, JSObject proto) {
        Define.method(realm, proto, "toString", 0, ErrorPrototype::toStringMethod);
    }

    // 20.5.3.4 Error.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(thisArg instanceof JSObject o)) {
            throw f.realm().typeError("Error.prototype.toString requires that 'this' be an Object");
        }
        return errorToString(f.realm(), o);
    }

    /** 20.5.3.4 Error.prototype.toString steps 3-9 on an object. */
    static String errorToString(Realm realm, JSObject o) {
        Object name = o.get("name", o);
        String n = name == Undefined.INSTANCE ? "Error" : Conversion.toString(name);
        Object msg = o.get("message", o);
        String m = msg == Undefined.INSTANCE ? "" : Conversion.toString(msg);
        if (n.isEmpty()) return m;
        if (m.isEmpty()) return n;
        return n + ": " + m;
    }
}
