package dev.kiln.codegen.scope;

import dev.kiln.parser.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One Environment Record of the program text (ECMA-262 9.1): the bindings one block, function,
 * catch clause, class body or with statement introduces. Only a scope with captured bindings
 * gets a run-time environment array; its slot 0 points to the environment of the nearest
 * enclosing scope that has one.
 */
public final class Scope {
    public enum Kind {
        /** A Script's top level: its declarations live in the global environment. */
        SCRIPT,
        /** The top level of eval code. */
        EVAL,
        /** A function's parameters and, when its parameter list is simple, its var declarations. */
        FUNCTION,
        /** The var declarations of a function with a non-simple parameter list (10.2.11 step 28). */
        FUNCTION_BODY,
        /**
         * The function's own Environment Record outside its parameters' when a sloppy function has
         * parameter expressions (10.2.11 step 20): where a direct eval in a parameter expression
         * puts its vars. It has an environment only when there is such an eval.
         */
        PARAMETER_EVAL_VARS,
        BLOCK,
        CATCH,
        /** The head of a for statement with let/const declarations, per iteration. */
        FOR,
        SWITCH,
        CLASS,
        WITH
    }

    private final Kind kind;
    private final Scope parent;
    private final FunctionInfo function;
    private final Node node;
    private final LinkedHashMap<String, Variable> variables = new LinkedHashMap<>();
    private final List<Scope> children = new ArrayList<>();
    private int envSize = 1;
    /** A sloppy direct eval in this var scope can add var bindings at run time. */
    private boolean dynamicVars;

    Scope(Kind kind, Scope parent, FunctionInfo function, Node node) {
        this.kind = kind;
        this.parent = parent;
        this.function = function;
        this.node = node;
        if (parent != null) parent.children.add(this);
    }

    public Kind kind() {
        return kind;
    }

    public Scope parent() {
        return parent;
    }

    public FunctionInfo function() {
        return function;
    }

    public Node node() {
        return node;
    }

    public List<Scope> children() {
        return children;
    }

    public Variable lookupOwn(String name) {
        return variables.get(name);
    }

    public Iterable<Variable> variables() {
        return variables.values();
    }

    Variable declare(String name, Variable.Kind kind, int declarationEnd) {
        Variable v = new Variable(name, kind, this, declarationEnd);
        variables.put(name, v);
        return v;
    }

    /** Whether this scope has a run-time environment array. */
    public boolean hasEnv() {
        return envSize > 1 || dynamicVars;
    }

    /** The length of this scope's environment array. */
    public int envSize() {
        return envSize;
    }

    /** Gives every captured binding its slot; the last slot holds eval-added vars when there can be any. */
    void assignEnvSlots() {
        int next = 1;
        for (Variable v : variables.values()) {
            if (v.storage() == Variable.Storage.ENV) v.setEnvIndex(next++);
        }
        if (dynamicVars) next++;
        envSize = next;
    }

    /**
     * A scope of compiled code that a direct eval's code sees ({@link EvalSite}): its environment
     * array exists at run time with this length; its bindings are restored by the caller.
     */
    static Scope restored(Kind kind, Scope parent, FunctionInfo function, int envSize, boolean dynamicVars) {
        Scope s = new Scope(kind, parent, function, null);
        s.envSize = envSize;
        s.dynamicVars = dynamicVars;
        return s;
    }

    /** A binding of a restored scope, already in its environment slot. */
    Variable restore(String name, Variable.Kind kind, int slot, boolean tdz) {
        Variable v = declare(name, kind, -1);
        v.capture();
        v.setEnvIndex(slot);
        if (tdz) v.markTdz();
        return v;
    }

    void markDynamicVars() {
        dynamicVars = true;
    }

    /** Whether a sloppy direct eval can add var bindings to this scope. */
    public boolean hasDynamicVars() {
        return dynamicVars;
    }

    /** The env slot holding the map of eval-added vars (the last one). */
    public int dynamicVarsIndex() {
        return envSize - 1;
    }

    /** Whether this scope is where var declarations of its function (or script or eval) go. */
    public boolean isVarScope() {
        return function.varScope() == this;
    }

    @Override
    public String toString() {
        return kind + variables.values().toString();
    }
}
