package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.scope.FunctionInfo;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.parser.ast.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Label;

/**
 * Compiles statements (ECMA-262 14): control flow with its jump targets, loops with their
 * safepoint polls, try/catch/finally, switch, with, declarations, and the completion value of
 * script and eval code.
 */
final class StatementCompiler {
    private static final String ITERATION = "dev/kiln/runtime/ops/Iteration";
    private static final String ITERATOR_RECORD = "dev/kiln/runtime/ops/IteratorRecord";

    private final FunctionCompiler fc;
    private final Code code;
    /** Where every return of a derived constructor goes, and the local holding its value (see {@link #emitReturn}). */
    private Label derivedConstructorExit;
    private int derivedConstructorValue;
    /** Labels of the labelled statement(s) directly around the statement being compiled. */
    private Set<String> pendingLabels = Set.of();

    StatementCompiler(FunctionCompiler fc) {
        this.fc = fc;
        this.code = fc.code;
    }

    void compileStatements(List<Statement> statements, Scope scope) {
        if (fc.split != null) fc.split.statements(fc, statements, scope);
        else for (Statement st : statements) compile(st, scope);
    }

    /** Sets the completion value of script or eval code to undefined (UpdateEmpty(..., undefined)). */
    private void resetCompletion() {
        if (fc.hasCompletion()) {
            code.undefined();
            fc.storeCompletion();
        }
    }

    void compile(Statement st, Scope scope) {
        // A split function may move the statement to a piece, unless it is the body of a label (which stays with it).
        if (fc.split != null && pendingLabels.isEmpty() && fc.split.statement(fc, st, scope)) return;
        Set<String> labels = pendingLabels;
        pendingLabels = Set.of();
        if (st instanceof ExpressionStatement s) {
            fc.position(s);
            if (fc.hasCompletion()) {
                fc.expressions.compile(s.expression(), scope);
                fc.storeCompletion();
            } else {
                fc.expressions.compileForEffect(s.expression(), scope);
            }
        } else if (st instanceof VariableDeclaration s) {
            fc.position(s);
            variableDeclaration(s, scope);
        } else if (st instanceof FunctionDeclaration s) {
            functionDeclaration(s, scope);
        } else if (st instanceof ClassDeclaration s) {
            fc.position(s);
            fc.expressions.classDefinition(s, scope);
            fc.storeIdentifier(s.id(), true);
        } else if (st instanceof ReturnStatement s) {
            fc.position(s);
            if (s.argument() != null) fc.expressions.compile(s.argument(), scope);
            else code.undefined();
            emitReturn(scope);
        } else if (st instanceof IfStatement s) {
            fc.position(s);
            resetCompletion();
            Label otherwise = new Label(), end = new Label();
            fc.expressions.compileCondition(s.test(), scope);
            code.ifFalse(otherwise);
            compile(s.consequent(), scope);
            code.jump(end);
            code.label(otherwise);
            if (s.alternate() != null) compile(s.alternate(), scope);
            code.label(end);
        } else if (st instanceof BlockStatement s) {
            block(s, s.body(), scope, labels);
        } else if (st instanceof WhileStatement s) {
            fc.position(s);
            resetCompletion();
            Label test = new Label(), body = new Label(), end = new Label();
            code.jump(test);
            code.label(body);
            loopBody(s.body(), scope, labels, end, test);
            code.label(test);
            poll();
            fc.expressions.compileCondition(s.test(), scope);
            code.ifTrue(body);
            code.label(end);
        } else if (st instanceof DoWhileStatement s) {
            fc.position(s);
            resetCompletion();
            Label body = new Label(), test = new Label(), end = new Label();
            code.label(body);
            loopBody(s.body(), scope, labels, end, test);
            code.label(test);
            poll();
            fc.expressions.compileCondition(s.test(), scope);
            code.ifTrue(body);
            code.label(end);
        } else if (st instanceof ForStatement s) {
            fc.position(s);
            forStatement(s, scope, labels);
        } else if (st instanceof ForInStatement s) {
            fc.position(s);
            forIn(s, scope, labels);
        } else if (st instanceof ForOfStatement s) {
            fc.position(s);
            if (s.await()) throw new UnsupportedOperationException("for await is compiled with async functions");
            forOf(s, scope, labels);
        } else if (st instanceof BreakStatement s) {
            fc.position(s);
            fc.control.emitBreak(s.label() == null ? null : s.label().name());
        } else if (st instanceof ContinueStatement s) {
            fc.position(s);
            fc.control.emitContinue(s.label() == null ? null : s.label().name());
        } else if (st instanceof ThrowStatement s) {
            fc.position(s);
            fc.expressions.compile(s.argument(), scope);
            code.invokeStatic(Code.SUPPORT, "throwValue", "(Ljava/lang/Object;)L" + Code.JS_EXCEPTION + ";");
            code.athrow();
        } else if (st instanceof TryStatement s) {
            fc.position(s);
            tryStatement(s, scope);
        } else if (st instanceof SwitchStatement s) {
            fc.position(s);
            switchStatement(s, scope, labels);
        } else if (st instanceof LabeledStatement s) {
            Set<String> all = new HashSet<>(labels);
            all.add(s.label().name());
            if (isLoop(s.body())) {
                pendingLabels = all;
                compile(s.body(), scope);
            } else {
                Label end = new Label();
                fc.control.pushTarget(all, end, null, false);
                compile(s.body(), scope);
                fc.control.pop();
                code.label(end);
            }
        } else if (st instanceof WithStatement s) {
            fc.position(s);
            withStatement(s, scope);
        } else if (st instanceof EmptyStatement || st instanceof DebuggerStatement) {
            // nothing to do
        } else {
            throw new UnsupportedOperationException("statement " + st.getClass().getSimpleName());
        }
    }

