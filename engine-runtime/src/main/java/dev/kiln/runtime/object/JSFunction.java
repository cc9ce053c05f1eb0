package dev.kiln.runtime.object;

import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Shape;

/**
 * A function object: anything with a [[Call]] internal method that is not a Proxy. Subclasses
 * are built-in functions, bound functions and the functions of compiled JavaScript code.
 */
public abstract class JSFunction extends JSObject {
    /** [[Realm]] (10.2, 10.3): the realm whose intrinsics the function uses. */
    protected final Realm realm;

    protected JSFunction(Realm realm, JSObject prototype, Shape shape) {
        super(prototype, shape);
        this.realm = realm;
    }

    protected JSFunction(Realm realm, JSObject prototype) {
        super(prototype);
        this.realm = realm;
    }

    public final Realm realm() {
        return realm;
    }

    @Override
    public Realm functionRealm() {
        return realm;
    }

    @Override
    public final boolean isCallable() {
        return true;
    }

    @Override
    public abstract Object call(Object thisArg, Object... args);

    /**
     * [[SourceText]] of a function made from JavaScript source, for Function.prototype.toString;
     * null for built-in functions.
     */
    public String sourceText() {
        return null;
    }

    /** The name used in error messages and stack traces. */
    public abstract String debugName();

    @Override
    public String builtinTag() {
        return "Function";
    }
}
