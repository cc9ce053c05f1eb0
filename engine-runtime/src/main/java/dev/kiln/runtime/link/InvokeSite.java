package dev.kiln.runtime.link;

import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * An inline cache for a call {@code f(args)} (13.3.6.2 EvaluateCall). The site's type is
 * {@code (Object callee, Object this, Object... args)Object} with the argument count of the call
 * expression, or {@code (Object, Object, Object[])Object} for calls with spread.
 *
 * <p>A callee that is a closure of compiled code links directly to its function's body, guarded
 * by the function's {@link FunctionData} (so every closure of the same literal hits), which lets
 * the JIT inline JavaScript calls. Other callees take [[Call]].
 */
public final class InvokeSite extends MutableCallSite {
    private static final MethodHandle MISS, GENERIC, DATA_IS;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MethodType missType = MethodType.methodType(Object.class, Object.class, Object.class, Object[].class);
            MISS = l.findVirtual(InvokeSite.class, "miss", missType);
            GENERIC = l.findVirtual(InvokeSite.class, "generic", missType);
            DATA_IS = l.findStatic(InvokeSite.class, "dataIs",
                    MethodType.methodType(boolean.class, FunctionData.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    /** The callee expression's text, for "x is not a function". */
    private final String description;
    private final boolean spread;
    private int cases;

    InvokeSite(Realm realm, String description, MethodType type) {
        super(type);
        this.realm = realm;
        this.description = description;
        this.spread = type.parameterCount() == 3 && type.parameterType(2) == Object[].class;
        setTarget(adapt(MISS.bindTo(this)));
    }

    /** A handle of type (Object, Object, Object[])Object adapted to this site's type. */
    private MethodHandle adapt(MethodHandle arrayForm) {
        if (spread) return arrayForm.asType(type());
        int n = type().parameterCount() - 2;
        return arrayForm.asCollector(Object[].class, n).asType(type());
    }

    private Object miss(Object callee, Object thisArg, Object[] args) {
        if (cases < PropertyGetSite.MAX_CASES && callee instanceof ScriptFunction f
                && !f.data().is(FunctionData.CLASS_CONSTRUCTOR)) {
            link(f.data());
        }
        return generic(callee, thisArg, args);
    }

    private Object generic(Object callee, Object thisArg, Object[] args) {
        if (callee instanceof JSObject o && o.isCallable()) return o.call(thisArg, args);
        throw realm.typeError(description + " is not a function");
    }

    private void link(FunctionData data) {
        // body: (ScriptFunction, Object this, Object newTarget, Object[] args) -> with new.target undefined
        MethodHandle body = MethodHandles.insertArguments(data.body(), 2, Undefined.INSTANCE);
        MethodHandle direct = adapt(body.asType(MethodType.methodType(Object.class, Object.class, Object.class, Object[].class)));
        MethodHandle guard = MethodHandles.insertArguments(DATA_IS, 0, data);
        guard = MethodHandles.dropArguments(guard, 1, type().parameterList().subList(1, type().parameterCount()));
        cases++;
        MethodHandle fallback = cases == PropertyGetSite.MAX_CASES ? adapt(GENERIC.bindTo(this)) : getTarget();
        setTarget(MethodHandles.guardWithTest(guard, direct, fallback));
    }

    private static boolean dataIs(FunctionData data, Object callee) {
        return callee instanceof ScriptFunction f && f.data() == data;
    }
}