    private static boolean isLoop(Statement s) {
        return s instanceof WhileStatement || s instanceof DoWhileStatement || s instanceof ForStatement
                || s instanceof ForInStatement || s instanceof ForOfStatement;
    }

    /** The safepoint poll of a loop back-edge: stops here if the realm was asked to. */
    void poll() {
        if (!dev.kiln.codegen.Compiler.SAFEPOINT_POLLS) return;
        Label go = new Label();
        code.realm();
        code.invokeVirtual(Code.REALM, "isInterruptRequested", "()Z");
        code.ifFalse(go);
        code.realm();
        code.invokeVirtual(Code.REALM, "terminate", "()V");
        code.label(go);
    }

    private void loopBody(Statement body, Scope scope, Set<String> labels, Label breakLabel, Label continueLabel) {
        fc.control.pushTarget(labels, breakLabel, continueLabel, true);
        compile(body, scope);
        fc.control.pop();
    }

    private void block(Node node, List<Statement> body, Scope scope, Set<String> labels) {
        Scope inner = fc.analysis.scopeOf(node);
        if (inner == null) inner = scope;
        fc.enterScope(inner == scope ? null : inner);
        fc.control.pushScope(inner == scope ? null : inner);
        instantiateBlockFunctions(body, inner);
        compileStatements(body, inner);
        fc.control.popScope(inner == scope ? null : inner);
        fc.exitScope(inner == scope ? null : inner);
    }

    /** 14.2.3 BlockDeclarationInstantiation: the block's functions exist from its start. */
    private void instantiateBlockFunctions(List<Statement> body, Scope inner) {
        List<FunctionDeclaration> functions = new ArrayList<>();
        for (Statement st : body) {
            Statement d = st;
            while (d instanceof LabeledStatement l) d = l.body();
            if (d instanceof FunctionDeclaration fd) functions.add(fd);
        }
        fc.each(functions.size(), 16, (f, i) -> {
            f.expressions.closure(functions.get(i), inner);
            f.storeIdentifier(functions.get(i).id(), true);
        });
    }

    /**
     * A function declaration where it stands: nothing, except the Annex B copy to its var binding
     * (B.3.2.1-3), which for global code and eval code that declares on the global object applies
     * only if GlobalDeclarations found the name definable.
     */
    private void functionDeclaration(FunctionDeclaration fd, Scope scope) {
        Variable var = fc.analysis.annexBVar(fd);
        boolean evalVar = fc.analysis.isEvalAnnexB(fd);
        if (var == null && !evalVar) return;
        fc.position(fd);
        String name = fd.id().name();
        if (fc.hasAnnexBFlags()) {
            Label skip = new Label();
            fc.loadAnnexBFlags();
            code.iconst(fc.annexBNames.indexOf(name));
            code.insn(BALOAD);
            code.ifFalse(skip);
            fc.loadIdentifier(fd.id(), false);
            code.invokeDynamic("global", "(Ljava/lang/Object;)V", Code.BSM_GLOBAL, name, 3);
            code.label(skip);
        } else if (evalVar) {
            fc.loadIdentifier(fd.id(), false);
            fc.storeEvalVar(scope, name);
        } else {
            fc.loadIdentifier(fd.id(), false);
            fc.storeVariable(scope, var);
        }
    }

