package dev.kiln.runtime.function;

import dev.kiln.runtime.realm.Realm;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * What every closure of one function literal shares, in one realm: its code, its static name and
 * length, its kind, and where its source text is. Generated code makes one per function literal
 * when its class initializes; each evaluation of the literal then makes a cheap
 * {@link ScriptFunction} around it and the current environment.
 */
public final class FunctionData {
    public static final int STRICT = 1;
    /** Has [[Construct]]: ordinary functions and classes. */
    public static final int CONSTRUCTOR = 1 << 1;
    /** A class constructor: [[Call]] throws (10.2.1 step 2). */
    public static final int CLASS_CONSTRUCTOR = 1 << 2;
    /** [[ConstructorKind]] derived: no this object is made before the body runs. */
    public static final int DERIVED = 1 << 3;
    /** [[ThisMode]] lexical. */
    public static final int ARROW = 1 << 4;
    /** A method (has a [[HomeObject]], is no constructor). */
    public static final int METHOD = 1 << 5;
    public static final int GENERATOR = 1 << 6;
    public static final int ASYNC = 1 << 7;

    /** The type of every function body's entry point: (callee, this, new.target, arguments). */
    public static final MethodType BODY_TYPE =
            MethodType.methodType(Object.class, ScriptFunction.class, Object.class, Object.class, Object[].class);

    private final Realm realm;
    private final CompiledUnit unit;
    private final String name;
    private final int length;
    private final int flags;
    private final MethodHandle body;
    private final MethodHandle direct;
    private final int arity;
    private final int sourceStart;
    private final int sourceEnd;

    public FunctionData(Realm realm, CompiledUnit unit, String name, int length, int flags, MethodHandle body,
                        MethodHandle direct, int arity, int sourceStart, int sourceEnd) {
        this.realm = realm;
        this.unit = unit;
        this.name = name;
        this.length = length;
        this.flags = flags;
        this.body = body.asType(BODY_TYPE);
        this.direct = direct;
        this.arity = arity;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public Realm realm() {
        return realm;
    }

    public CompiledUnit unit() {
        return unit;
    }

    /** The name known at compile time ("" for anonymous functions named at run time). */
    public String name() {
        return name;
    }

    /** The value of "length" (15.1.5 ExpectedArgumentCount). */
    public int length() {
        return length;
    }

    public int flags() {
        return flags;
    }

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** The entry point, of type {@link #BODY_TYPE}. */
    public MethodHandle body() {
        return body;
    }

    /**
     * The entry point taking the parameters as separate arguments — (callee, this, new.target,
     * p0 .. p(arity-1)) — or null when the function takes the arguments array only.
     */
    public MethodHandle direct() {
        return direct;
    }

    /** The number of parameters {@link #direct()} takes, or -1. */
    public int arity() {
        return arity;
    }

    /** [[SourceText]]: exactly the text of the function in its source. */
    public String sourceText() {
        return unit.sourceText().substring(sourceStart, sourceEnd);
    }
}
