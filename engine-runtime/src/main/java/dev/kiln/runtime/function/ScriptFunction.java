package dev.kiln.runtime.function;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Undefined;

/**
 * An ECMAScript function object (ECMA-262 10.2): one closure of a compiled function literal —
 * its {@link FunctionData}, the environment it closed over, and its [[HomeObject]] and a class
 * constructor's [[PrivateMethods]] and [[Fields]] where it has them.
 *
 * <p>"length" and "name" sit in slots 0 and 1. A constructor's "prototype" (slot 2) is made on
 * first use: most functions never have it read, and a closure made in a loop should not
 * allocate a prototype object each time. Until then the slot holds Java null, which inline
 * caches treat as a miss.
 */
public final class ScriptFunction extends JSFunction {
    private static final int LENGTH_NAME = Property.CONFIGURABLE;
    public static final Shape PLAIN_SHAPE = Shape.ROOT.addProperty("length", LENGTH_NAME).addProperty("name", LENGTH_NAME);
    /** Ordinary functions: "prototype" is writable (10.2.5 MakeConstructor). */
    public static final Shape CONSTRUCTOR_SHAPE = PLAIN_SHAPE.addProperty("prototype", Property.WRITABLE);
    /** Classes: "prototype" is read-only (15.7.14 step 16). */
    public static final Shape CLASS_SHAPE = PLAIN_SHAPE.addProperty("prototype", 0);
    private static final int PROTOTYPE_SLOT = 2;

    private final FunctionData data;
    /** [[Environment]]: the closure's environment array, or null when it captures nothing. */
    public final Object[] env;
    /** [[HomeObject]] for methods (super lookups); null otherwise. */
    public JSObject homeObject;
    /** [[PrivateMethods]] and [[Fields]] of a class constructor; null when it has neither. */
    public InstanceElements instanceElements;

    public ScriptFunction(FunctionData data, Object[] env, JSObject prototype) {
        super(data.realm(), prototype, shapeFor(data));
        this.data = data;
        this.env = env;
        slots[0] = data.length();
        slots[1] = data.name();
    }

    /** A closure with the default [[Prototype]] for its kind (%Function.prototype% and so on). */
    public static ScriptFunction create(FunctionData data, Object[] env) {
        return new ScriptFunction(data, env, defaultPrototype(data));
    }

    private static JSObject defaultPrototype(FunctionData data) {
        Realm realm = data.realm();
        return realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE);
    }

    private static Shape shapeFor(FunctionData data) {
        if (data.is(FunctionData.CLASS_CONSTRUCTOR)) return CLASS_SHAPE;
        if (data.is(FunctionData.CONSTRUCTOR)) return CONSTRUCTOR_SHAPE;
        return PLAIN_SHAPE;
    }

    public FunctionData data() {
        return data;
    }

    // ---------------------------------------------------------------- [[Call]] and [[Construct]]

    /** 10.2.1 [[Call]] */
    @Override
    public Object call(Object thisArg, Object... args) {
        if (data.is(FunctionData.CLASS_CONSTRUCTOR)) {
            throw realm.typeError("Class constructor " + debugName() + " cannot be invoked without 'new'");
        }
        try {
            return data.body().invokeExact(this, thisArg, (Object) Undefined.INSTANCE, args);
        } catch (Throwable t) {
            throw Unchecked.rethrow(t);
        }
    }

    @Override
    public boolean isConstructor() {
        return data.is(FunctionData.CONSTRUCTOR);
    }

    /**
     * 10.2.2 [[Construct]]; a derived constructor's body itself returns the final this value. A
     * class constructor's body initializes the instance elements itself (step 6.b, or when its
     * super() returns), so that call sites linked straight to the body need not.
     */
    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        if (!data.is(FunctionData.CONSTRUCTOR)) return super.construct(args, newTarget);
        Object thisArg = data.is(FunctionData.DERIVED)
                ? Undefined.INSTANCE
                : ObjectOperations.ordinaryCreateFromConstructor(newTarget, Intrinsic.OBJECT_PROTOTYPE);
        Object result;
        try {
            result = data.body().invokeExact(this, thisArg, (Object) newTarget, args);
        } catch (Throwable t) {
            throw Unchecked.rethrow(t);
        }
        if (result instanceof JSObject || data.is(FunctionData.DERIVED)) return result;
        return thisArg;
    }

    /** 7.3.33 InitializeInstanceElements(o, this constructor) */
    public void initializeInstanceElements(JSObject o) {
        InstanceElements elements = instanceElements;
        if (elements != null) elements.initialize(o);
    }

    /**
     * 13.3.7.1 SuperCall steps 5-6 (and the default derived constructor's): construct {@code func},
     * the parent constructor GetSuperConstructor found before the arguments were evaluated.
     */
    public static JSObject constructSuper(JSObject func, Object[] args, Object newTarget) {
        if (func == null || !func.isConstructor()) {
            throw JSException.typeError("Super constructor " + (func == null ? "null" : ObjectOperations.describeForError(func))
                    + " is not a constructor");
        }
        return (JSObject) func.construct(args, (JSObject) newTarget);
    }

    @Override
    public String sourceText() {
        return data.sourceText();
    }

    @Override
    public String debugName() {
        Object name = slots[1];
        return name instanceof CharSequence s ? s.toString() : data.name();
    }

    // ---------------------------------------------------------------- the lazy "prototype"

    /** A tree shape known to hold "prototype" as a data property in its slot (see ownPrototypeValue). */
    private Shape plainPrototypeShape;

    private void materializePrototype() {
        if (slots.length > PROTOTYPE_SLOT && slots[PROTOTYPE_SLOT] == null && hasPrototypeSlot()) {
            // 10.2.5 MakeConstructor: a fresh object whose "constructor" is this function.
            JSObject proto = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
            proto.defineOwn("constructor", this, Property.HIDDEN);
            slots[PROTOTYPE_SLOT] = proto;
        }
    }

    private boolean hasPrototypeSlot() {
        Property p = shape.find("prototype");
        return p != null && p.slot() == PROTOTYPE_SLOT;
    }

    @Override
    public Object getOwnValue(Object key, Object receiver) {
        if ("prototype".equals(key)) materializePrototype();
        return super.getOwnValue(key, receiver);
    }

    @Override
    public PropertyDescriptor getOwnProperty(Object key) {
        if ("prototype".equals(key)) materializePrototype();
        return super.getOwnProperty(key);
    }

    /**
     * The own "prototype" value read straight from its slot, for [[Construct]]'s
     * GetPrototypeFromConstructor (10.1.14); null when the layout no longer keeps it there as a
     * data property (then the caller does the full [[Get]]).
     */
    public Object ownPrototypeValue() {
        Shape s = shape;
        if (s != plainPrototypeShape) {
            Property p = s.find("prototype");
            if (s.isDictionary() || p == null || p.slot() != PROTOTYPE_SLOT || p.isAccessor()) return null;
            plainPrototypeShape = s;
        }
        materializePrototype();
        return slots[PROTOTYPE_SLOT];
    }

    /** Sets the "prototype" a class definition made (15.7.14 step 16), so nothing lazy remains. */
    public void setClassPrototype(JSObject prototype) {
        slots[PROTOTYPE_SLOT] = prototype;
    }
}