    void variableDeclaration(VariableDeclaration s, Scope scope) {
        boolean lexical = s.kind() != VariableKind.VAR;
        if (fc.split != null) {
            fc.split.items(fc, s.declarations().size(), i -> 8 + fc.split.bytes(s.declarations().get(i)),
                    (f, i) -> f.statements.declarator(s.declarations().get(i), scope, lexical));
        } else {
            for (VariableDeclarator d : s.declarations()) declarator(d, scope, lexical);
        }
    }

    private void declarator(VariableDeclarator d, Scope scope, boolean lexical) {
        if (d.init() == null) {
            if (lexical) {
                code.undefined();
                fc.patterns.bind(d.id(), scope, true);
            }
            return;
        }
        if (d.id() instanceof Identifier id && fc.expressions.typedVariable(id) != null) {
            Variable v = fc.expressions.typedVariable(id);
            fc.expressions.compileTyped(d.init(), scope, fc.types.typeOf(v));
            fc.storeTyped(v);
            return;
        }
        if (d.id() instanceof Identifier id && !lexical) {
            // 14.3.2.1: the var's reference is resolved before its initializer runs (it may be a with object's).
            int resolved = fc.resolveDynamic(id);
            fc.expressions.compileNamed(d.init(), id.name(), scope);
            fc.storeResolved(id, resolved);
            return;
        }
        if (d.id() instanceof Identifier id) fc.expressions.compileNamed(d.init(), id.name(), scope);
        else fc.expressions.compile(d.init(), scope);
        fc.patterns.bind(d.id(), scope, lexical);
    }

    // ------------------------------------------------------------------ return

    void emitReturn(Scope scope) {
        FunctionInfo info = fc.info;
        // In a piece of a split function, the caller returns the value (see Splitter), and checks a derived constructor's.
        if (fc.piece != null) fc.piece.returns = true;
        boolean derivedConstructor = fc.piece == null && info.functionNode() != null
                && info.functionNode().kind() == FunctionKind.DERIVED_CONSTRUCTOR;
        if (derivedConstructor || fc.control.hasUnwinding()) {
            int value = derivedConstructor ? derivedConstructorReturn() : code.newLocal();
            code.store(value);
            List<ControlFlow.TryRegion> paused = new ArrayList<>();
            fc.control.unwindForReturn(paused);
            if (derivedConstructor) {
                code.jump(derivedConstructorExit);
            } else {
                code.load(value);
                code.areturn();
            }
            ControlFlow.resumeAll(paused);
        } else {
            code.areturn();
        }
    }

    /** The local a derived constructor's return value goes to before it jumps to its exit. */
    private int derivedConstructorReturn() {
        if (derivedConstructorExit == null) {
            derivedConstructorExit = new Label();
            derivedConstructorValue = code.newLocal();
        }
        return derivedConstructorValue;
    }

    /**
     * A derived constructor's exit, after its body: 10.2.2 [[Construct]] steps 10-12 look at the
     * returned value once the body has completed, so the check is outside every try statement
     * (and after the finally blocks, which the return has already run).
     */
    void emitDerivedConstructorExit() {
        if (derivedConstructorExit == null) return;
        code.label(derivedConstructorExit);
        code.load(derivedConstructorValue);
        derivedConstructorResult(fc.info.varScope());
        code.areturn();
    }

    /** The end of a function body: return undefined (or a derived constructor's this). */
    void emitReturnUndefined(Scope scope) {
        code.undefined();
        emitReturn(scope);
    }

    /**
     * 10.2.2 [[Construct]] steps 10-12 for a derived constructor: an object result stands, undefined
     * gives the this binding (which must be initialized), anything else is a TypeError.
     */
    private void derivedConstructorResult(Scope scope) {
        Label done = new Label(), notObject = new Label();
        code.dup();
        code.mv.visitTypeInsn(INSTANCEOF, Code.JS_OBJECT);
        code.ifFalse(notObject);
        code.jump(done);
        code.label(notObject);
        code.dup();
        code.undefined();
        Label isUndefined = new Label();
        code.mv.visitJumpInsn(IF_ACMPEQ, isUndefined);
        code.pop();
        code.ldc("Derived constructors may only return object or undefined");
        code.invokeStatic("dev/kiln/runtime/completion/JSException", "typeError", "(Ljava/lang/String;)L" + Code.JS_EXCEPTION + ";");
        code.athrow();
        code.label(isUndefined);
        code.pop();
        fc.loadThis(scope);
        code.label(done);
    }

