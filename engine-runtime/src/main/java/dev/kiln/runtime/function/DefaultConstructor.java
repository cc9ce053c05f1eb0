package dev.kiln.runtime.function;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.Undefined;

/**
 * The bodies of a class's default constructor (15.7.14 step 14.a), used when the class body has
 * no {@code constructor}. They have the type of every compiled body ({@link FunctionData#BODY_TYPE}),
 * so the default constructor is an ordinary {@link ScriptFunction} of a class: [[Call]] throws
 * and [[Construct]] makes the this value of a base class, exactly as for an explicit
 * {@code constructor() {}}.
 */
public final class DefaultConstructor {
    private DefaultConstructor() {}

    /** Step 14.a.v-vi: [[Construct]] has made this; its instance elements are all that is left. */
    public static Object base(ScriptFunction f, Object thisArg, Object newTarget, Object[] args) {
        f.initializeInstanceElements((JSObject) thisArg);
        return Undefined.INSTANCE;
    }

    /**
     * Step 14.a.iv: construct the parent with the same arguments and new.target — like
     * {@code constructor(...args) { super(...args); }} but without iterating the arguments.
     */
    public static Object derived(ScriptFunction f, Object thisArg, Object newTarget, Object[] args) {
        JSObject result = ScriptFunction.constructSuper(f.getPrototypeOf(), args, newTarget);
        f.initializeInstanceElements(result);
        return result;
    }
}
