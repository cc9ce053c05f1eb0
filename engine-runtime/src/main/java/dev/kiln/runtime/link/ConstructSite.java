package dev.kiln.runtime.link;

import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;

/**
 * An inline cache for {@code new F(args)} (13.3.5.1.1 EvaluateNew). Its type is
 * {@code (Object callee, Object... args)Object}, or {@code (Object, Object[])Object} with spread.
 * A constructor of compiled code links straight to its function's fixed-arity entry, with the
 * this object made inline (10.2.2 [[Construct]] steps 3-12), guarded by its FunctionData.
 */
public final class ConstructSite extends MutableCallSite {
    private static final MethodHandle MISS, ALLOCATE, FINISH, DATA_IS;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MISS = l.findVirtual(ConstructSite.class, "miss", MethodType.methodType(Object.class, Object.class, Object[].class));
            ALLOCATE = l.findStatic(ConstructSite.class, "allocate", MethodType.methodType(Object.class, Object.class));
            FINISH = l.findStatic(ConstructSite.class, "finish", MethodType.methodType(Object.class, Object.class, Object.class));
            DATA_IS = l.findStatic(ConstructSite.class, "dataIs", MethodType.methodType(boolean.class, FunctionData.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final String description;
    private final boolean spread;
    private int cases;
    private int calls;

    ConstructSite(Realm realm, String description, MethodType type) {
        super(type);
        this.realm = realm;
        this.description = description;
        this.spread = type.parameterCount() == 2 && type.parameterType(1) == Object[].class;
        setTarget(adapt(MISS.bindTo(this)));
    }

    private MethodHandle adapt(MethodHandle arrayForm) {
        if (spread) return arrayForm.asType(type());
        return arrayForm.asCollector(Object[].class, type().parameterCount() - 1).asType(type());
    }

    private Object miss(Object callee, Object[] args) {
        if (calls < InvokeSite.WARM) calls++;
        else if (cases < PropertyGetSite.MAX_CASES && callee instanceof ScriptFunction f && f.isConstructor()) link(f.data());
        if (!(callee instanceof JSObject c) || !c.isConstructor()) throw realm.typeError(description + " is not a constructor");
        return c.construct(args, c);
    }

    private void link(FunctionData data) {
        if (spread) return;
        int k = type().parameterCount() - 1;
        MethodHandle direct = data.arity() >= 0 ? fixedEntry(data, k) : arrayEntry(data, k); // (callee, this, newTarget, args...)
        MethodHandle body;
        if (data.is(FunctionData.DERIVED)) {
            // The body makes this itself (via super) and returns the final value.
            body = MethodHandles.insertArguments(direct, 1, dev.kiln.runtime.value.Undefined.INSTANCE); // (callee, nt, args)
            body = MethodHandles.permuteArguments(body, type(), permutation(k, true));
        } else {
            // (t, callee, args...) -> body(callee, t, callee, args...)
            MethodType withThis = type().insertParameterTypes(0, Object.class);
            MethodHandle call = MethodHandles.permuteArguments(direct, withThis, permutation(k, false));
            MethodHandle finish = MethodHandles.dropArguments(FINISH, 2, type().parameterList());
            MethodHandle folded = MethodHandles.foldArguments(finish, call); // (t, callee, args...)
            body = MethodHandles.foldArguments(folded, ALLOCATE);            // (callee, args...)
        }
        MethodHandle guard = MethodHandles.dropArguments(MethodHandles.insertArguments(DATA_IS, 0, data), 1,
                type().parameterList().subList(1, type().parameterCount()));
        cases++;
        setTarget(MethodHandles.guardWithTest(guard, body.asType(type()), getTarget()));
    }

    /** The arguments-array entry as (Object callee, Object this, Object newTarget, Object × k) -> Object. */
    private static MethodHandle arrayEntry(FunctionData data, int k) {
        MethodHandle body = data.body();
        return body.asType(body.type().changeParameterType(0, Object.class)).asCollector(Object[].class, k);
    }

    /** (Object callee, Object this, Object newTarget, Object × k) -> Object, adapting arity. */
    private static MethodHandle fixedEntry(FunctionData data, int k) {
        int n = data.arity();
        MethodHandle d = data.direct().asType(data.direct().type().changeParameterType(0, Object.class));
        if (k > n) {
            d = MethodHandles.dropArguments(d, 3 + n, java.util.Collections.nCopies(k - n, Object.class));
        } else if (k < n) {
            Object[] missing = new Object[n - k];
            java.util.Arrays.fill(missing, dev.kiln.runtime.value.Undefined.INSTANCE);
            d = MethodHandles.insertArguments(d, 3 + k, missing);
        }
        return d;
    }

    /**
     * Argument reorderings for permuteArguments. Base: from (t, callee, a...) to
     * (callee, t, callee, a...). Derived: from (callee, a...) to (callee, callee, a...).
     */
    private static int[] permutation(int k, boolean derived) {
        List<Integer> order = new ArrayList<>();
        if (derived) {
            order.add(0);
            order.add(0);
            for (int i = 0; i < k; i++) order.add(1 + i);
        } else {
            order.add(1);
            order.add(0);
            order.add(1);
            for (int i = 0; i < k; i++) order.add(2 + i);
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 10.2.2 step 5.a: OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%"). */
    private static Object allocate(Object callee) {
        return ObjectOperations.ordinaryCreateFromConstructor((JSObject) callee, Intrinsic.OBJECT_PROTOTYPE);
    }

    /** 10.2.2 steps 10-12 for a base constructor: an object result stands, else this. */
    private static Object finish(Object result, Object thisArg) {
        return result instanceof JSObject ? result : thisArg;
    }

    private static boolean dataIs(FunctionData data, Object callee) {
        return callee instanceof ScriptFunction f && f.data() == data;
    }
}