    // ------------------------------------------------------------------ loops

    private void forStatement(ForStatement s, Scope scope, Set<String> labels) {
        resetCompletion();
        Scope loopScope = fc.analysis.scopeOf(s);
        Scope inner = loopScope != null ? loopScope : scope;
        if (loopScope != null) {
            fc.enterScope(loopScope);
            fc.control.pushScope(loopScope);
        }
        if (s.init() instanceof VariableDeclaration vd) variableDeclaration(vd, inner);
        else if (s.init() != null) fc.expressions.compileForEffect((Expression) s.init(), inner);
        boolean perIteration = loopScope != null && loopScope.hasEnv();
        Label test = new Label(), body = new Label(), update = new Label(), end = new Label();
        code.jump(test);
        code.label(body);
        loopBody(s.body(), inner, labels, end, update);
        code.label(update);
        if (perIteration) copyEnvironment(loopScope); // 14.7.4.4 CreatePerIterationEnvironment
        if (s.update() != null) fc.expressions.compileForEffect(s.update(), inner);
        code.label(test);
        poll();
        if (s.test() != null) {
            fc.expressions.compileCondition(s.test(), inner);
            code.ifTrue(body);
        } else {
            code.jump(body);
        }
        code.label(end);
        if (loopScope != null) {
            fc.control.popScope(loopScope);
            fc.exitScope(loopScope);
        }
    }

    /** Replaces the current environment with a copy, so closures of the last iteration keep theirs. */
    private void copyEnvironment(Scope s) {
        code.load(fc.envLocal);
        code.invokeVirtual("[Ljava/lang/Object;", "clone", "()Ljava/lang/Object;");
        code.checkcast(Code.OBJECT_ARRAY);
        code.store(fc.envLocal);
    }

    private void forIn(ForInStatement s, Scope scope, Set<String> labels) {
        resetCompletion();
        Scope loopScope = fc.analysis.scopeOf(s);
        Node left = s.left();
        // Annex B.3.5: for (var x = init in o) evaluates the initializer first.
        if (left instanceof VariableDeclaration vd && vd.declarations().get(0).init() != null) {
            VariableDeclarator d = vd.declarations().get(0);
            fc.expressions.compileNamed(d.init(), ((Identifier) d.id()).name(), scope);
            fc.patterns.bind(d.id(), scope, false);
        }
        Label end = new Label(), next = new Label(), done = new Label();
        int iterator = code.newLocal();
        // 14.7.5.6 ForIn/OfHeadEvaluation: the expression sees the loop bindings in their TDZ.
        evaluateHead(s.right(), loopScope, scope);
        code.realm();
        code.swap();
        code.invokeStatic("dev/kiln/runtime/ops/ForInIterator", "start",
                "(" + Code.REALM_DESC + "Ljava/lang/Object;)Ldev/kiln/runtime/ops/ForInIterator;");
        code.store(iterator);
        code.label(next);
        poll();
        code.load(iterator);
        code.invokeVirtual("dev/kiln/runtime/ops/ForInIterator", "next", "()Ljava/lang/Object;");
        code.dup();
        code.mv.visitJumpInsn(IFNULL, done);
        int key = code.newLocal();
        code.store(key);
        iterationBody(left, loopScope, scope, key, s.body(), labels, end, next);
        code.jump(next);
        code.label(done);
        code.pop();
        code.label(end);
    }

