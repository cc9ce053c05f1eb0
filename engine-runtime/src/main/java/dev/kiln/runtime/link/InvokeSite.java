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
    private static final MethodHandle MISS, GENERIC, DATA_IS, IS_IDENTICAL, CALL_OBJECT;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MethodType missType = MethodType.methodType(Object.class, Object.class, Object.class, Object[].class);
            MISS = l.findVirtual(InvokeSite.class, "miss", missType);
            GENERIC = l.findVirtual(InvokeSite.class, "generic", missType);
            DATA_IS = l.findStatic(InvokeSite.class, "dataIs",
                    MethodType.methodType(boolean.class, FunctionData.class, Object.class));
            IS_IDENTICAL = l.findStatic(InvokeSite.class, "isIdentical",
                    MethodType.methodType(boolean.class, Object.class, Object.class));
            CALL_OBJECT = l.findStatic(InvokeSite.class, "callObject", missType.insertParameterTypes(0, JSObject.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    /** The callee expression's text, for "x is not a function". */
    private final String description;
    private final boolean spread;
    private int cases;
    private int calls;
    /** Calls through a site before it links its callees directly. */
    static final int WARM = 8;

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
        // Code that runs a few times is not worth linking (and the linking costs more than the calls).
        if (calls < WARM) {
            calls++;
            return generic(callee, thisArg, args);
        }
        if (cases < PropertyGetSite.MAX_CASES) {
            if (callee instanceof ScriptFunction f) {
                if (!f.data().is(FunctionData.CLASS_CONSTRUCTOR)) link(f.data());
            } else if (callee instanceof JSObject o && o.isCallable()) {
                linkObject(o);
            }
        }
        return generic(callee, thisArg, args);
    }

    /** Any other callable (a built-in, a bound function): a direct [[Call]] of that very object. */
    private void linkObject(JSObject callee) {
        MethodHandle direct = adapt(CALL_OBJECT.bindTo(callee));
        MethodHandle guard = MethodHandles.insertArguments(IS_IDENTICAL, 0, callee);
        guard = MethodHandles.dropArguments(guard, 1, type().parameterList().subList(1, type().parameterCount()));
        cases++;
        // The chain so far stays in front (its last fallback, miss, calls generically once full).
        MethodHandle fallback = getTarget();
        setTarget(MethodHandles.guardWithTest(guard, direct, fallback));
    }

    private static boolean isIdentical(Object expected, Object callee) {
        return callee == expected;
    }

    private static Object callObject(JSObject callee, Object ignoredCallee, Object thisArg, Object[] args) {
        return callee.call(thisArg, args);
    }

    private Object generic(Object callee, Object thisArg, Object[] args) {
        if (callee instanceof JSObject o && o.isCallable()) return o.call(thisArg, args);
        throw realm.typeError(description + " is not a function");
    }

    private void link(FunctionData data) {
        MethodHandle direct = directCall(data, Undefined.INSTANCE, type());
        if (direct == null) {
            // body: (ScriptFunction, Object this, Object newTarget, Object[] args), new.target undefined
            MethodHandle body = MethodHandles.insertArguments(data.body(), 2, Undefined.INSTANCE);
            direct = adapt(body.asType(MethodType.methodType(Object.class, Object.class, Object.class, Object[].class)));
        }
        MethodHandle guard = MethodHandles.insertArguments(DATA_IS, 0, data);
        guard = MethodHandles.dropArguments(guard, 1, type().parameterList().subList(1, type().parameterCount()));
        cases++;
        // The chain so far stays in front (its last fallback, miss, calls generically once full).
        MethodHandle fallback = getTarget();
        setTarget(MethodHandles.guardWithTest(guard, direct, fallback));
    }

    /**
     * The function's fixed-arity entry adapted to a call site of type {@code (Object callee, Object
     * this, Object... args)Object}: extra arguments dropped, missing ones undefined. Null if the
     * function has no fixed-arity entry or the site passes an array.
     */
    static MethodHandle directCall(FunctionData data, Object newTarget, MethodType siteType) {
        if (data.arity() < 0 || siteType.parameterList().contains(Object[].class)) return null;
        int n = data.arity();
        int k = siteType.parameterCount() - 2;
        MethodHandle d = MethodHandles.insertArguments(data.direct(), 2, newTarget);
        if (k > n) {
            d = MethodHandles.dropArguments(d, 2 + n, java.util.Collections.nCopies(k - n, Object.class));
        } else if (k < n) {
            Object[] missing = new Object[n - k];
            java.util.Arrays.fill(missing, Undefined.INSTANCE);
            d = MethodHandles.insertArguments(d, 2 + k, missing);
        }
        return d.asType(siteType);
    }

    private static boolean dataIs(FunctionData data, Object callee) {
        return callee instanceof ScriptFunction f && f.data() == data;
    }
}
