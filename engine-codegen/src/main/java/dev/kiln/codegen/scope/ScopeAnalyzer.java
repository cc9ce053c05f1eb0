package dev.kiln.codegen.scope;

import dev.kiln.parser.SyntaxError;
import dev.kiln.parser.ast.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Scope analysis: AST in, {@link ScopeAnalysis} out. One walk over the program that opens a
 * {@link Scope} for every construct that makes an Environment Record, declares each scope's
 * bindings as it enters it (var and function hoisting, let/const/class, parameters, catch
 * parameters, Annex B function-in-block vars), and resolves every identifier reference against
 * the chain of scopes, marking bindings that other functions reach as captured.
 *
 * <p>Code that uses neither {@code with} nor direct {@code eval} gets fully static resolution;
 * those two make the scopes they affect dynamic, and only those.
 */
public final class ScopeAnalyzer {
    static final String THIS = "%this";
    static final String NEW_TARGET = "%new.target";
    static final String CALLEE = "%callee";
    static final String WITH = "%with";

    private final ScopeAnalysis result;
    private Scope scope;
    private FunctionInfo function;
    /** References seen but not yet resolved: resolution waits until every scope is complete. */
    private final List<Pending> pending = new ArrayList<>();
    /** The scopes of direct eval calls: every binding they see is captured once all are declared. */
    private final List<Scope> evalScopes = new ArrayList<>();

    /** While walking a class heritage: that class's scope, whose private names the heritage cannot see. */
    private Scope heritageOf;

    /** The {@code arguments} identifiers of {@link ApplyOfArguments} calls (by identity). */
    private final Set<Identifier> argumentsForwardedByApply = Collections.newSetFromMap(new IdentityHashMap<>());

    private record Pending(Identifier id, Scope scope, FunctionInfo function, PrivateIdentifier privateName, Scope skip) {}

    private ScopeAnalyzer(FunctionInfo top) {
        this.result = new ScopeAnalysis(top);
    }

    /** Analyzes a Script (16.1). */
    public static ScopeAnalysis analyzeScript(Program program) {
        FunctionInfo top = new FunctionInfo(program, null, program.strict(), false);
        ScopeAnalyzer a = new ScopeAnalyzer(top);
        Scope s = new Scope(Scope.Kind.SCRIPT, null, top, program);
        top.setScopes(s, s);
        a.result.scopes.put(program, s);
        a.result.functions.put(program, top);
        a.function = top;
        a.scope = s;
        List<Statement> body = statements(program.body());
        a.hoistVarScoped(body, s, true);
        a.hoistLexical(body, s);
        a.walkStatements(body);
        a.finish(s);
        return a.result;
    }

    /**
     * Analyzes eval code called at {@code site} (19.2.1.1 PerformEval). The caller's scopes are
     * rebuilt from the site under a SCRIPT scope that stands for the global environment; the eval
     * code's top-level scope (its new lexical environment, and its var environment when strict)
     * is their child, so references to the caller's bindings resolve like a closure's. Throws a
     * SyntaxError for a var of sloppy eval code that a lexical binding of the caller would shadow.
     */
    public static ScopeAnalysis analyzeEval(Program program, EvalSite site) {
        FunctionInfo caller = FunctionInfo.caller(site);
        Scope global = new Scope(Scope.Kind.SCRIPT, null, caller, null);
        Scope[] levels = new Scope[site.levels().size()];
        Scope outer = global;
        for (int i = levels.length - 1; i >= 0; i--) {
            EvalSite.Level level = site.levels().get(i);
            outer = Scope.restored(level.kind(), outer, caller, level.envSize(), level.dynamicVars());
            for (EvalSite.Binding b : level.bindings()) outer.restore(b.name(), b.kind(), b.slot(), b.tdz());
            levels[i] = outer;
        }
        Scope thisScope = site.thisLevel() >= 0 ? levels[site.thisLevel()] : global;
        Scope varTarget = site.varLevel() >= 0 ? levels[site.varLevel()] : global;
        caller.setScopes(thisScope, varTarget);
        if (site.inFunction()) {
            caller.setThisVariable(thisScope.lookupOwn(THIS));
            caller.setNewTargetVariable(thisScope.lookupOwn(NEW_TARGET));
            caller.setCalleeVariable(thisScope.lookupOwn(CALLEE));
        }
        boolean strict = program.strict();
        FunctionInfo info = FunctionInfo.evalCode(program, caller, strict);
        ScopeAnalyzer a = new ScopeAnalyzer(info);
        Scope es = new Scope(Scope.Kind.EVAL, outer, info, program);
        info.setScopes(es, strict ? es : varTarget);
        a.result.scopes.put(program, es);
        a.result.functions.put(program, info);
        a.function = info;
        a.scope = es;
        List<Statement> body = statements(program.body());
        if (strict) a.hoistVarScoped(body, es, true);
        else a.evalVarDeclarations(body, es, varTarget, program);
        a.hoistLexical(body, es, true);
        a.walkStatements(body);
        a.finish(es);
        return a.result;
    }