    private void forOf(ForOfStatement s, Scope scope, Set<String> labels) {
        resetCompletion();
        Scope loopScope = fc.analysis.scopeOf(s);
        Label end = new Label(), next = new Label(), exhausted = new Label(), breakOut = new Label();
        int record = code.newLocal();
        evaluateHead(s.right(), loopScope, scope);
        code.realm();
        code.swap();
        code.invokeStatic(ITERATION, "getIterator", "(" + Code.REALM_DESC + "Ljava/lang/Object;)L" + ITERATOR_RECORD + ";");
        code.store(record);
        int envAtLoop = code.newLocal();
        code.load(fc.envLocal);
        code.store(envAtLoop);
        code.label(next);
        poll();
        code.load(record);
        code.invokeStatic(ITERATION, "iteratorStepValue", "(L" + ITERATOR_RECORD + ";)Ljava/lang/Object;");
        code.dup();
        code.mv.visitJumpInsn(IFNULL, exhausted);
        int value = code.newLocal();
        code.store(value);
        // The body (and the binding of each value) is protected: an abrupt exit closes the iterator.
        ControlFlow.TryRegion region = new ControlFlow.TryRegion(fc);
        region.begin();
        fc.control.pushCleanup(() -> {
            code.load(record);
            code.invokeStatic(ITERATION, "iteratorClose", "(L" + ITERATOR_RECORD + ";)V");
        }, region);
        iterationBody(s.left(), loopScope, scope, value, s.body(), labels, breakOut, next);
        fc.control.pop();
        region.end();
        code.jump(next);
        // break: close the iterator (its errors propagate), then leave.
        code.label(breakOut);
        code.load(envAtLoop);
        code.store(fc.envLocal);
        code.load(record);
        code.invokeStatic(ITERATION, "iteratorClose", "(L" + ITERATOR_RECORD + ";)V");
        code.jump(end);
        // A throw out of the body: IteratorClose(throw completion), then rethrow.
        Label handler = new Label();
        code.label(handler);
        int thrown = code.newLocal();
        code.store(thrown);
        code.load(envAtLoop);
        code.store(fc.envLocal);
        Label rethrow = new Label();
        code.load(thrown);
        code.invokeStatic(Code.SUPPORT, "isTermination", "(Ljava/lang/Throwable;)Z");
        code.ifTrue(rethrow);
        code.load(thrown);
        code.mv.visitTypeInsn(INSTANCEOF, Code.JS_EXCEPTION);
        code.ifFalse(rethrow);
        code.load(record);
        code.load(thrown);
        code.checkcast(Code.JS_EXCEPTION);
        code.invokeStatic(ITERATION, "iteratorCloseOnThrow", "(L" + ITERATOR_RECORD + ";L" + Code.JS_EXCEPTION + ";)L" + Code.JS_EXCEPTION + ";");
        code.athrow();
        code.label(rethrow);
        code.load(thrown);
        code.athrow();
        region.handler(handler, "java/lang/Throwable");
        code.label(exhausted);
        code.pop();
        code.label(end);
    }

    /** Evaluates a for-in/of head expression with the loop's lexical bindings in their TDZ. */
    private void evaluateHead(Expression right, Scope loopScope, Scope scope) {
        if (loopScope != null) {
            fc.enterScope(loopScope);
            fc.expressions.compile(right, loopScope);
            int tmp = code.newLocal();
            code.store(tmp);
            fc.exitScope(loopScope);
            code.load(tmp);
        } else {
            fc.expressions.compile(right, scope);
        }
    }

    /** One iteration of for-in/of: fresh bindings (when lexical), bind the value, run the body. */
    private void iterationBody(Node left, Scope loopScope, Scope scope, int valueLocal, Statement body,
                               Set<String> labels, Label end, Label next) {
        Scope inner = loopScope != null ? loopScope : scope;
        if (loopScope != null) {
            fc.enterScope(loopScope);
            fc.control.pushScope(loopScope);
        }
        code.load(valueLocal);
        if (left instanceof VariableDeclaration vd) {
            fc.patterns.bind(vd.declarations().get(0).id(), inner, vd.kind() != VariableKind.VAR);
        } else {
            fc.patterns.assign((Node) left, inner);
        }
        Label continueHere = new Label();
        loopBody(body, inner, labels, end, continueHere);
        code.label(continueHere);
        if (loopScope != null) {
            fc.control.popScope(loopScope);
            fc.exitScope(loopScope);
        }
    }

    // ------------------------------------------------------------------ switch

