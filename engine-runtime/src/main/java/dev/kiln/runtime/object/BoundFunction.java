package dev.kiln.runtime.object;

import dev.kiln.runtime.realm.Realm;

/** A bound function exotic object (ECMA-262 10.4.1), made by Function.prototype.bind. */
public final class BoundFunction extends JSFunction {
    private final JSObject targetFunction;
    private final Object boundThis;
    private final Object[] boundArguments;

    /** 10.4.1.3 BoundFunctionCreate; the caller then defines "length" and "name" (20.2.3.2). */
    public BoundFunction(Realm realm, JSObject targetFunction, Object boundThis, Object[] boundArguments) {
        super(realm, targetFunction.getPrototypeOf());
        this.targetFunction = targetFunction;
        this.boundThis = boundThis;
        this.boundArguments = boundArguments;
    }

    public JSObject targetFunction() {
        return targetFunction;
    }

    public Object boundThis() {
        return boundThis;
    }

    public Object[] boundArguments() {
        return boundArguments.clone();
    }

    private Object[] withBoundArguments(Object[] args) {
        if (boundArguments.length == 0) return args;
        Object[] all = new Object[boundArguments.length + args.length];
        System.arraycopy(boundArguments, 0, all, 0, boundArguments.length);
        System.arraycopy(args, 0, all, boundArguments.length, args.length);
        return all;
    }

    /** 10.4.1.1 [[Call]] */
    @Override
    public Object call(Object thisArg, Object... args) {
        return targetFunction.call(boundThis, withBoundArguments(args));
    }

    @Override
    public boolean isConstructor() {
        return targetFunction.isConstructor();
    }

    /** 10.4.1.2 [[Construct]] */
    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        return targetFunction.construct(withBoundArguments(args), newTarget == this ? targetFunction : newTarget);
    }

    /** 10.4.1 and 7.3.24: a bound function's realm is its target's. */
    @Override
    public Realm functionRealm() {
        return targetFunction.functionRealm();
    }

    @Override
    public String debugName() {
        return "bound " + (targetFunction instanceof JSFunction f ? f.debugName() : "");
    }
}