    /**
     * 19.2.1.3 EvalDeclarationInstantiation steps 1-3 and 12 for sloppy eval code: its var names
     * (made at run time in the caller's var scope or on the global object), and the SyntaxError
     * for a var that a lexical binding between the eval and that var scope would shadow (B.3.4:
     * a catch clause's binding does not count).
     */
    private void evalVarDeclarations(List<Statement> body, Scope evalScope, Scope varTarget, Program program) {
        Scope declared = new Scope(Scope.Kind.EVAL, null, function, null);
        hoistVarScoped(body, declared, true);
        for (Variable v : declared.variables()) {
            if (boundBetween(v.name(), evalScope, varTarget)) {
                throw new SyntaxError("Identifier '" + v.name() + "' has already been declared", program.source(),
                        Math.max(0, v.declarationEnd() - 1));
            }
            if (v.kind() == Variable.Kind.VAR) result.evalVarNames.add(v.name());
        }
    }

    /**
     * Whether an Environment Record between eval code and its var environment binds {@code name}
     * (19.2.1.3 steps 3.d and 13.b.ii.4): the lexical scopes of the caller up to its var scope, and
     * the let, const and class declarations of that scope itself, which a sloppy function keeps in
     * a record of their own (10.2.11 step 30); with objects and (B.3.4) catch clauses do not count.
     */
    private static boolean boundBetween(String name, Scope evalScope, Scope varTarget) {
        for (Scope s = evalScope.parent(); s != null; s = s.parent()) {
            Variable v = s.lookupOwn(name);
            if (s == varTarget) return v != null && v.kind().isLexical();
            if (s.kind() != Scope.Kind.WITH && s.kind() != Scope.Kind.CATCH && v != null && isBinding(v)) return true;
        }
        return false;
    }

    /**
     * Whether {@code v} is a binding of its Environment Record as eval code sees it: not one of
     * the compiler's pseudo-bindings (this, new.target, the callee, a with object), not a private
     * name, and not a function expression's own name (which lives outside the function's record).
     */
    public static boolean isBinding(Variable v) {
        return !v.name().startsWith("%") && !v.name().startsWith("#") && v.kind() != Variable.Kind.FUNCTION_NAME;
    }

    private static List<Statement> statements(List<ModuleItem> items) {
        List<Statement> out = new ArrayList<>(items.size());
        for (ModuleItem item : items) {
            if (item instanceof Statement st) out.add(st);
            else throw new UnsupportedOperationException("module code is compiled by the module loader");
        }
        return out;
    }

    /** Resolves every reference, then assigns environment slots once every capture is known. */
    private void finish(Scope root) {
        for (Scope s : evalScopes) {
            for (Scope t = s; t != null; t = t.parent()) for (Variable v : t.variables()) v.capture();
        }
        for (Pending p : pending) {
            Reference r = resolveNow(p.id(), p.scope(), p.function(), p.skip(), argumentsForwardedByApply.contains(p.id()));
            if (p.privateName() != null) result.privateReferences.put(p.privateName(), r);
            else result.references.put(p.id(), r);
        }
        assignEnvSlots(root);
    }

    private static void assignEnvSlots(Scope s) {
        s.assignEnvSlots();
        for (Scope c : s.children()) assignEnvSlots(c);
    }

    // =========================================================================== declarations

    /**
     * Declares the var-scoped names of a function body or script (VarScopedDeclarations): var
     * declarations anywhere in it (not in nested functions), and at its top level its function
     * declarations.
     */
    private void hoistVarScoped(List<Statement> body, Scope varScope, boolean topLevel) {
        for (Statement st : body) collectVars(st, varScope, topLevel);
    }

    private void collectVars(Node n, Scope varScope, boolean topLevel) {
        if (n instanceof VariableDeclaration vd) {
            if (vd.kind() == VariableKind.VAR) {
                for (VariableDeclarator d : vd.declarations()) {
                    for (Identifier id : boundNames(d.id())) declareVar(varScope, id.name(), Variable.Kind.VAR, d.end());
                }
            }
        } else if (n instanceof FunctionDeclaration fd) {
            if (topLevel) declareVar(varScope, fd.id().name(), Variable.Kind.FUNCTION, fd.end());
        } else if (n instanceof BlockStatement b) {
            for (Statement st : b.body()) collectVars(st, varScope, false);
        } else if (n instanceof IfStatement s) {
            collectVars(s.consequent(), varScope, false);
            if (s.alternate() != null) collectVars(s.alternate(), varScope, false);
        } else if (n instanceof ForStatement s) {
            if (s.init() != null) collectVars(s.init(), varScope, false);
            collectVars(s.body(), varScope, false);
        } else if (n instanceof ForInStatement s) {
            collectVars(s.left(), varScope, false);
            collectVars(s.body(), varScope, false);
        } else if (n instanceof ForOfStatement s) {
            collectVars(s.left(), varScope, false);
            collectVars(s.body(), varScope, false);
        } else if (n instanceof WhileStatement s) {
            collectVars(s.body(), varScope, false);
        } else if (n instanceof DoWhileStatement s) {
            collectVars(s.body(), varScope, false);
        } else if (n instanceof LabeledStatement s) {
            collectVars(s.body(), varScope, topLevel);
        } else if (n instanceof WithStatement s) {
            collectVars(s.body(), varScope, false);
        } else if (n instanceof TryStatement s) {
            collectVars(s.block(), varScope, false);
            if (s.handler() != null) collectVars(s.handler().body(), varScope, false);
            if (s.finalizer() != null) collectVars(s.finalizer(), varScope, false);
        } else if (n instanceof SwitchStatement s) {
            for (SwitchCase c : s.cases()) for (Statement st : c.consequent()) collectVars(st, varScope, false);
        }
    }

