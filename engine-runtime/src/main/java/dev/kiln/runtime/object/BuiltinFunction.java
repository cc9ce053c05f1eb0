package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Undefined;

/**
 * A built-in function object (ECMA-262 10.3) whose behaviour is a Java lambda. Its own
 * properties start as {@code length} and {@code name} (both configurable only), in slots 0 and
 * 1 of a shape every realm shares, so making the few hundred built-ins of a new realm costs
 * little more than their allocation.
 *
 * <p>A native error the body raises without a realm is made in this function's realm on the
 * way out (the "current realm" of a built-in is its own, 10.3.1 step 5).
 */
public final class BuiltinFunction extends JSFunction {
    /** The behaviour: {@code newTarget} is null for [[Call]] and the new.target for [[Construct]]. */
    @FunctionalInterface
    public interface Body {
        Object call(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget);
    }

    private static final int FLAGS = Property.CONFIGURABLE;
    public static final Shape SHAPE = Shape.ROOT.addProperty("length", FLAGS).addProperty("name", FLAGS);

    private final Body body;
    private final boolean constructor;
    private final String name;

    /** A function whose [[Prototype]] is %Function.prototype% of {@code realm}. */
    public BuiltinFunction(Realm realm, String name, int length, boolean constructor, Body body) {
        this(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), name, length, constructor, body);
    }

    public BuiltinFunction(Realm realm, JSObject prototype, String name, int length, boolean constructor, Body body) {
        super(realm, prototype, SHAPE);
        this.body = body;
        this.constructor = constructor;
        this.name = name;
        slots[0] = length;
        slots[1] = name;
    }

    /** A non-constructor built-in, the common case. */
    public static BuiltinFunction of(Realm realm, String name, int length, Body body) {
        return new BuiltinFunction(realm, name, length, false, body);
    }

    @Override
    public Object call(Object thisArg, Object... args) {
        try {
            return body.call(this, thisArg, args, null);
        } catch (JSException e) {
            if (e.isPending()) e.value(realm);
            throw e;
        }
    }

    @Override
    public boolean isConstructor() {
        return constructor;
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        if (!constructor) return super.construct(args, newTarget);
        try {
            return body.call(this, Undefined.INSTANCE, args, newTarget);
        } catch (JSException e) {
            if (e.isPending()) e.value(realm);
            throw e;
        }
    }

    @Override
    public String debugName() {
        return name;
    }

    /** Argument {@code i}, or undefined when fewer were passed. */
    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }
}
