package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/** The runtime semantics of JavaScript's operators (ECMA-262 13), for generated code and built-ins. */
public final class Operators {
    private Operators() {}

    /** 13.10.2 InstanceofOperator */
    public static boolean instanceOf(Object v, Object target) {
        if (!(target instanceof JSObject t)) throw JSException.typeError("Right-hand side of 'instanceof' is not an object");
        Object instOfHandler = ObjectOperations.getMethod(t, Symbol.HAS_INSTANCE);
        if (instOfHandler != Undefined.INSTANCE) {
            return Conversion.toBoolean(ObjectOperations.call(instOfHandler, t, v));
        }
        if (!t.isCallable()) throw JSException.typeError("Right-hand side of 'instanceof' is not callable");
        return ObjectOperations.ordinaryHasInstance(t, v);
    }
}