    private void declareVar(Scope varScope, String name, Variable.Kind kind, int end) {
        Variable existing = varScope.lookupOwn(name);
        if (existing == null || existing.kind() == Variable.Kind.FUNCTION_NAME
                || (kind == Variable.Kind.FUNCTION && existing.kind() == Variable.Kind.VAR)) {
            varScope.declare(name, kind, end);
        }
    }

    /**
     * Declares the lexically scoped names of a statement list in {@code s}: let, const, class,
     * and (outside a function's or script's top level) function declarations, with the Annex B
     * var for sloppy function-in-block declarations.
     */
    private void hoistLexical(List<Statement> statements, Scope s) {
        hoistLexical(statements, s, s.isVarScope());
    }

    /** {@code topLevel}: the statements are a var scope's, whose function declarations are var-scoped. */
    private void hoistLexical(List<Statement> statements, Scope s, boolean topLevel) {
        for (Statement st : statements) {
            Statement decl = st;
            while (decl instanceof LabeledStatement l) decl = l.body();
            if (decl instanceof VariableDeclaration vd && vd.kind() != VariableKind.VAR) {
                Variable.Kind kind = vd.kind() == VariableKind.LET ? Variable.Kind.LET : Variable.Kind.CONST;
                for (VariableDeclarator d : vd.declarations()) {
                    for (Identifier id : boundNames(d.id())) s.declare(id.name(), kind, d.end());
                }
            } else if (decl instanceof ClassDeclaration cd) {
                s.declare(cd.id().name(), Variable.Kind.CLASS, cd.end());
            } else if (decl instanceof FunctionDeclaration fd && !topLevel) {
                s.declare(fd.id().name(), Variable.Kind.FUNCTION, fd.start());
                if (!function.isStrict() && !fd.async() && !fd.generator()) {
                    if (function.isEval()) {
                        annexBEvalVar(fd, s);
                    } else {
                        Variable var = annexBFunctionVar(fd.id().name(), s);
                        if (var != null) result.annexB.put(fd, var);
                    }
                }
            }
        }
    }

    /** B.3.2.1 / B.3.2.2: a sloppy function declaration in a block also gets a var binding, when that can't clash. */
    private Variable annexBFunctionVar(String name, Scope block) {
        Scope varScope = function.varScope();
        for (Scope s = block.parent(); s != null; s = s.parent()) {
            Variable v = s.lookupOwn(name);
            if (v != null && (v.kind().isLexical() || (v.kind() == Variable.Kind.FUNCTION && s != varScope)
                    || (s.kind() == Scope.Kind.CATCH && !isSimpleCatchParameter(s, name)))) {
                return null;
            }
            if (s == varScope) break;
        }
        // Not for a parameter's name, nor for "arguments" when the function has its arguments object (10.2.11 step 22.f).
        Variable param = function.scope().lookupOwn(name);
        if (param != null && (param.kind() == Variable.Kind.PARAMETER || param.kind() == Variable.Kind.ARGUMENTS)) return null;
        Variable existing = varScope.lookupOwn(name);
        if (existing == null || existing.kind() == Variable.Kind.FUNCTION_NAME) {
            if (name.equals("arguments") && !function.isTopLevel()) {
                // B.3.2.1 step ii: no var is made for "arguments" (the arguments object keeps it).
                return null;
            }
            existing = varScope.declare(name, Variable.Kind.VAR, -1);
            function.annexBOnlyVars().add(existing);
        }
        if (!function.annexBFunctionVars().contains(existing)) function.annexBFunctionVars().add(existing);
        return existing;
    }

    /**
     * B.3.2.3 for a block function of sloppy eval code: it also gets a var in the caller's var
     * scope when a var there would be no early error in the eval code and no binding between the
     * eval and the var scope has its name (B.3.4: a catch clause's does not count). The global
     * object's part of the decision is made at run time.
     */
    private void annexBEvalVar(FunctionDeclaration fd, Scope block) {
        String name = fd.id().name();
        Scope evalScope = function.scope();
        for (Scope s = block.parent(); ; s = s.parent()) {
            Variable v = s.lookupOwn(name);
            if (v != null && (v.kind().isLexical() || (v.kind() == Variable.Kind.FUNCTION && s != evalScope)
                    || (s.kind() == Scope.Kind.CATCH && !isSimpleCatchParameter(s, name)))) {
                return;
            }
            if (s == evalScope) break;
        }
        if (boundBetween(name, evalScope, function.varScope())) return;
        result.evalAnnexB.add(fd);
        result.evalAnnexBNames.add(name);
    }

