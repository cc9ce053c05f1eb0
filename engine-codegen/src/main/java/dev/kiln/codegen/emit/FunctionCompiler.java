package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.scope.FunctionInfo;
import dev.kiln.codegen.scope.Reference;
import dev.kiln.codegen.scope.Scope;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.codegen.scope.Variable;
import dev.kiln.codegen.types.TypeAnalysis;
import dev.kiln.codegen.types.ValueType;
import dev.kiln.parser.ast.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one JavaScript function (or a script's top-level code) to one static method of the
 * unit's class, of type (ScriptFunction callee, Object this, Object newTarget, Object[] args)Object.
 * It owns the method's state — locals, the current environment, the scopes entered — and the
 * access to bindings; statements and expressions are compiled by the helpers it holds.
 */
final class FunctionCompiler {
    static final int CALLEE = 0, THIS = 1, NEW_TARGET = 2;
    static final String BODY_DESCRIPTOR = "(L" + Code.SCRIPT_FUNCTION + ";Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;";

    /** Functions with this many parameters or fewer may take them as separate JVM arguments. */
    static final int MAX_FIXED_ARITY = 16;
    /** Lists of names longer than this are one string constant (see {@link #pushStrings}). */
    private static final int MANY_NAMES = 64;

    final UnitCompiler unit;
    final FunctionInfo info;
    final ScopeAnalysis analysis;
    final Code code;
    final boolean strict;
    final ExpressionCompiler expressions;
    final StatementCompiler statements;
    final PatternCompiler patterns;
    final ControlFlow control;
    /** Which locals hold unboxed numbers, and the static types of expressions. */
    final TypeAnalysis types;
    /** The parameter count when parameters arrive as separate JVM arguments, else -1 (an Object[] arrives). */
    final int arity;
    /** The local holding the arguments array (-1 in fixed-arity methods). */
    final int argsLocal;
    /** The local holding the current environment array. */
    final int envLocal;
    /** The method this compiler writes: its positions and stack frames are recorded under this name. */
    final String method;
    /** For a function compiled split: how its pieces are made and where its bindings live; else null. */
    final Splitter split;
    /** For a split function: the local holding its frame array, where its local bindings live; else -1. */
    final int frameLocal;
    /** For a piece of a split function: what its callers learn from it; null in a function's own method. */
    final Splitter.Piece piece;
    private final Map<Variable, Integer> localSlots = new IdentityHashMap<>();
    /** The local holding the completion value of script or eval code, or -1 (see {@link #hasCompletion}). */
    private int completionLocal = -1;
    /** For top-level script code: the local holding which Annex B function vars are in effect, or -1. */
    private int annexBFlagsLocal = -1;
    List<String> annexBNames = List.of();
    /** The source offset of the latest position mark, which code after a piece call returns to. */
    private int lastPosition = -1;

    /**
     * The compiler of a function's own method in class {@code owner}; with {@code split}, a
     * function compiled split, whose local bindings live in its frame array.
     */
    FunctionCompiler(UnitCompiler unit, FunctionInfo info, MethodVisitor mv, String owner, String method, int arity,
                     Splitter split) {
        this.unit = unit;
        this.info = info;
        this.analysis = unit.analysis;
        this.arity = arity;
        this.argsLocal = arity < 0 ? 3 : -1;
        this.envLocal = arity < 0 ? 4 : 3 + arity;
        this.method = method;
        this.split = split;
        this.frameLocal = split == null ? -1 : envLocal + 1;
        this.piece = null;
        this.code = new Code(mv, unit, owner, split == null ? envLocal + 1 : envLocal + 2);
        this.types = split == null ? TypeAnalysis.of(analysis, info) : TypeAnalysis.untyped(analysis);
        this.strict = info.isStrict();
        this.control = new ControlFlow(this);
        this.expressions = new ExpressionCompiler(this);
        this.statements = new StatementCompiler(this);
        this.patterns = new PatternCompiler(this);
    }

    /**
     * The compiler of a piece of the split function {@code parent} compiles, in class
     * {@code owner}: its locals 0 to 4 are the function's callee, this, new.target, the current
     * environment and the frame ({@link Splitter#CONTEXT}); {@code extraSlots} more follow.
     */
    FunctionCompiler(FunctionCompiler parent, MethodVisitor mv, String owner, Splitter.Piece piece, int extraSlots) {
        this.unit = parent.unit;
        this.info = parent.info;
        this.analysis = parent.analysis;
        this.arity = parent.arity;
        this.argsLocal = -1;
        this.envLocal = 3;
        this.method = piece.name;
        this.split = parent.split;
        this.frameLocal = 4;
        this.piece = piece;
        this.code = new Code(mv, parent.unit, owner, 5 + extraSlots);
        this.types = parent.types;
        this.strict = parent.strict;
        this.annexBNames = parent.annexBNames;
        this.lastPosition = parent.lastPosition;
        this.control = new ControlFlow(this);
        this.expressions = new ExpressionCompiler(this);
        this.statements = new StatementCompiler(this);
        this.patterns = new PatternCompiler(this);
    }

    // ====================================================================== positions

    /** Marks the code that follows as coming from {@code node} (line table and column map). */
    void position(Node node) {
        Label here = new Label();
        code.label(here);
        int line = unit.source.line(node.start());
        code.line(line, here);
        unit.positions.record(method, here, node.start());
        lastPosition = node.start();
    }

    /**
     * Marks a call of a piece of this function: stack traces leave this frame out, since the
     * piece's frame stands for the function there. The code after the call is back at the
     * position before it.
     */
    void pieceCall(Runnable call) {
        Label before = new Label(), after = new Label();
        code.label(before);
        unit.positions.record(method, before, PositionTable.PIECE_CALL);
        call.run();
        code.label(after);
        if (lastPosition >= 0) unit.positions.record(method, after, lastPosition);
    }

    // ====================================================================== scopes and environments

    /**
     * Enters a scope: makes its environment array if it has one and gives its local bindings
     * their initial values (undefined, or uninitialized for the temporal dead zone).
     */
    void enterScope(Scope s) {
        if (s == null) return;
        if (s.hasEnv()) {
            code.newObjectArray(s.envSize());
            code.dup();
            code.iconst(0);
            code.load(envLocal);
            code.arrayStore();
            code.store(envLocal);
        }
        List<Variable> initialized = new ArrayList<>();
        for (Variable v : s.variables()) {
            if (v.storage() == Variable.Storage.LOCAL && split == null && !localSlots.containsKey(v)) {
                localSlots.put(v, code.newLocal(types.typeOf(v)));
            }
            if (initializedAtEntry(v) && (v.storage() == Variable.Storage.LOCAL
                    || (v.storage() == Variable.Storage.ENV && !v.hasTdz()))) {
                initialized.add(v);
            }
        }
        if (split != null) split.items(this, initialized.size(), i -> 8, (fc, i) -> fc.initializeBinding(initialized.get(i)));
        else for (Variable v : initialized) initializeBinding(v);
    }

    /** Gives a binding of the scope being entered its first value: undefined, or uninitialized (the TDZ). */
    private void initializeBinding(Variable v) {
        if (v.storage() == Variable.Storage.LOCAL) {
            ValueType t = types.typeOf(v);
            if (t == ValueType.INT) code.iconst(0); // typed bindings are always assigned before use
            else if (t == ValueType.NUMBER) code.mv.visitInsn(DCONST_0);
            else if (v.hasTdz()) code.aconstNull();
            else code.undefined();
            storeLocal(v);
        } else {
            code.load(envLocal);
            code.iconst(v.envIndex());
            code.undefined();
            code.arrayStore();
        }
    }

    /** Bindings whose value the scope entry sets (the pseudo-bindings are set by the prologue, private names by the class). */
    private static boolean initializedAtEntry(Variable v) {
        return switch (v.kind()) {
            case THIS, NEW_TARGET, CALLEE, FUNCTION_NAME, WITH_OBJECT, ARGUMENTS, PRIVATE_NAME -> false;
            default -> true;
        };
    }

    /** Leaves a scope: back to the enclosing environment. */
    void exitScope(Scope s) {
        if (s != null && s.hasEnv()) popEnv();
    }

    void popEnv() {
        code.load(envLocal);
        code.iconst(0);
        code.arrayLoad();
        code.checkcast(Code.OBJECT_ARRAY);
        code.store(envLocal);
    }

    /** Pushes the environment array of scope {@code target} as seen from scope {@code from}. */
    void loadEnv(Scope from, Scope target) {
        code.load(envLocal);
        for (Scope s = from; s != target; s = s.parent()) {
            if (s == null) throw new IllegalStateException("scope not on the chain");
            if (s.hasEnv()) {
                code.iconst(0);
                code.arrayLoad();
                code.checkcast(Code.OBJECT_ARRAY);
            }
        }
    }

    // ====================================================================== bindings

    /** Whether this is script or eval code, which keeps a completion value (in a local, or a split function's frame). */
    boolean hasCompletion() {
        return split != null ? split.keepsCompletion() : completionLocal >= 0;
    }

    /** Starts the completion value of script or eval code: undefined. */
    private void startCompletion() {
        if (split != null) split.keepCompletion();
        else completionLocal = code.newLocal();
        code.undefined();
        storeCompletion();
    }

    void loadCompletion() {
        if (split != null) split.loadFrameSlot(this, Splitter.COMPLETION);
        else code.load(completionLocal);
    }

    /** Stores the value on the stack as the completion value. */
    void storeCompletion() {
        if (split != null) split.storeFrameSlot(this, Splitter.COMPLETION);
        else code.store(completionLocal);
    }

    /** Whether top-level code decides at run time which Annex B function vars are in effect. */
    boolean hasAnnexBFlags() {
        return split != null ? split.keepsAnnexBFlags() : annexBFlagsLocal >= 0;
    }

    /** Pushes the boolean[] of which Annex B function vars ({@link #annexBNames}) are in effect. */
    void loadAnnexBFlags() {
        if (split != null) {
            split.loadFrameSlot(this, Splitter.ANNEX_B_FLAGS);
            code.checkcast("[Z");
        } else {
            code.load(annexBFlagsLocal);
        }
    }

    /** Keeps the boolean[] on the stack as the flags of the Annex B function vars. */
    private void storeAnnexBFlags() {
        if (split != null) {
            split.keepAnnexBFlags();
            split.storeFrameSlot(this, Splitter.ANNEX_B_FLAGS);
        } else {
            annexBFlagsLocal = code.newLocal();
            code.store(annexBFlagsLocal);
        }
    }

    /** The JVM local of a local binding. */
    private int slotOf(Variable v) {
        Integer slot = localSlots.get(v);
        if (slot == null) {
            slot = code.newLocal(types.typeOf(v));
            localSlots.put(v, slot);
        }
        return slot;
    }

    /**
     * Pushes a local binding's value as its type holds it (unboxed when typed): from its JVM
     * local, or in a split function from its slot of the frame array.
     */
    void loadLocal(Variable v) {
        if (split != null) {
            code.load(frameLocal);
            code.iconst(split.frameSlot(v));
            code.arrayLoad();
        } else {
            code.load(slotOf(v), types.typeOf(v));
        }
    }

    /** Stores the value on the stack (held as the binding's type) into a local binding. */
    void storeLocal(Variable v) {
        if (split != null) {
            code.load(frameLocal);
            code.swap();
            code.iconst(split.frameSlot(v));
            code.swap();
            code.arrayStore();
        } else {
            code.store(slotOf(v), types.typeOf(v));
        }
    }

    /** Pushes a typed local binding's unboxed value. */
    void loadTyped(Variable v) {
        code.load(slotOf(v), types.typeOf(v));
    }

    /** Stores an unboxed value (held as the binding's type) into a typed local binding. */
    void storeTyped(Variable v) {
        code.store(slotOf(v), types.typeOf(v));
    }

    /** Pushes the value of the binding {@code id} refers to (GetValue of an identifier reference). */
    void loadIdentifier(Identifier id, boolean forTypeof) {
        Reference r = analysis.reference(id);
        Label done = new Label();
        for (Scope dyn : r.dynamicScopes()) emitDynamicLoad(dyn, r, id.name(), done);
        loadStatic(r, id.name(), forTypeof);
        code.label(done);
    }

    /**
     * ResolveBinding (9.4.2) of an identifier that passes dynamic scopes, done once for the read
     * and the write of an assignment or update, as their Reference is: leaves in a new int local
     * the index in {@code dynamicScopes()} of the with object or eval var map that holds the name,
     * or -1 for the static binding. Returns that local, or -1 for a reference without dynamic scopes.
     */
    int resolveDynamic(Identifier id) {
        Reference r = analysis.reference(id);
        if (r.dynamicScopes().isEmpty()) return -1;
        int which = code.newLocal();
        Label done = new Label();
        code.iconst(-1);
        code.mv.visitVarInsn(ISTORE, which);
        for (int i = 0; i < r.dynamicScopes().size(); i++) {
            Scope dyn = r.dynamicScopes().get(i);
            Label next = new Label();
            if (dyn.kind() == Scope.Kind.WITH) {
                loadWithObject(r, dyn);
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withHas", "(Ljava/lang/Object;Ljava/lang/String;)Z");
            } else {
                loadEnv(r.from(), dyn);
                code.iconst(dyn.dynamicVarsIndex());
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarHas", "([Ljava/lang/Object;ILjava/lang/String;)Z");
            }
            code.ifFalse(next);
            code.iconst(i);
            code.mv.visitVarInsn(ISTORE, which);
            code.jump(done);
            code.label(next);
        }
        code.label(done);
        return which;
    }

    /** GetValue of a reference {@link #resolveDynamic} resolved ({@code which} is its local, or -1). */
    void loadResolved(Identifier id, int which) {
        if (which < 0) {
            loadIdentifier(id, false);
            return;
        }
        Reference r = analysis.reference(id);
        Label done = new Label();
        for (int i = 0; i < r.dynamicScopes().size(); i++) {
            Scope dyn = r.dynamicScopes().get(i);
            Label next = new Label();
            code.mv.visitVarInsn(ILOAD, which);
            code.iconst(i);
            code.mv.visitJumpInsn(IF_ICMPNE, next);
            if (dyn.kind() == Scope.Kind.WITH) {
                loadWithObject(r, dyn);
                code.ldc(id.name());
                code.iconst(strict ? 1 : 0);
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withGet", "(Ljava/lang/Object;Ljava/lang/String;Z)Ljava/lang/Object;");
            } else {
                loadEnv(r.from(), dyn);
                code.iconst(dyn.dynamicVarsIndex());
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarValue", "([Ljava/lang/Object;ILjava/lang/String;)Ljava/lang/Object;");
            }
            code.jump(done);
            code.label(next);
        }
        loadStatic(r, id.name(), false);
        code.label(done);
    }

    /** PutValue of the value on the stack to a reference {@link #resolveDynamic} resolved, consuming it. */
    void storeResolved(Identifier id, int which) {
        if (which < 0) {
            storeIdentifier(id, false);
            return;
        }
        Reference r = analysis.reference(id);
        int value = code.newLocal();
        code.store(value);
        Label done = new Label();
        for (int i = 0; i < r.dynamicScopes().size(); i++) {
            Scope dyn = r.dynamicScopes().get(i);
            Label next = new Label();
            code.mv.visitVarInsn(ILOAD, which);
            code.iconst(i);
            code.mv.visitJumpInsn(IF_ICMPNE, next);
            if (dyn.kind() == Scope.Kind.WITH) {
                loadWithObject(r, dyn);
                code.ldc(id.name());
                code.load(value);
                code.iconst(strict ? 1 : 0);
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withSet", "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/Object;Z)V");
            } else {
                loadEnv(r.from(), dyn);
                code.iconst(dyn.dynamicVarsIndex());
                code.ldc(id.name());
                code.load(value);
                code.iconst(strict ? 1 : 0);
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarSetResolved", "([Ljava/lang/Object;ILjava/lang/String;Ljava/lang/Object;Z)V");
            }
            code.jump(done);
            code.label(next);
        }
        code.load(value);
        storeStatic(r, id.name(), false);
        code.label(done);
    }

    private void loadStatic(Reference r, String name, boolean forTypeof) {
        Variable v = r.variable();
        if (v == null) {
            code.invokeDynamic("global", "()Ljava/lang/Object;", Code.BSM_GLOBAL, name,
                    forTypeof ? 1 : 0);
            return;
        }
        switch (v.storage()) {
            case GLOBAL -> code.invokeDynamic("global", "()Ljava/lang/Object;", Code.BSM_GLOBAL, name, forTypeof ? 1 : 0);
            case LOCAL -> {
                if (v.kind() == Variable.Kind.FUNCTION_NAME) {
                    code.load(CALLEE);
                } else {
                    loadLocal(v);
                    code.box(types.typeOf(v));
                }
                if (r.needsTdzCheck()) tdzCheck(name);
            }
            case ENV -> {
                loadEnv(r.from(), v.scope());
                code.iconst(v.envIndex());
                code.arrayLoad();
                if (r.needsTdzCheck() || (v.hasTdz() && v.kind() == Variable.Kind.THIS)) tdzCheck(name);
            }
        }
    }

    /** value -> value, throwing the TDZ ReferenceError if it is uninitialized (null). */
    void tdzCheck(String name) {
        Label ok = new Label();
        code.dup();
        code.mv.visitJumpInsn(IFNONNULL, ok);
        code.ldc(name.startsWith("%") ? "this" : name);
        code.invokeStatic(Code.SUPPORT, "tdzError", "(Ljava/lang/String;)L" + Code.JS_EXCEPTION + ";");
        code.athrow();
        code.label(ok);
    }

    /** If the dynamic scope holds the name at run time, pushes its value and jumps to {@code done}. */
    private void emitDynamicLoad(Scope dyn, Reference r, String name, Label done) {
        Label next = new Label();
        if (dyn.kind() == Scope.Kind.WITH) {
            loadWithObject(r, dyn);
            code.ldc(name);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withHas", "(Ljava/lang/Object;Ljava/lang/String;)Z");
            code.ifFalse(next);
            loadWithObject(r, dyn);
            code.ldc(name);
            code.iconst(strict ? 1 : 0);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withGet", "(Ljava/lang/Object;Ljava/lang/String;Z)Ljava/lang/Object;");
            code.jump(done);
        } else {
            loadEnv(r.from(), dyn);
            code.iconst(dyn.dynamicVarsIndex());
            code.ldc(name);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarGet", "([Ljava/lang/Object;ILjava/lang/String;)Ljava/lang/Object;");
            code.dup();
            code.mv.visitFieldInsn(GETSTATIC, "dev/kiln/runtime/env/DynamicScope", "NOT_FOUND", Code.OBJECT_DESC);
            code.mv.visitJumpInsn(IF_ACMPNE, done);
            code.pop();
        }
        code.label(next);
    }

    private void loadWithObject(Reference r, Scope withScope) {
        Variable w = withScope.lookupOwn("%with");
        if (w.storage() == Variable.Storage.LOCAL) {
            loadLocal(w);
        } else {
            loadEnv(r.from(), withScope);
            code.iconst(w.envIndex());
            code.arrayLoad();
        }
    }

    /**
     * For a call {@code f(...)} whose callee is an identifier: pushes the callee and its this
     * value (the with object when the name resolves through one, else undefined).
     */
    void loadIdentifierForCall(Identifier id) {
        Reference r = analysis.reference(id);
        if (r.dynamicScopes().isEmpty()) {
            loadStatic(r, id.name(), false);
            code.undefined();
            return;
        }
        Label done = new Label();
        for (Scope dyn : r.dynamicScopes()) {
            Label next = new Label();
            if (dyn.kind() == Scope.Kind.WITH) {
                loadWithObject(r, dyn);
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withHas", "(Ljava/lang/Object;Ljava/lang/String;)Z");
                code.ifFalse(next);
                loadWithObject(r, dyn);
                code.ldc(id.name());
                code.iconst(strict ? 1 : 0);
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withGet", "(Ljava/lang/Object;Ljava/lang/String;Z)Ljava/lang/Object;");
                loadWithObject(r, dyn);
                code.jump(done);
            } else {
                loadEnv(r.from(), dyn);
                code.iconst(dyn.dynamicVarsIndex());
                code.ldc(id.name());
                code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarGet", "([Ljava/lang/Object;ILjava/lang/String;)Ljava/lang/Object;");
                code.dup();
                code.mv.visitFieldInsn(GETSTATIC, "dev/kiln/runtime/env/DynamicScope", "NOT_FOUND", Code.OBJECT_DESC);
                Label notFound = new Label();
                code.mv.visitJumpInsn(IF_ACMPEQ, notFound);
                code.undefined();
                code.jump(done);
                code.label(notFound);
                code.pop();
            }
            code.label(next);
        }
        loadStatic(r, id.name(), false);
        code.undefined();
        code.label(done);
    }

    /**
     * Stores the value on the stack into the binding {@code id} refers to (PutValue), consuming it.
     * {@code initialize} is a declaration's initialization: no TDZ or const check.
     */
    void storeIdentifier(Identifier id, boolean initialize) {
        Reference r = analysis.reference(id);
        String name = id.name();
        Label done = new Label();
        if (!initialize) {
            for (Scope dyn : r.dynamicScopes()) emitDynamicStore(dyn, r, name, done);
        }
        storeStatic(r, name, initialize);
        code.label(done);
    }

    private void emitDynamicStore(Scope dyn, Reference r, String name, Label done) {
        Label next = new Label();
        int value = code.newLocal();
        code.store(value);
        if (dyn.kind() == Scope.Kind.WITH) {
            loadWithObject(r, dyn);
            code.ldc(name);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withHas", "(Ljava/lang/Object;Ljava/lang/String;)Z");
            code.ifFalse(next);
            loadWithObject(r, dyn);
            code.ldc(name);
            code.load(value);
            code.iconst(strict ? 1 : 0);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "withSet", "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/Object;Z)V");
            code.jump(done);
        } else {
            loadEnv(r.from(), dyn);
            code.iconst(dyn.dynamicVarsIndex());
            code.ldc(name);
            code.load(value);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarSet", "([Ljava/lang/Object;ILjava/lang/String;Ljava/lang/Object;)Z");
            code.ifTrue(done);
        }
        code.label(next);
        code.load(value);
    }

    private void storeStatic(Reference r, String name, boolean initialize) {
        Variable v = r.variable();
        if (v == null || v.storage() == Variable.Storage.GLOBAL) {
            if (initialize && v != null && v.kind().isLexical()) {
                code.realm();
                code.swap();
                code.ldc(name);
                code.swap();
                code.invokeStatic("dev/kiln/runtime/env/GlobalDeclarations", "initializeLexical",
                        "(" + Code.REALM_DESC + "Ljava/lang/String;Ljava/lang/Object;)V");
            } else {
                code.invokeDynamic("global", "(Ljava/lang/Object;)V", Code.BSM_GLOBAL, name, strict ? 2 : 3);
            }
            return;
        }
        if (!initialize && v.isImmutable()) {
            if (v.kind() == Variable.Kind.FUNCTION_NAME && !strict) {
                code.pop(); // assignment to a function expression's own name is ignored in sloppy code
                return;
            }
            if (r.needsTdzCheck()) {
                loadStatic(r, name, false);
                code.pop();
            }
            code.pop();
            code.invokeStatic(Code.SUPPORT, "constAssignmentError", "()L" + Code.JS_EXCEPTION + ";");
            code.athrow();
            return;
        }
        if (!initialize && r.needsTdzCheck()) {
            loadStatic(r, name, false); // throws in the TDZ
            code.pop();
        }
        switch (v.storage()) {
            case LOCAL -> {
                code.convert(ValueType.ANY, types.typeOf(v));
                storeLocal(v);
            }
            case ENV -> {
                loadEnv(r.from(), v.scope());
                code.swap();
                code.iconst(v.envIndex());
                code.swap();
                code.arrayStore();
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Stores the value on the stack into a binding known by its variable (declaration instantiation). */
    void storeVariable(Scope from, Variable v) {
        switch (v.storage()) {
            case LOCAL -> {
                code.convert(ValueType.ANY, types.typeOf(v));
                storeLocal(v);
            }
            case ENV -> {
                loadEnv(from, v.scope());
                code.swap();
                code.iconst(v.envIndex());
                code.swap();
                code.arrayStore();
            }
            case GLOBAL -> code.invokeDynamic("global", "(Ljava/lang/Object;)V", Code.BSM_GLOBAL, v.name(), 3);
        }
    }

    /** Pushes a binding known by its variable, without checks. */
    void loadVariable(Scope from, Variable v) {
        switch (v.storage()) {
            case LOCAL -> {
                if (v.kind() == Variable.Kind.FUNCTION_NAME) {
                    code.load(CALLEE);
                } else {
                    loadLocal(v);
                    code.box(types.typeOf(v));
                }
            }
            case ENV -> {
                loadEnv(from, v.scope());
                code.iconst(v.envIndex());
                code.arrayLoad();
            }
            case GLOBAL -> code.invokeDynamic("global", "()Ljava/lang/Object;", Code.BSM_GLOBAL, v.name(), 0);
        }
    }

    // ====================================================================== this, new.target, super

    /** Pushes the this value at scope {@code from}. */
    void loadThis(Scope from) {
        FunctionInfo owner = info.thisFunction();
        if (owner.isTopLevel()) {
            code.realm();
            code.invokeVirtual(Code.REALM, "globalThisValue", "()Ljava/lang/Object;");
            return;
        }
        Variable v = owner.thisVariable();
        if (v != null) {
            if (v.storage() == Variable.Storage.LOCAL) loadLocal(v);
            else {
                loadEnv(from, v.scope());
                code.iconst(v.envIndex());
                code.arrayLoad();
            }
            if (v.hasTdz()) tdzCheck("this");
            return;
        }
        code.load(THIS);
    }

    void loadNewTarget(Scope from) {
        FunctionInfo owner = info.thisFunction();
        if (owner.isTopLevel()) {
            code.undefined();
            return;
        }
        Variable v = owner.newTargetVariable();
        if (v != null && owner != info) loadVariable(from, v);
        else code.load(NEW_TARGET);
    }

    /** Pushes the function object whose [[HomeObject]] super uses. */
    void loadSuperFunction(Scope from) {
        FunctionInfo owner = info.thisFunction();
        Variable v = owner.calleeVariable();
        if (v != null && owner != info) loadVariable(from, v);
        else code.load(CALLEE);
        code.checkcast(Code.SCRIPT_FUNCTION);
    }

    // ====================================================================== prologue and body

    /** Emits the whole method (the unit ends it: see UnitCompiler#endMethod). */
    void compile() {
        code.mv.visitCode();
        if (split != null) split.allocateFrame(this);
        if (info.isEval()) compileEval((Program) info.node());
        else if (info == analysis.top() && unit.dynamicFunction) compileDynamicFunction((Program) info.node());
        else if (info.node() instanceof Program program) compileScript(program);
        else if (info.node() instanceof FunctionNode) compileFunctionBody();
        else compileClassElementBody();
    }

    /** Emits items 0..n-1 of a list in order; in a split function, items that do not fit go to pieces. */
    void each(int n, int bytesEach, Splitter.Item item) {
        if (split != null) split.items(this, n, i -> bytesEach, item);
        else for (int i = 0; i < n; i++) item.emit(this, i);
    }

    private void compileScript(Program program) {
        Scope s = info.scope();
        startCompletion();
        code.aconstNull();
        code.store(envLocal);
        List<Statement> body = new ArrayList<>();
        for (ModuleItem item : program.body()) body.add((Statement) item);
        globalDeclarationInstantiation(s, body);
        statements.compileStatements(body, s);
        loadCompletion();
        code.areturn();
    }

    /** 16.1.7 GlobalDeclarationInstantiation, with the names the analysis found. */
    private void globalDeclarationInstantiation(Scope s, List<Statement> body) {
        List<String> lexNames = new ArrayList<>();
        List<Boolean> constants = new ArrayList<>();
        List<FunctionDeclaration> functions = topLevelFunctions(body);
        List<String> varNames = new ArrayList<>();
        List<String> functionNames = new ArrayList<>();
        for (FunctionDeclaration fd : functions) functionNames.add(fd.id().name());
        annexBNames = new ArrayList<>();
        java.util.Set<String> functionNameSet = new java.util.HashSet<>(functionNames);
        for (Variable v : s.variables()) {
            if (v.kind().isLexical()) {
                lexNames.add(v.name());
                constants.add(v.kind() == Variable.Kind.CONST);
            } else if (v.kind() == Variable.Kind.VAR && !functionNameSet.contains(v.name()) && !info.annexBOnlyVars().contains(v)) {
                varNames.add(v.name());
            }
        }
        for (Variable v : info.annexBFunctionVars()) annexBNames.add(v.name());
        code.realm();
        pushStrings(lexNames);
        if (constants.size() > MANY_NAMES) {
            StringBuilder flags = new StringBuilder();
            for (boolean c : constants) flags.append(c ? '1' : '0');
            code.string(flags.toString(), unit.constants);
            code.invokeStatic(Code.SUPPORT, "flags", "(Ljava/lang/String;)[Z");
        } else {
            code.iconst(constants.size());
            code.mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
            for (int i = 0; i < constants.size(); i++) {
                if (!constants.get(i)) continue;
                code.dup();
                code.iconst(i);
                code.iconst(1);
                code.insn(BASTORE);
            }
        }
        pushStrings(functionNames);
        pushStrings(varNames);
        pushStrings(annexBNames);
        code.invokeStatic("dev/kiln/runtime/env/GlobalDeclarations", "instantiate",
                "(" + Code.REALM_DESC + "[Ljava/lang/String;[Z[Ljava/lang/String;[Ljava/lang/String;[Ljava/lang/String;)[Z");
        storeAnnexBFlags();
        each(functions.size(), 24, (f, i) -> f.createGlobalFunction(functions.get(i), s, false));
        code.realm();
        pushStrings(varNames);
        code.iconst(0);
        code.invokeStatic("dev/kiln/runtime/env/GlobalDeclarations", "createGlobalVarBindings",
                "(" + Code.REALM_DESC + "[Ljava/lang/String;Z)V");
    }

    /** The top-level function declarations of a body, last declaration of each name winning, in source order. */
    private static List<FunctionDeclaration> topLevelFunctions(List<Statement> body) {
        java.util.Map<String, FunctionDeclaration> functions = new java.util.LinkedHashMap<>();
        for (Statement st : body) {
            Statement d = st;
            while (d instanceof LabeledStatement l) d = l.body();
            if (d instanceof FunctionDeclaration fd) {
                functions.remove(fd.id().name());
                functions.put(fd.id().name(), fd);
            }
        }
        return new ArrayList<>(functions.values());
    }

    // ====================================================================== eval code

    /**
     * Eval code (19.2.1.1 PerformEval steps 16-30): its closure environment is the caller's
     * current environment array; declaration instantiation, the body, its completion value.
     */
    private void compileEval(Program program) {
        Scope s = info.scope();
        startCompletion();
        code.load(CALLEE);
        code.mv.visitFieldInsn(GETFIELD, Code.SCRIPT_FUNCTION, "env", Code.OBJECT_ARRAY);
        code.store(envLocal);
        List<Statement> body = new ArrayList<>();
        for (ModuleItem item : program.body()) body.add((Statement) item);
        if (strict) {
            // Strict eval code has its own var environment, its top-level scope: like a function body.
            enterScope(s);
            instantiateFunctionDeclarations(body, s);
        } else {
            evalDeclarationInstantiation(s, body);
        }
        statements.compileStatements(body, s);
        loadCompletion();
        code.areturn();
    }

    /**
     * 19.2.1.3 EvalDeclarationInstantiation for sloppy eval code, whose vars and functions go to
     * the caller's var scope: the global object (checked and made by GlobalDeclarations), or the
     * map of eval-made vars of a function's var scope, except for names that scope binds already.
     */
    private void evalDeclarationInstantiation(Scope s, List<Statement> body) {
        Scope target = info.varScope();
        List<FunctionDeclaration> functions = topLevelFunctions(body);
        List<String> functionNames = new ArrayList<>();
        for (FunctionDeclaration fd : functions) functionNames.add(fd.id().name());
        List<String> varNames = analysis.evalVarNames();
        List<String> annexB = analysis.evalAnnexBNames();
        if (target.kind() == Scope.Kind.SCRIPT) {
            code.realm();
            pushStrings(functionNames);
            pushStrings(varNames);
            pushStrings(annexB);
            code.invokeStatic("dev/kiln/runtime/env/GlobalDeclarations", "instantiateEval",
                    "(" + Code.REALM_DESC + "[Ljava/lang/String;[Ljava/lang/String;[Ljava/lang/String;)[Z");
            annexBNames = annexB;
            storeAnnexBFlags();
            enterScope(s);
            each(functions.size(), 24, (f, i) -> f.createGlobalFunction(functions.get(i), s, true));
            code.realm();
            pushStrings(varNames);
            code.iconst(1);
            code.invokeStatic("dev/kiln/runtime/env/GlobalDeclarations", "createGlobalVarBindings",
                    "(" + Code.REALM_DESC + "[Ljava/lang/String;Z)V");
            return;
        }
        enterScope(s);
        each(functions.size(), 24, (f, i) -> {
            f.expressions.closure(functions.get(i), s);
            f.storeEvalVar(s, functions.get(i).id().name());
        });
        List<String> undefinedVars = new ArrayList<>();
        for (String name : varNames) if (staticEvalVar(name) == null) undefinedVars.add(name);
        for (String name : annexB) {
            if (!functionNames.contains(name) && !undefinedVars.contains(name) && staticEvalVar(name) == null) undefinedVars.add(name);
        }
        if (!undefinedVars.isEmpty()) {
            loadEnv(s, target);
            code.iconst(target.dynamicVarsIndex());
            pushStrings(undefinedVars);
            code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarDeclare", "([Ljava/lang/Object;I[Ljava/lang/String;)V");
        }
    }

    /** The binding the var scope of sloppy eval code already has for {@code name}, or null (then the eval makes one). */
    private Variable staticEvalVar(String name) {
        Variable v = info.varScope().lookupOwn(name);
        return v != null && dev.kiln.codegen.scope.ScopeAnalyzer.isBinding(v) && !v.kind().isLexical() ? v : null;
    }

    /**
     * Stores the value on the stack into the var {@code name} of the var scope of sloppy eval code
     * (SetMutableBinding on the caller's VariableEnvironment), creating it if it is missing.
     */
    void storeEvalVar(Scope from, String name) {
        Variable existing = staticEvalVar(name);
        if (existing != null) {
            storeVariable(from, existing);
            return;
        }
        Scope target = info.varScope();
        int value = code.newLocal();
        code.store(value);
        loadEnv(from, target);
        code.iconst(target.dynamicVarsIndex());
        code.ldc(name);
        code.load(value);
        code.invokeStatic("dev/kiln/runtime/env/DynamicScope", "evalVarPut", "([Ljava/lang/Object;ILjava/lang/String;Ljava/lang/Object;)V");
    }

    // ====================================================================== dynamic functions

    /**
     * The unit of CreateDynamicFunction (20.2.1.1.1): its top-level code makes the one function,
     * named "anonymous", whose environment is the global one, and returns it.
     */
    private void compileDynamicFunction(Program program) {
        code.aconstNull();
        code.store(envLocal);
        FunctionExpression f = (FunctionExpression) ((ExpressionStatement) program.body().get(0)).expression();
        expressions.closure(f, info.scope(), "anonymous");
        code.areturn();
    }

    void pushStrings(List<String> strings) {
        if (strings.size() > MANY_NAMES) {
            // One string constant rather than instructions per name (binding names never hold U+0000).
            code.string(String.join("\0", strings), unit.constants);
            code.invokeStatic(Code.SUPPORT, "names", "(Ljava/lang/String;)[Ljava/lang/String;");
            return;
        }
        code.iconst(strings.size());
        code.mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < strings.size(); i++) {
            code.dup();
            code.iconst(i);
            code.ldc(strings.get(i));
            code.arrayStore();
        }
    }

    /** 10.2.11 FunctionDeclarationInstantiation, then the body. */
    private void compileFunctionBody() {
        FunctionNode f = info.functionNode();
        Scope fs = info.scope();
        statements.poll(); // safepoint at function entry: runaway recursion stops too
        // The closure's environment is the parent of the function's own.
        code.load(CALLEE);
        code.mv.visitFieldInsn(GETFIELD, Code.SCRIPT_FUNCTION, "env", Code.OBJECT_ARRAY);
        code.store(envLocal);
        if (!strict && info.usesThis() && !info.isArrow()) {
            code.realm();
            code.load(THIS);
            code.invokeStatic(Code.SUPPORT, "sloppyThis", "(" + Code.REALM_DESC + "Ljava/lang/Object;)Ljava/lang/Object;");
            code.store(THIS);
        }
        if (f.kind() == FunctionKind.CLASS_CONSTRUCTOR) {
            // 10.2.2 [[Construct]] step 6.b: a base class's instance elements, before the parameters are bound.
            code.load(THIS);
            code.load(CALLEE);
            code.invokeStatic(Code.SUPPORT, "initializeInstanceElements", "(Ljava/lang/Object;L" + Code.SCRIPT_FUNCTION + ";)V");
        }
        Scope pe = info.parameterEvalScope();
        enterScope(pe);
        if (pe != null) bindFunctionName(pe);
        enterScope(fs);
        bindImplicit(fs);
        bindParameters(f, fs);
        Scope vs = info.varScope();
        if (vs != fs) {
            enterScope(vs);
            // 10.2.11 step 28.f.i.4: a var with a parameter's name starts with the parameter's value.
            for (Variable v : vs.variables()) {
                Variable param = fs.lookupOwn(v.name());
                if (v.kind() == Variable.Kind.VAR && param != null && param.kind() == Variable.Kind.PARAMETER) {
                    loadVariable(vs, param);
                    storeVariable(vs, v);
                }
            }
        }
        List<Statement> body = f.body() instanceof BlockStatement b ? b.body() : List.of();
        instantiateFunctionDeclarations(body, vs);
        if (f.body() instanceof Expression e) {
            position(e);
            expressions.compile(e, vs);
            code.areturn();
        } else {
            statements.compileStatements(body, vs);
            statements.emitReturnUndefined(vs);
            statements.emitDerivedConstructorExit();
        }
    }

    /**
     * A field initializer (10.2.1.3 EvaluateBody of an Initializer) or a static block (15.7.12
     * EvaluateClassStaticBlockBody): a method of the class without parameters or arguments object.
     */
    private void compileClassElementBody() {
        Scope fs = info.scope();
        statements.poll();
        code.load(CALLEE);
        code.mv.visitFieldInsn(GETFIELD, Code.SCRIPT_FUNCTION, "env", Code.OBJECT_ARRAY);
        code.store(envLocal);
        enterScope(fs);
        bindImplicit(fs);
        if (info.node() instanceof PropertyDefinition field) {
            position(field.value());
            fieldValue(field, fs);
            code.areturn();
        } else {
            List<Statement> body = ((StaticBlock) info.node()).body();
            instantiateFunctionDeclarations(body, fs);
            statements.compileStatements(body, fs);
            statements.emitReturnUndefined(fs);
        }
    }

    /**
     * The value of a field's initializer, an anonymous function in it named after the field. A
     * computed name is known only at run time: DefineField passes it as the initializer's one
     * argument (its [[ClassFieldInitializerName]]).
     */
    private void fieldValue(PropertyDefinition field, Scope fs) {
        Expression value = field.value();
        if (!field.computed()) {
            expressions.compileNamed(value, ClassCompiler.elementName(field.key()), fs);
        } else if (ExpressionCompiler.isAnonymousFunctionDefinition(value)) {
            int name = code.newLocal();
            code.load(argsLocal);
            code.iconst(0);
            code.arrayLoad();
            code.store(name);
            expressions.compileNamed(value, name, fs);
        } else {
            expressions.compile(value, fs);
        }
    }

    /** Stores this, new.target, the function itself and arguments where the body needs them. */
    private void bindImplicit(Scope fs) {
        if (info.thisVariable() != null) {
            if (info.functionNode() != null && info.functionNode().kind() == FunctionKind.DERIVED_CONSTRUCTOR) code.aconstNull();
            else code.load(THIS);
            storeVariable(fs, info.thisVariable());
        }
        if (info.newTargetVariable() != null) {
            code.load(NEW_TARGET);
            storeVariable(fs, info.newTargetVariable());
        }
        if (info.calleeVariable() != null) {
            code.load(CALLEE);
            storeVariable(fs, info.calleeVariable());
        }
        bindFunctionName(fs);
    }

    /** A named function expression's own name, when it lives in an environment (15.2.5 step 4). */
    private void bindFunctionName(Scope s) {
        for (Variable v : s.variables()) {
            if (v.kind() == Variable.Kind.FUNCTION_NAME && v.storage() == Variable.Storage.ENV) {
                code.load(CALLEE);
                storeVariable(s, v);
            }
        }
    }

    /** Parameters, then the arguments object (10.2.11 steps 22-26). */
    private void bindParameters(FunctionNode f, Scope fs) {
        Variable args = info.argumentsVariable();
        boolean needsArguments = args != null && info.usesArguments();
        if (needsArguments && info.hasMappedArguments()) {
            // Mapped: the arguments object aliases the parameters' environment slots.
            createArgumentsObject(fs, true);
        }
        if (f.simpleParameterList()) {
            List<Pattern> params = f.params();
            for (int i = 0; i < params.size(); i++) {
                Identifier id = (Identifier) params.get(i);
                Variable v = fs.lookupOwn(id.name());
                if (v == null || v.kind() != Variable.Kind.PARAMETER || laterParameterWithSameName(params, i)) continue;
                if (arity >= 0) {
                    code.load(3 + i);
                } else {
                    code.load(argsLocal);
                    code.iconst(i);
                    code.invokeStatic(Code.SUPPORT, "argument", "([Ljava/lang/Object;I)Ljava/lang/Object;");
                }
                storeVariable(fs, v);
            }
        } else {
            if (needsArguments) createArgumentsObject(fs, false);
            patterns.bindParameters(f.params(), fs);
        }
        if (needsArguments && !info.hasMappedArguments() && f.simpleParameterList()) createArgumentsObject(fs, false);
        if (args != null && info.forwardsArgumentsOnly()) {
            // Its only uses are f.apply(x, arguments) calls, which take the raw argument array.
            code.load(argsLocal);
            storeVariable(fs, args);
        }
    }

    private static boolean laterParameterWithSameName(List<Pattern> params, int i) {
        String name = ((Identifier) params.get(i)).name();
        for (int j = i + 1; j < params.size(); j++) if (((Identifier) params.get(j)).name().equals(name)) return true;
        return false;
    }

    private void createArgumentsObject(Scope fs, boolean mapped) {
        FunctionNode f = info.functionNode();
        code.realm();
        code.load(CALLEE);
        code.load(argsLocal);
        if (mapped) {
            // The env slot of each parameter (the last of duplicate names wins), or 0 for none.
            List<Pattern> params = f.params();
            code.iconst(params.size());
            code.mv.visitIntInsn(NEWARRAY, T_INT);
            for (int i = 0; i < params.size(); i++) {
                Identifier id = (Identifier) params.get(i);
                if (laterParameterWithSameName(params, i)) continue;
                Variable v = fs.lookupOwn(id.name());
                if (v == null || v.kind() != Variable.Kind.PARAMETER) continue;
                code.dup();
                code.iconst(i);
                code.iconst(v.envIndex());
                code.insn(IASTORE);
            }
            code.load(envLocal);
            code.invokeStatic("dev/kiln/runtime/function/ArgumentsObject", "createMapped",
                    "(" + Code.REALM_DESC + "L" + Code.SCRIPT_FUNCTION + ";[Ljava/lang/Object;[I[Ljava/lang/Object;)Ldev/kiln/runtime/object/JSObject;");
        } else {
            code.invokeStatic("dev/kiln/runtime/function/ArgumentsObject", "createUnmapped",
                    "(" + Code.REALM_DESC + "L" + Code.SCRIPT_FUNCTION + ";[Ljava/lang/Object;)Ldev/kiln/runtime/object/JSObject;");
        }
        storeVariable(fs, info.argumentsVariable());
    }

    /** The top-level function declarations of a body, made at entry (10.2.11 step 36). */
    void instantiateFunctionDeclarations(List<Statement> body, Scope s) {
        List<FunctionDeclaration> seen = new ArrayList<>();
        for (Statement st : body) {
            Statement d = st;
            while (d instanceof LabeledStatement l) d = l.body();
            if (d instanceof FunctionDeclaration fd) seen.add(fd);
        }
        each(seen.size(), 16, (f, i) -> {
            f.expressions.closure(seen.get(i), s);
            f.storeIdentifier(seen.get(i).id(), true);
        });
    }

    /** 9.1.1.4.18 CreateGlobalFunctionBinding for a top-level function declaration of script or eval code. */
    private void createGlobalFunction(FunctionDeclaration fd, Scope s, boolean deletable) {
        code.realm();
        code.ldc(fd.id().name());
        expressions.closure(fd, s);
        code.iconst(deletable ? 1 : 0);
        code.invokeStatic("dev/kiln/runtime/env/GlobalDeclarations", "createGlobalFunctionBinding",
                "(" + Code.REALM_DESC + "Ljava/lang/String;Ljava/lang/Object;Z)V");
    }
}
