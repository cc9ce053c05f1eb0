package dev.kiln.codegen.scope;

import dev.kiln.parser.ast.FunctionNode;
import dev.kiln.parser.ast.Node;
import dev.kiln.parser.ast.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * What the analysis learned about one function (or a script's or eval's top-level code): its
 * scopes, its strictness, and which implicit bindings its body needs — {@code this},
 * {@code arguments}, {@code new.target}, the function itself for {@code super} — and whether an
 * inner arrow function or eval reaches them, which puts them in the environment.
 */
public final class FunctionInfo {
    private final Node node;
    private final FunctionInfo parent;
    private final boolean strict;
    private final boolean arrow;
    /** Eval code: like an arrow function, it uses its caller's this, new.target, super and arguments. */
    private final boolean eval;
    /** For the stand-in of the compiled code a direct eval is called from: that call's site. */
    private final EvalSite callerSite;
    private final List<FunctionInfo> children = new ArrayList<>();
    private Scope scope;
    private Scope varScope;
    private boolean hasDirectEval;
    private boolean usesThis;
    private boolean usesArguments;
    private boolean mappedArguments;
    private boolean passesArguments;
    private Variable thisVariable;
    private Variable newTargetVariable;
    private Variable calleeVariable;
    private Variable argumentsVariable;
    private final List<Variable> annexBFunctionVars = new ArrayList<>();
    private final java.util.Set<Variable> annexBOnlyVars = new java.util.HashSet<>();

    private Scope parameterEvalScope;

    FunctionInfo(Node node, FunctionInfo parent, boolean strict, boolean arrow) {
        this(node, parent, strict, arrow, false, null);
    }

    private FunctionInfo(Node node, FunctionInfo parent, boolean strict, boolean arrow, boolean eval, EvalSite callerSite) {
        this.node = node;
        this.parent = parent;
        this.strict = strict;
        this.arrow = arrow;
        this.eval = eval;
        this.callerSite = callerSite;
        if (parent != null) parent.children.add(this);
    }

    /** The top-level code of eval code called from {@code caller}. */
    static FunctionInfo evalCode(Node program, FunctionInfo caller, boolean strict) {
        return new FunctionInfo(program, caller, strict, false, true, null);
    }

    /** The stand-in for the compiled code (function or global code) in which the direct eval at {@code site} is. */
    static FunctionInfo caller(EvalSite site) {
        return new FunctionInfo(null, null, site.strict(), false, false, site);
    }

    /**
     * The function's AST node, the Program for top-level code, or the PropertyDefinition or
     * StaticBlock of a class field's initializer or a static block (methods of their own).
     */
    public Node node() {
        return node;
    }

    /** The function's node, or null for top-level code, field initializers and static blocks. */
    public FunctionNode functionNode() {
        return node instanceof FunctionNode f ? f : null;
    }

    public FunctionInfo parent() {
        return parent;
    }

    public List<FunctionInfo> children() {
        return children;
    }

    public boolean isStrict() {
        return strict;
    }

    public boolean isArrow() {
        return arrow;
    }

    /** Whether this is a script's or eval's top-level code rather than a function. */
    public boolean isTopLevel() {
        if (callerSite != null) return !callerSite.inFunction();
        return node instanceof Program;
    }

    /** Whether this is the top-level code of eval code. */
    public boolean isEval() {
        return eval;
    }

    /** For the stand-in of an eval's caller: the site it was described by; null for code compiled here. */
    public EvalSite callerSite() {
        return callerSite;
    }

    /** The scope a direct eval in a parameter expression puts its vars in (sloppy functions with parameter expressions only). */
    public Scope parameterEvalScope() {
        return parameterEvalScope;
    }

    void setParameterEvalScope(Scope s) {
        parameterEvalScope = s;
    }

    /** The scope of the parameters (or the script/eval top-level scope). */
    public Scope scope() {
        return scope;
    }

    /** Where var declarations go: {@link #scope()} unless the parameter list is not simple. */
    public Scope varScope() {
        return varScope;
    }

    void setScopes(Scope scope, Scope varScope) {
        this.scope = scope;
        this.varScope = varScope;
    }

    /** The nearest enclosing function that is not an arrow or eval code (whose this, new.target and super those use). */
    public FunctionInfo thisFunction() {
        FunctionInfo f = this;
        while ((f.arrow || f.eval) && f.parent != null) f = f.parent;
        return f;
    }

    public boolean hasDirectEval() {
        return hasDirectEval;
    }

    void markDirectEval() {
        hasDirectEval = true;
    }

    public boolean usesThis() {
        return usesThis;
    }

    void markUsesThis() {
        usesThis = true;
    }

    /** Whether the function body needs its arguments object. */
    public boolean usesArguments() {
        return usesArguments;
    }

    /** Whether the arguments object is mapped (sloppy code with a simple parameter list). */
    public boolean hasMappedArguments() {
        return mappedArguments;
    }

    /**
     * Whether the function forwards its arguments only through {@code f.apply(x, arguments)}
     * calls (see {@link ApplyOfArguments}) and so never makes its arguments object up front.
     */
    public boolean forwardsArgumentsOnly() {
        return passesArguments && !usesArguments;
    }

    void markPassesArguments() {
        passesArguments = true;
    }

    void markUsesArguments(boolean mapped) {
        usesArguments = true;
        mappedArguments = mapped;
    }

    public Variable argumentsVariable() {
        return argumentsVariable;
    }

    void setArgumentsVariable(Variable v) {
        argumentsVariable = v;
    }

    /** The binding of this, when an inner arrow or eval reaches it (or a derived constructor's, always). */
    public Variable thisVariable() {
        return thisVariable;
    }

    void setThisVariable(Variable v) {
        thisVariable = v;
    }

    public Variable newTargetVariable() {
        return newTargetVariable;
    }

    void setNewTargetVariable(Variable v) {
        newTargetVariable = v;
    }

    /** The binding of the function object itself, when an inner arrow or eval needs its [[HomeObject]]. */
    public Variable calleeVariable() {
        return calleeVariable;
    }

    void setCalleeVariable(Variable v) {
        calleeVariable = v;
    }

    /** The vars that exist only because of Annex B (no var declaration or function of that name). */
    public java.util.Set<Variable> annexBOnlyVars() {
        return annexBOnlyVars;
    }

    /** The var bindings Annex B.3.2.1 adds for function declarations in blocks. */
    public List<Variable> annexBFunctionVars() {
        return annexBFunctionVars;
    }
}