    private static boolean isSimpleCatchParameter(Scope catchScope, String name) {
        CatchClause c = (CatchClause) catchScope.node();
        return c.param() instanceof Identifier id && id.name().equals(name);
    }

    /** BoundNames of a binding pattern (8.2.1). */
    public static List<Identifier> boundNames(Node pattern) {
        List<Identifier> out = new ArrayList<>();
        collectBoundNames(pattern, out);
        return out;
    }

    private static void collectBoundNames(Node p, List<Identifier> out) {
        if (p instanceof Identifier id) {
            out.add(id);
        } else if (p instanceof ArrayPattern ap) {
            for (Pattern e : ap.elements()) if (e != null) collectBoundNames(e, out);
        } else if (p instanceof ObjectPattern op) {
            for (ObjectPatternMember m : op.properties()) {
                if (m instanceof PatternProperty pp) collectBoundNames(pp.value(), out);
                else if (m instanceof RestElement r) collectBoundNames(r.argument(), out);
            }
        } else if (p instanceof AssignmentPattern ap) {
            collectBoundNames(ap.left(), out);
        } else if (p instanceof RestElement r) {
            collectBoundNames(r.argument(), out);
        } else if (p instanceof VariableDeclaration vd) {
            for (VariableDeclarator d : vd.declarations()) collectBoundNames(d.id(), out);
        }
    }

    // =========================================================================== resolution

    private void resolve(Identifier id) {
        pending.add(new Pending(id, scope, function, null, null));
    }

    /**
     * @param forwardedByApply whether {@code id} is the {@code arguments} of an
     *                         {@link ApplyOfArguments} call, which needs no arguments object
     */
    private static Reference resolveNow(Identifier id, Scope from, FunctionInfo function, Scope skip, boolean forwardedByApply) {
        String name = id.name();
        List<Scope> dynamic = List.of();
        for (Scope s = from; s != null; s = s.parent()) {
            Variable v = s == skip ? null : s.lookupOwn(name);
            if (v != null) {
                // Vars a sloppy eval adds to a function's var scope shadow the function's own name.
                if (v.kind() == Variable.Kind.FUNCTION_NAME && s.hasDynamicVars()) dynamic = append(dynamic, s);
                if (s.function() != function) v.capture();
                if (v.kind() == Variable.Kind.ARGUMENTS) {
                    if (forwardedByApply && s.function() == function && dynamic.isEmpty() && mayForwardArguments(function)) {
                        function.markPassesArguments();
                    } else {
                        useArguments(s.function());
                    }
                }
                boolean tdz = v.hasTdz() && (s.function() != function || id.start() < v.declarationEnd()
                        || s.kind() == Scope.Kind.SWITCH || inForInOfHead(s, id));
                return new Reference(v, from, dynamic, tdz);
            }
            if (s.kind() == Scope.Kind.WITH) {
                if (s.function() != function) s.lookupOwn(WITH).capture();
                dynamic = append(dynamic, s);
            } else if (s.hasDynamicVars()) {
                dynamic = append(dynamic, s);
            }
        }
        return new Reference(null, from, dynamic, false);
    }

    /** 14.7.5.6: the expression of a for-in/of head sees the loop's bindings, uninitialized, though it follows them. */
    private static boolean inForInOfHead(Scope s, Identifier id) {
        Expression right = s.kind() != Scope.Kind.FOR ? null
                : s.node() instanceof ForInStatement f ? f.right() : s.node() instanceof ForOfStatement f ? f.right() : null;
        return right != null && id.start() >= right.start() && id.end() <= right.end();
    }

    /** A mapped arguments object aliases its function's parameters, so forwarding needs none (or no mapping). */
    private static boolean mayForwardArguments(FunctionInfo owner) {
        FunctionNode f = owner.functionNode();
        return f != null && (owner.isStrict() || !f.simpleParameterList() || f.params().isEmpty());
    }

    /**
     * The function needs its arguments object; a mapped one (10.4.4.7) aliases the parameters,
     * which therefore live in the environment, where the object reaches them.
     */
    private static void useArguments(FunctionInfo owner) {
        FunctionNode f = owner.functionNode();
        if (f == null) return; // eval code's caller made its arguments object already
        boolean mapped = !owner.isStrict() && f.simpleParameterList();
        owner.markUsesArguments(mapped);
        if (mapped) {
            for (Variable v : owner.scope().variables()) if (v.kind() == Variable.Kind.PARAMETER) v.capture();
        }
    }

    private static List<Scope> append(List<Scope> list, Scope s) {
        List<Scope> out = new ArrayList<>(list);
        out.add(s);
        return List.copyOf(out);
    }

