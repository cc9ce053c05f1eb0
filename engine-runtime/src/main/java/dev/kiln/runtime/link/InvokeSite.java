package dev.kiln.runtime.link;

import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
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
    private static final MethodHandle MISS, GENERIC, DATA_IS, IS_IDENTICAL, CALL_OBJECT, TARGET_IS, APPLY_ARGUMENTS;

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
            TARGET_IS = l.findStatic(InvokeSite.class, "targetIs",
                    MethodType.methodType(boolean.class, JSObject.class, FunctionData.class, Object.class, Object.class));
            APPLY_ARGUMENTS = l.findStatic(InvokeSite.class, "applyArguments",
                    MethodType.methodType(Object[].class, Object.class));
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
            } else if (!linkCallOrApply(callee, thisArg) && callee instanceof JSObject o && o.isCallable()) {
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
        addCase(guard, direct);
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
        MethodHandle guard = MethodHandles.insertArguments(DATA_IS, 0, data);
        guard = MethodHandles.dropArguments(guard, 1, type().parameterList().subList(1, type().parameterCount()));
        addCase(guard, entry(data, type()));
    }

    /**
     * {@code f.call(thisArg, ...args)} and {@code f.apply(thisArg, array)} where {@code b} is
     * %Function.prototype.call% or %Function.prototype.apply% of some realm and f a compiled
     * function: the case calls f's code directly (what 20.2.3.3 and 20.2.3.1 would end up doing),
     * guarded by b's identity and f's {@link FunctionData}. False if the callee is neither, f is
     * not compiled code, or the call's shape does not fit (spread, or apply with other than two
     * arguments).
     */
    private boolean linkCallOrApply(Object callee, Object f) {
        if (spread || !(callee instanceof BuiltinFunction b) || !(f instanceof ScriptFunction sf)) return false;
        FunctionData data = sf.data();
        if (data.is(FunctionData.CLASS_CONSTRUCTOR)) return false;
        int argCount = type().parameterCount() - 2;
        MethodHandle target;
        if (b == b.realm().intrinsic(Intrinsic.FUNCTION_PROTOTYPE_CALL) && argCount >= 1) {
            // (callee, f, thisArg, args...) -> f's entry (f, thisArg, args...)
            target = MethodHandles.dropArguments(entry(data, type().dropParameterTypes(0, 1)), 0, Object.class);
        } else if (b == b.realm().intrinsic(Intrinsic.FUNCTION_PROTOTYPE_APPLY) && argCount == 2) {
            // (callee, f, thisArg, array) -> body (f, thisArg, undefined, CreateListFromArrayLike(array))
            MethodHandle body = MethodHandles.insertArguments(data.body(), 2, Undefined.INSTANCE);
            body = MethodHandles.filterArguments(body, 2, APPLY_ARGUMENTS);
            target = MethodHandles.dropArguments(body, 0, Object.class).asType(type());
        } else {
            return false;
        }
        MethodHandle guard = MethodHandles.insertArguments(TARGET_IS, 0, b, data);
        guard = MethodHandles.dropArguments(guard, 2, type().parameterList().subList(2, type().parameterCount()));
        addCase(guard, target);
        return true;
    }

    /** A new case in front of the chain so far (whose last fallback, miss, calls generically once full). */
    private void addCase(MethodHandle guard, MethodHandle target) {
        cases++;
        setTarget(MethodHandles.guardWithTest(guard, target, getTarget()));
    }

    /**
     * The code of {@code data} called with new.target undefined, as a handle of {@code type}
     * {@code (Object f, Object this, Object... args)Object}: the fixed-arity entry when it has
     * one, else the body with the arguments collected.
     */
    private static MethodHandle entry(FunctionData data, MethodType type) {
        MethodHandle direct = directCall(data, Undefined.INSTANCE, type);
        if (direct != null) return direct;
        // body: (ScriptFunction, Object this, Object newTarget, Object[] args)
        MethodHandle body = MethodHandles.insertArguments(data.body(), 2, Undefined.INSTANCE)
                .asType(MethodType.methodType(Object.class, Object.class, Object.class, Object[].class));
        return body.asCollector(Object[].class, type.parameterCount() - 2).asType(type);
    }

    private static boolean targetIs(JSObject builtin, FunctionData data, Object callee, Object f) {
        return callee == builtin && f instanceof ScriptFunction sf && sf.data() == data;
    }

    /** 20.2.3.1 steps 3-4: no arguments for undefined or null, else CreateListFromArrayLike. */
    private static Object[] applyArguments(Object argArray) {
        if (argArray == Undefined.INSTANCE || argArray == Null.INSTANCE) {
            return ObjectOperations.NO_ARGS;
        }
        return ObjectOperations.createListFromArrayLike(argArray);
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
