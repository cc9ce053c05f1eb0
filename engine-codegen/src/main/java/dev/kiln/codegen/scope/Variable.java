package dev.kiln.codegen.scope;

/**
 * A binding the compiler knows about: its name, what declared it, the scope that holds it, and
 * where it lives at run time. Storage is decided by the analysis: a JVM local unless a closure,
 * a direct eval or a mapped arguments object can reach it, in which case it lives in its
 * scope's environment array; top-level declarations of scripts live in the realm's global
 * environment.
 */
public final class Variable {
    /** What declared the binding. */
    public enum Kind {
        VAR, LET, CONST, CLASS, FUNCTION, PARAMETER, CATCH_PARAMETER,
        /** The name of a named function expression, bound to the function itself (immutable). */
        FUNCTION_NAME,
        /** The inner, immutable binding of a class's own name. */
        CLASS_NAME,
        /** The implicit {@code arguments} object. */
        ARGUMENTS,
        /** A private name {@code #x} of a class body, bound to its PrivateName. */
        PRIVATE_NAME,
        /** The object of a {@code with} statement. */
        WITH_OBJECT,
        /** A function's this value, when an arrow function or eval inside needs it. */
        THIS,
        /** A function's new.target, when an arrow function or eval inside needs it. */
        NEW_TARGET,
        /** The function object itself, when an inner arrow needs its [[HomeObject]] for super. */
        CALLEE;

        public boolean isLexical() {
            return this == LET || this == CONST || this == CLASS || this == CLASS_NAME;
        }
    }

    /** Where the binding lives. */
    public enum Storage { LOCAL, ENV, GLOBAL }

    private final String name;
    private final Kind kind;
    private final Scope scope;
    /** Offset where the declaration ends: references after it in the same function need no TDZ check. */
    private final int declarationEnd;
    private boolean captured;
    private boolean tdz;
    private int envIndex = -1;

    Variable(String name, Kind kind, Scope scope, int declarationEnd) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
        this.declarationEnd = declarationEnd;
        this.tdz = kind.isLexical() || kind == Kind.THIS;
    }

    /** Parameters of a non-simple parameter list are in their TDZ until their own initialization (10.2.11 step 21, 26). */
    void markTdz() {
        tdz = true;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    public int declarationEnd() {
        return declarationEnd;
    }

    /** Marks the binding as reachable from outside its function's JVM frame. */
    void capture() {
        captured = true;
    }

    public boolean isCaptured() {
        return captured;
    }

    public Storage storage() {
        if (scope.kind() == Scope.Kind.SCRIPT && (kind == Kind.VAR || kind == Kind.FUNCTION || kind.isLexical())) {
            return Storage.GLOBAL;
        }
        return captured ? Storage.ENV : Storage.LOCAL;
    }

    /** The index in the scope's environment array (slot 0 is the parent environment). */
    public int envIndex() {
        return envIndex;
    }

    void setEnvIndex(int index) {
        this.envIndex = index;
    }

    /** Whether reads and writes must check the temporal dead zone. */
    public boolean hasTdz() {
        return tdz;
    }

    /** Whether assignment to it is an error (a TypeError in strict code, ignored in sloppy code for names of functions). */
    public boolean isImmutable() {
        return kind == Kind.CONST || kind == Kind.CLASS_NAME || kind == Kind.FUNCTION_NAME;
    }

    @Override
    public String toString() {
        return kind + " " + name + " (" + storage() + (envIndex >= 0 ? " " + envIndex : "") + ")";
    }
}