    /** The this/new.target/callee binding of the function whose this an arrow or eval uses. */
    private Variable implicit(String name, Variable.Kind kind) {
        FunctionInfo owner = function.thisFunction();
        if (owner.isTopLevel()) return null;
        Scope s = owner.scope();
        Variable v = s.lookupOwn(name);
        if (v == null) {
            v = s.declare(name, kind, -1);
            switch (kind) {
                case THIS -> owner.setThisVariable(v);
                case NEW_TARGET -> owner.setNewTargetVariable(v);
                default -> owner.setCalleeVariable(v);
            }
        }
        if (owner != function) v.capture();
        return v;
    }

    private void useThis() {
        function.thisFunction().markUsesThis();
        if (function.thisFunction() != function || isDerivedConstructor(function.thisFunction())) implicit(THIS, Variable.Kind.THIS);
    }

    private static boolean isDerivedConstructor(FunctionInfo f) {
        return f.functionNode() != null && f.functionNode().kind() == FunctionKind.DERIVED_CONSTRUCTOR;
    }

    /**
     * A direct eval sees every binding in scope, so they all move to environments; in sloppy
     * code it may also add var bindings to the calling function's var scope.
     */
    private void directEval(CallExpression call) {
        function.markDirectEval();
        Scope target = evalVarTarget();
        result.evalVarTargets.put(call, target);
        if (target != null && target.kind() != Scope.Kind.SCRIPT) target.markDynamicVars();
        evalScopes.add(scope);
        FunctionInfo owner = function.thisFunction();
        if (!owner.isTopLevel()) {
            owner.markUsesThis();
            implicit(THIS, Variable.Kind.THIS).capture();
            implicit(NEW_TARGET, Variable.Kind.NEW_TARGET).capture();
            implicit(CALLEE, Variable.Kind.CALLEE).capture();
            Variable args = owner.argumentsVariable();
            if (args != null) {
                args.capture();
                useArguments(owner);
            }
        }
    }

    /**
     * Where the vars of a sloppy direct eval here go (19.2.1.1 step 16.b: the VariableEnvironment):
     * the function's var scope, except in a parameter expression, which sees the function's record
     * outside its parameters (10.2.11 step 20). A SCRIPT scope means the global object.
     */
    private Scope evalVarTarget() {
        if (function.isStrict()) return null;
        for (Scope s = scope; s != null; s = s.parent()) if (s == function.varScope()) return s;
        return function.parameterEvalScope();
    }

    // =========================================================================== walking

    private Scope push(Scope.Kind kind, Node node) {
        Scope s = new Scope(kind, scope, function, node);
        result.scopes.put(node, s);
        scope = s;
        return s;
    }

    private void pop(Scope previous) {
        scope = previous;
    }

    private void walkStatements(List<Statement> statements) {
        for (Statement st : statements) walkStatement(st);
    }

    private void walkStatement(Statement n) {
        if (n instanceof ExpressionStatement s) {
            walkExpression(s.expression());
        } else if (n instanceof VariableDeclaration s) {
            for (VariableDeclarator d : s.declarations()) {
                walkBindingTarget(d.id());
                if (d.init() != null) walkExpression(d.init());
            }
        } else if (n instanceof FunctionDeclaration s) {
            resolve(s.id());
            walkFunction(s);
        } else if (n instanceof ClassDeclaration s) {
            resolve(s.id());
            walkClass(s);
        } else if (n instanceof ReturnStatement s) {
            if (s.argument() != null) walkExpression(s.argument());
        } else if (n instanceof IfStatement s) {
            walkExpression(s.test());
            walkStatement(s.consequent());
            if (s.alternate() != null) walkStatement(s.alternate());
        } else if (n instanceof BlockStatement s) {
            walkBlock(s, s.body());
        } else if (n instanceof ForStatement s) {
            walkFor(s);
        } else if (n instanceof ForInStatement s) {
            walkForInOf(s, s.left(), s.right(), s.body());
        } else if (n instanceof ForOfStatement s) {
            walkForInOf(s, s.left(), s.right(), s.body());
        } else if (n instanceof WhileStatement s) {
            walkExpression(s.test());
            walkStatement(s.body());
        } else if (n instanceof DoWhileStatement s) {
            walkStatement(s.body());
            walkExpression(s.test());
        } else if (n instanceof ThrowStatement s) {
            walkExpression(s.argument());
        } else if (n instanceof TryStatement s) {
            walkStatement(s.block());
            if (s.handler() != null) walkCatch(s.handler());
            if (s.finalizer() != null) walkStatement(s.finalizer());
        } else if (n instanceof SwitchStatement s) {
            walkExpression(s.discriminant());
            Scope previous = scope;
            Scope sw = push(Scope.Kind.SWITCH, s);
            List<Statement> all = new ArrayList<>();
            for (SwitchCase c : s.cases()) all.addAll(c.consequent());
            hoistLexical(all, sw);
            for (SwitchCase c : s.cases()) {
                if (c.test() != null) walkExpression(c.test());
                walkStatements(c.consequent());
            }
            pop(previous);
        } else if (n instanceof LabeledStatement s) {
            walkStatement(s.body());
        } else if (n instanceof WithStatement s) {
            walkExpression(s.object());
            Scope previous = scope;
            Scope w = push(Scope.Kind.WITH, s);
            w.declare(WITH, Variable.Kind.WITH_OBJECT, s.start());
            walkStatement(s.body());
            pop(previous);
        } else if (!(n instanceof EmptyStatement || n instanceof BreakStatement || n instanceof ContinueStatement
                || n instanceof DebuggerStatement)) {
            throw new UnsupportedOperationException("statement " + n.getClass().getSimpleName());
        }
    }