    private void switchStatement(SwitchStatement s, Scope scope, Set<String> labels) {
        resetCompletion();
        fc.expressions.compile(s.discriminant(), scope);
        int discriminant = code.newLocal();
        code.store(discriminant);
        Scope inner = fc.analysis.scopeOf(s);
        fc.enterScope(inner);
        fc.control.pushScope(inner);
        List<Statement> all = new ArrayList<>();
        for (SwitchCase c : s.cases()) all.addAll(c.consequent());
        instantiateBlockFunctions(all, inner);
        if (fc.split != null && fc.split.largeSwitch(fc, s)) {
            fc.split.switchCases(fc, s, inner, discriminant, labels);
            fc.control.popScope(inner);
            fc.exitScope(inner);
            return;
        }
        Label end = new Label();
        Label[] bodies = new Label[s.cases().size()];
        Label defaultBody = end;
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = new Label();
            SwitchCase c = s.cases().get(i);
            if (c.test() == null) {
                defaultBody = bodies[i];
                continue;
            }
            code.load(discriminant);
            fc.expressions.compile(c.test(), inner);
            code.invokeStatic(Code.OPERATORS, "strictEquals", "(Ljava/lang/Object;Ljava/lang/Object;)Z");
            code.ifTrue(bodies[i]);
        }
        code.jump(defaultBody);
        fc.control.pushTarget(labels, end, null, true);
        for (int i = 0; i < bodies.length; i++) {
            code.label(bodies[i]);
            compileStatements(s.cases().get(i).consequent(), inner);
        }
        fc.control.pop();
        code.label(end);
        fc.control.popScope(inner);
        fc.exitScope(inner);
    }

    // ------------------------------------------------------------------ with

    private void withStatement(WithStatement s, Scope scope) {
        resetCompletion();
        Scope ws = fc.analysis.scopeOf(s);
        fc.expressions.compile(s.object(), scope);
        code.realm();
        code.swap();
        code.invokeStatic(Code.CONVERSION, "toObject", "(" + Code.REALM_DESC + "Ljava/lang/Object;)L" + Code.JS_OBJECT + ";");
        int obj = code.newLocal();
        code.store(obj);
        fc.enterScope(ws);
        fc.control.pushScope(ws);
        code.load(obj);
        fc.storeVariable(ws, ws.lookupOwn("%with"));
        compile(s.body(), ws);
        fc.control.popScope(ws);
        fc.exitScope(ws);
    }

    // ------------------------------------------------------------------ try

    private void tryStatement(TryStatement s, Scope scope) {
        resetCompletion();
        int envAtTry = code.newLocal();
        code.load(fc.envLocal);
        code.store(envAtTry);
        Label end = new Label();
        ControlFlow.TryRegion finallyRegion = null;
        if (s.finalizer() != null) {
            finallyRegion = new ControlFlow.TryRegion(fc);
            finallyRegion.begin();
            fc.control.pushFinally(() -> compileFinally(s.finalizer(), scope, envAtTry), finallyRegion);
        }
        ControlFlow.TryRegion catchRegion = new ControlFlow.TryRegion(fc);
        catchRegion.begin();
        compile(s.block(), scope);
        catchRegion.end();
        Label afterCatch = new Label();
        code.jump(afterCatch);
        if (s.handler() != null) {
            Label handler = new Label();
            code.label(handler);
            int thrown = code.newLocal();
            code.store(thrown);
            code.load(envAtTry);
            code.store(fc.envLocal);
            resetCompletion();
            CatchClause c = s.handler();
            Scope cs = fc.analysis.scopeOf(c);
            fc.enterScope(cs);
            fc.control.pushScope(cs);
            code.realm();
            code.load(thrown);
            code.invokeStatic(Code.SUPPORT, "caught", "(" + Code.REALM_DESC + "Ljava/lang/Throwable;)Ljava/lang/Object;");
            if (c.param() != null) fc.patterns.bind(c.param(), cs, true);
            else code.pop();
            compile(c.body(), cs);
            fc.control.popScope(cs);
            fc.exitScope(cs);
            catchRegion.handler(handler, Code.JS_EXCEPTION);
            catchRegion.handler(handler, "java/lang/StackOverflowError");
        }
        code.label(afterCatch);
        if (s.finalizer() != null) {
            fc.control.pop();
            finallyRegion.end();
            compileFinally(s.finalizer(), scope, envAtTry);
            code.jump(end);
            Label handler = new Label();
            code.label(handler);
            int thrown = code.newLocal();
            code.store(thrown);
            Label rethrow = new Label();
            code.load(thrown);
            code.invokeStatic(Code.SUPPORT, "isTermination", "(Ljava/lang/Throwable;)Z");
            code.ifTrue(rethrow);
            code.load(envAtTry);
            code.store(fc.envLocal);
            compileFinally(s.finalizer(), scope, envAtTry);
            code.label(rethrow);
            code.load(thrown);
            code.athrow();
            finallyRegion.handler(handler, "java/lang/Throwable");
        }
        code.label(end);
    }

    /** A finally block's code; its normal completion leaves the completion value alone. */
    private void compileFinally(BlockStatement finalizer, Scope scope, int envAtTry) {
        int saved = -1;
        if (fc.hasCompletion()) {
            saved = code.newLocal();
            fc.loadCompletion();
            code.store(saved);
        }
        compile(finalizer, scope);
        if (saved >= 0) {
            code.load(saved);
            fc.storeCompletion();
        }
    }
}