    private void walkBlock(Node node, List<Statement> body) {
        Scope previous = scope;
        Scope b = push(Scope.Kind.BLOCK, node);
        hoistLexical(body, b);
        walkStatements(body);
        pop(previous);
    }

    private void walkFor(ForStatement s) {
        Scope previous = scope;
        if (s.init() instanceof VariableDeclaration vd && vd.kind() != VariableKind.VAR) {
            Scope f = push(Scope.Kind.FOR, s);
            hoistLexical(List.of(vd), f);
        }
        if (s.init() instanceof VariableDeclaration vd) walkStatement(vd);
        else if (s.init() != null) walkExpression((Expression) s.init());
        if (s.test() != null) walkExpression(s.test());
        if (s.update() != null) walkExpression(s.update());
        walkStatement(s.body());
        pop(previous);
    }

    private void walkForInOf(Statement s, Node left, Expression right, Statement body) {
        Scope previous = scope;
        boolean lexical = left instanceof VariableDeclaration vd && vd.kind() != VariableKind.VAR;
        if (lexical) {
            Scope f = push(Scope.Kind.FOR, s);
            hoistLexical(List.of((VariableDeclaration) left), f);
        }
        walkExpression(right); // in the TDZ scope of the loop's bindings (14.7.5.6 ForIn/OfHeadEvaluation)
        if (left instanceof VariableDeclaration vd) {
            for (VariableDeclarator d : vd.declarations()) {
                walkBindingTarget(d.id());
                if (d.init() != null) walkExpression(d.init());
            }
        } else {
            walkAssignmentTarget((Node) left);
        }
        walkStatement(body);
        pop(previous);
    }

    private void walkCatch(CatchClause c) {
        Scope previous = scope;
        Scope cs = push(Scope.Kind.CATCH, c);
        if (c.param() instanceof Identifier id) {
            cs.declare(id.name(), Variable.Kind.CATCH_PARAMETER, c.param().end());
        } else if (c.param() != null) {
            for (Identifier id : boundNames(c.param())) cs.declare(id.name(), Variable.Kind.LET, c.param().end());
        }
        if (c.param() != null) walkBindingTarget(c.param());
        walkBlock(c.body(), c.body().body());
        pop(previous);
    }

    /** Identifiers of a binding pattern resolve to what they declare; defaults and computed keys are expressions. */
    private void walkBindingTarget(Node p) {
        if (p instanceof Identifier id) {
            resolve(id);
        } else if (p instanceof ArrayPattern ap) {
            for (Pattern e : ap.elements()) if (e != null) walkBindingTarget(e);
        } else if (p instanceof ObjectPattern op) {
            for (ObjectPatternMember m : op.properties()) {
                if (m instanceof PatternProperty pp) {
                    if (pp.computed()) walkExpression((Expression) pp.key());
                    walkBindingTarget(pp.value());
                } else if (m instanceof RestElement r) {
                    walkBindingTarget(r.argument());
                }
            }
        } else if (p instanceof AssignmentPattern ap) {
            walkBindingTarget(ap.left());
            walkExpression(ap.right());
        } else if (p instanceof RestElement r) {
            walkBindingTarget(r.argument());
        } else {
            walkAssignmentTarget(p);
        }
    }

    /** An assignment target: like a binding target, but member expressions are allowed. */
    private void walkAssignmentTarget(Node p) {
        if (p instanceof MemberExpression || p instanceof SuperMemberExpression || p instanceof PrivateMemberExpression
                || p instanceof CallExpression) {
            walkExpression((Expression) p);
        } else {
            walkBindingTarget(p);
        }
    }

    private void walkExpression(Expression e) {
        if (e instanceof Identifier id) {
            resolve(id);
        } else if (e instanceof ThisExpression) {
            useThis();
        } else if (e instanceof NullLiteral || e instanceof BooleanLiteral || e instanceof NumericLiteral
                || e instanceof BigIntLiteral || e instanceof StringLiteral || e instanceof RegExpLiteral) {
            // literals reference nothing
        } else if (e instanceof TemplateLiteral t) {
            for (Expression x : t.expressions()) walkExpression(x);
        } else if (e instanceof TaggedTemplateExpression t) {
            walkExpression(t.tag());
            for (Expression x : t.quasi().expressions()) walkExpression(x);
        } else if (e instanceof ArrayExpression a) {
            for (Expression x : a.elements()) if (x != null) walkExpression(x);
        } else if (e instanceof ObjectExpression o) {
            for (ObjectMember m : o.properties()) {
                if (m instanceof Property p) {
                    if (p.computed()) walkExpression((Expression) p.key());
                    if (p.shorthand() && p.value() instanceof Identifier) walkExpression(p.value());
                    else if (p.value() instanceof FunctionExpression fe && (p.method() || p.kind() != PropertyKind.INIT)) walkFunction(fe);
                    else walkExpression(p.value());
                } else if (m instanceof SpreadElement s) {
                    walkExpression(s.argument());
                }
            }
        } else if (e instanceof SpreadElement s) {
            walkExpression(s.argument());
        } else if (e instanceof FunctionExpression f) {
            walkFunction(f);
        } else if (e instanceof ArrowFunctionExpression f) {
            walkFunction(f);
        } else if (e instanceof ClassExpression c) {
            walkClass(c);
        } else if (e instanceof UnaryExpression u) {
            walkExpression(u.argument());
        } else if (e instanceof UpdateExpression u) {
            walkAssignmentTarget(u.argument());
        } else if (e instanceof BinaryExpression b) {
            walkExpression(b.left());
            walkExpression(b.right());
        } else if (e instanceof PrivateInExpression p) {
            resolvePrivate(p.name());
            walkExpression(p.right());
        } else if (e instanceof LogicalExpression l) {
            walkExpression(l.left());
            walkExpression(l.right());
        } else if (e instanceof AssignmentExpression a) {
            walkAssignmentTarget(a.left());
            walkExpression(a.right());
        } else if (e instanceof ConditionalExpression c) {
            walkExpression(c.test());
            walkExpression(c.consequent());
            walkExpression(c.alternate());
        } else if (e instanceof CallExpression c) {
            if (c.callee() instanceof Identifier id && id.name().equals("eval") && !c.optional()) directEval(c);
            if (ApplyOfArguments.matches(c)) argumentsForwardedByApply.add(ApplyOfArguments.argumentsOf(c));
            walkExpression(c.callee());
            for (Expression x : c.arguments()) walkExpression(x);
        } else if (e instanceof NewExpression n) {
            walkExpression(n.callee());
            for (Expression x : n.arguments()) walkExpression(x);
        } else if (e instanceof MemberExpression m) {
            walkExpression(m.object());
            if (m.computed()) walkExpression(m.property());
        } else if (e instanceof PrivateMemberExpression m) {
            walkExpression(m.object());
            resolvePrivate(m.property());
        } else if (e instanceof SuperMemberExpression s) {
            useSuperProperty();
            if (s.computed()) walkExpression(s.property());
        } else if (e instanceof SuperCall s) {
            useSuperCall();
            for (Expression x : s.arguments()) walkExpression(x);
        } else if (e instanceof ChainExpression c) {
            walkExpression(c.expression());
        } else if (e instanceof SequenceExpression s) {
            for (Expression x : s.expressions()) walkExpression(x);
        } else if (e instanceof YieldExpression y) {
            if (y.argument() != null) walkExpression(y.argument());
        } else if (e instanceof AwaitExpression a) {
            walkExpression(a.argument());
        } else if (e instanceof ImportExpression i) {
            walkExpression(i.source());
            if (i.options() != null) walkExpression(i.options());
        } else if (e instanceof MetaProperty m) {
            if (m.kind() == MetaPropertyKind.NEW_TARGET && function.thisFunction() != function) {
                implicit(NEW_TARGET, Variable.Kind.NEW_TARGET);
            }
        } else {
            throw new UnsupportedOperationException("expression " + e.getClass().getSimpleName());
        }
    }

    private void useSuperProperty() {
        useThis();
        if (function.thisFunction() != function) implicit(CALLEE, Variable.Kind.CALLEE);
    }

    private void useSuperCall() {
        useThis();
        if (function.thisFunction() != function) {
            implicit(CALLEE, Variable.Kind.CALLEE);
            implicit(NEW_TARGET, Variable.Kind.NEW_TARGET);
        }
    }

    private void resolvePrivate(PrivateIdentifier p) {
        pending.add(new Pending(new Identifier(p.start(), p.end(), "#" + p.name()), scope, function, p, heritageOf));
    }

    // =========================================================================== functions and classes

    private void walkFunction(FunctionNode f) {
        FunctionInfo outer = function;
        Scope previous = scope;
        FunctionInfo info = new FunctionInfo(f, outer, f.strict(), f.kind() == FunctionKind.ARROW);
        result.functions.put(f, info);
        function = info;
        Scope pe = null;
        if (!f.strict() && hasParameterExpressions(f)) {
            pe = new Scope(Scope.Kind.PARAMETER_EVAL_VARS, scope, info, f);
            info.setParameterEvalScope(pe);
            scope = pe;
        }
        Scope fs = push(Scope.Kind.FUNCTION, f);
        Scope vs = fs;
        List<Statement> body = f.body() instanceof BlockStatement b ? b.body() : List.of();
        if (f instanceof FunctionExpression fe && fe.id() != null) {
            // The name's own record is outside the function's (15.2.5), so outside the eval vars of its parameters too.
            (pe != null ? pe : fs).declare(fe.id().name(), Variable.Kind.FUNCTION_NAME, -1);
        }
        for (Pattern p : f.params()) {
            for (Identifier id : boundNames(p)) {
                Variable v = fs.declare(id.name(), Variable.Kind.PARAMETER, p.end());
                if (!f.simpleParameterList()) v.markTdz();
            }
        }
        if (!f.simpleParameterList()) {
            vs = new Scope(Scope.Kind.FUNCTION_BODY, fs, info, f.body());
            result.scopes.put(f.body(), vs);
        }
        info.setScopes(fs, vs);
        if (info.isArrow() == false && argumentsObjectNeeded(f, body)) {
            info.setArgumentsVariable(fs.declare("arguments", Variable.Kind.ARGUMENTS, -1));
        }
        if (isDerivedConstructor(info)) implicit(THIS, Variable.Kind.THIS);
        hoistVarScoped(body, vs, true);
        // Parameters with the same name as a var keep being parameters (10.2.11 step 27/28).
        for (Pattern p : f.params()) walkBindingTarget(p);
        scope = vs;
        hoistLexical(body, vs);
        if (f.body() instanceof Expression x) walkExpression(x);
        else walkStatements(body);
        function = outer;
        pop(previous);
    }

    /** 10.2.11 steps 15-18: whether the function gets an arguments object at all. */
    private static boolean argumentsObjectNeeded(FunctionNode f, List<Statement> body) {
        for (Pattern p : f.params()) for (Identifier id : boundNames(p)) if (id.name().equals("arguments")) return false;
        if (f.simpleParameterList() || !hasParameterExpressions(f)) {
            for (Statement st : body) {
                Statement d = st;
                while (d instanceof LabeledStatement l) d = l.body();
                if (d instanceof FunctionDeclaration fd && fd.id().name().equals("arguments")) return false;
                if (d instanceof ClassDeclaration cd && cd.id().name().equals("arguments")) return false;
                if (d instanceof VariableDeclaration vd && vd.kind() != VariableKind.VAR) {
                    for (VariableDeclarator decl : vd.declarations())
                        for (Identifier id : boundNames(decl.id())) if (id.name().equals("arguments")) return false;
                }
            }
        }
        return true;
    }

    private static boolean hasParameterExpressions(FunctionNode f) {
        for (Pattern p : f.params()) if (!(p instanceof Identifier)) return true;
        return false;
    }

    private void walkClass(ClassNode c) {
        Scope previous = scope;
        Scope cs = push(Scope.Kind.CLASS, c);
        if (c.id() != null) cs.declare(c.id().name(), Variable.Kind.CLASS_NAME, c.end());
        for (ClassElement el : c.body()) {
            Node key = el instanceof MethodDefinition m ? m.key() : el instanceof PropertyDefinition p ? p.key() : null;
            if (key instanceof PrivateIdentifier pi && cs.lookupOwn("#" + pi.name()) == null) {
                cs.declare("#" + pi.name(), Variable.Kind.PRIVATE_NAME, -1);
            }
        }
        if (c.superClass() != null) {
            // 15.7.14 step 8.b: the heritage sees the class binding but the outer private names.
            Scope outerHeritage = heritageOf;
            heritageOf = cs;
            walkExpression(c.superClass());
            heritageOf = outerHeritage;
        }
        for (ClassElement el : c.body()) {
            if (el instanceof MethodDefinition m) {
                if (m.computed()) walkExpression((Expression) m.key());
                walkFunction(m.value());
            } else if (el instanceof PropertyDefinition p) {
                if (p.computed()) walkExpression((Expression) p.key());
                walkFieldInitializer(p, p.value() == null ? List.of() : List.of(new ExpressionStatement(p.value().start(), p.value().end(), p.value(), null)), p.value());
            } else if (el instanceof StaticBlock sb) {
                walkFieldInitializer(sb, sb.body(), null);
            }
        }
        pop(previous);
    }

    /**
     * A field initializer or static block: a method of its own (15.7.10, 15.7.11) with this,
     * super and new.target (undefined), but no arguments.
     */
    private void walkFieldInitializer(Node node, List<Statement> body, Expression value) {
        FunctionInfo outer = function;
        Scope previous = scope;
        FunctionInfo info = new FunctionInfo(node, outer, true, false);
        result.functions.put(node, info);
        function = info;
        Scope fs = push(Scope.Kind.FUNCTION, node);
        info.setScopes(fs, fs);
        hoistVarScoped(body, fs, true);
        hoistLexical(body, fs);
        if (value != null) walkExpression(value);
        else walkStatements(body);
        function = outer;
        pop(previous);
    }
}
