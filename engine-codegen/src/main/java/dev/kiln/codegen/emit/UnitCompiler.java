package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.codegen.scope.FunctionInfo;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.*;
import dev.kiln.runtime.function.FunctionData;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one unit (a Script, eval code, a dynamic function) to its classes: usually one class,
 * with a static field for its realm, one static method per JavaScript function (the top-level
 * code is {@code script}) and a dynamic constant per function literal for its
 * {@code FunctionData}. The JVM's limits shape the rest: a function too large for one method is
 * compiled split ({@link Splitter}), and a unit whose constants do not fit one class's pool is
 * spread over several ({@link UnitClasses}).
 */
public final class UnitCompiler {
    static final String REALM_FIELD = "REALM";
    /** Split code names a new constant about every this many bytes (a name, a string, a call site). */
    private static final int BYTES_PER_CONSTANT = 4;

    final String className;
    final Source source;
    final ScopeAnalysis analysis;
    /** The unit of a dynamic function (20.2.1.1.1): its top-level code makes and returns the function. */
    final boolean dynamicFunction;
    final ConstantTable constants = new ConstantTable();
    final PositionTable positions = new PositionTable();
    private final Limits limits;
    private final UnitClasses classFiles;
    private final Map<Node, String> methodNames = new IdentityHashMap<>();
    private final Map<Node, ConstantDynamic> functionConstants = new IdentityHashMap<>();
    /** Where each planned function's method goes, and the constants its class keeps for it. */
    private final Map<Node, UnitClass> functionClasses = new IdentityHashMap<>();
    private final Map<Node, CodeEstimate.Size> estimates = new IdentityHashMap<>();
    private final Map<Node, Integer> reservations = new IdentityHashMap<>();
    private final Map<String, String> functionNames = new LinkedHashMap<>();
    /** The function each method (a function's own, or a piece of it) belongs to, and which were split. */
    private final Map<String, Node> methodFunctions = new HashMap<>();
    private final Set<Node> splitFunctions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Integer> pieceCounts = new HashMap<>();
    private final Set<String> usedMethodNames = new HashSet<>();
    private final Map<String, Integer> nameSuffixes = new HashMap<>();
    private final Deque<FunctionInfo> pending = new ArrayDeque<>();
    private final Map<Node, ConstantDynamic> templates = new IdentityHashMap<>();
    /** The class each dynamic constant is made in, and its accessor there for the unit's other classes. */
    private final Map<ConstantDynamic, UnitClass> constantHomes = new HashMap<>();
    private final Map<ConstantDynamic, String> accessors = new HashMap<>();

    public UnitCompiler(String className, Source source, ScopeAnalysis analysis) {
        this(className, source, analysis, false);
    }

    public UnitCompiler(String className, Source source, ScopeAnalysis analysis, boolean dynamicFunction) {
        this(className, source, analysis, dynamicFunction, Limits.DEFAULT);
    }

    private UnitCompiler(String className, Source source, ScopeAnalysis analysis, boolean dynamicFunction, Limits limits) {
        this.className = className;
        this.source = source;
        this.analysis = analysis;
        this.dynamicFunction = dynamicFunction;
        this.limits = limits;
        long constants = estimateFunctions(analysis.top());
        this.classFiles = new UnitClasses(className, source.name(), limits.poolTarget,
                limits.counted || constants > limits.poolTarget);
    }

    /**
     * Compiles the unit; the top-level code of {@code program} becomes the method "script". When
     * a method or a constant pool turns out larger than planned, the unit is compiled again with
     * that lesson ({@link Limits#after}); a unit that cannot be made to fit is a SyntaxError.
     */
    public CompiledScript compile() {
        UnitCompiler attempt = this;
        while (true) {
            try {
                return attempt.emit();
            } catch (LimitExceeded e) {
                Node function = e.method == null ? null : attempt.methodFunctions.get(e.method);
                Limits next = attempt.limits.after(e, function, function != null && attempt.splitFunctions.contains(function));
                if (next == null) {
                    int at = function != null ? function.start() : 0;
                    throw new dev.kiln.parser.SyntaxError("Too large to compile for the JVM (" + e.getMessage() + ")", source, at);
                }
                attempt = new UnitCompiler(className, source, analysis, dynamicFunction, next);
            }
        }
    }

    private CompiledScript emit() {
        FunctionInfo top = analysis.top();
        usedMethodNames.add(CompiledScript.ENTRY_METHOD);
        // Stack traces name eval code's frames "eval", as V8 does, and leave global code unnamed.
        functionNames.put(CompiledScript.ENTRY_METHOD, top.isEval() ? "eval" : "");
        plan(top.node());
        compileFunction(top, CompiledScript.ENTRY_METHOD, -1);
        while (!pending.isEmpty()) {
            FunctionInfo f = pending.poll();
            String method = methodNames.get(f.node());
            int arity = fixedArity(f);
            compileFunction(f, method, arity);
            if (arity >= 0) emitArgumentsBridge(functionClasses.get(f.node()), method, arity);
        }
        List<CompiledScript.ClassFile> files = classFiles.toClassFiles();
        return new CompiledScript(files, source.name(), source.text(), constants.toArray(), Map.copyOf(functionNames),
                positions.resolve(), !templates.isEmpty());
    }

    /**
     * Estimates every function of the unit ({@link CodeEstimate}) and returns the sum of their
     * constants: each function's own, so an overestimate of the unit's pool (names are shared).
     */
    private long estimateFunctions(FunctionInfo f) {
        CodeEstimate.Size size = CodeEstimate.of(f.node(), source, analysis);
        estimates.put(f.node(), size);
        long constants = size.constants();
        for (FunctionInfo child : f.children()) constants += estimateFunctions(child);
        return constants;
    }

    /** Chooses the class of a function's method, keeping room there for its estimated constants. */
    private UnitClass plan(Node function) {
        CodeEstimate.Size size = estimates.computeIfAbsent(function, f -> CodeEstimate.of(f, source, analysis));
        int pieceBytes = limits.pieceBytes(function);
        UnitClasses.Placement p = isSplit(function, size)
                ? classFiles.place(c -> pieceBytes / BYTES_PER_CONSTANT) // its own method calls its pieces
                : classFiles.place(size::newConstants);
        functionClasses.put(function, p.owner());
        reservations.put(function, p.reserved());
        return p.owner();
    }

    /** Whether {@code function} is compiled split ({@link Splitter}): it is estimated too large for one method. */
    private boolean isSplit(Node function, CodeEstimate.Size size) {
        return limits.mustSplit(function) || size.bytes() > Limits.SPLIT_BYTES || size.constants() > Limits.SPLIT_CONSTANTS;
    }

    private void compileFunction(FunctionInfo f, String methodName, int arity) {
        Node node = f.node();
        UnitClass owner = functionClasses.get(node);
        boolean split = isSplit(node, estimates.remove(node));
        int access = ACC_STATIC | (methodName.equals(CompiledScript.ENTRY_METHOD) ? ACC_PUBLIC : 0);
        String descriptor = arity < 0 ? FunctionCompiler.BODY_DESCRIPTOR : fixedDescriptor(arity);
        MethodVisitor mv = owner.method(access, methodName, descriptor);
        methodFunctions.put(methodName, node);
        if (split) splitFunctions.add(node);
        Splitter splitter = split ? new Splitter(this, f, methodName, limits.pieceBytes(node)) : null;
        FunctionCompiler fc = new FunctionCompiler(this, f, mv, owner.name, methodName, arity, splitter);
        fc.compile();
        endMethod(fc, mv);
        owner.reserved -= reservations.remove(node);
    }

    /** Ends a method; one whose code or locals are over the JVM's limits makes the unit start again, split. */
    private static void endMethod(FunctionCompiler fc, MethodVisitor mv) {
        int size = fc.code.offset();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (size > Limits.MAX_CODE || fc.code.maxLocals() > Limits.MAX_LOCALS) throw LimitExceeded.method(fc.method);
    }

    /**
     * Starts a piece of the split function whose method is {@code functionMethod}, in a class
     * with room for its constants: about one per {@link #BYTES_PER_CONSTANT} bytes of its code.
     */
    Splitter.Piece openPiece(String functionMethod, String descriptor, int bytes) {
        int n = pieceCounts.merge(functionMethod, 1, Integer::sum);
        String name = functionMethod + "$s" + n;
        usedMethodNames.add(name);
        functionNames.put(name, functionNames.get(functionMethod));
        methodFunctions.put(name, methodFunctions.get(functionMethod));
        UnitClass owner = classFiles.placePiece(bytes / BYTES_PER_CONSTANT);
        return new Splitter.Piece(owner, name, descriptor, owner.method(ACC_STATIC, name, descriptor));
    }

    void closePiece(Splitter.Piece p) {
        endMethod(p.fc, p.visitor);
    }

    /**
     * Loads a dynamic constant in {@code code}'s method. Each is made in one class of the unit (so
     * once per realm: a function's FunctionData, a template object); the other classes call a
     * static accessor there.
     */
    void loadConstant(Code code, ConstantDynamic c) {
        UnitClass home = constantHomes.computeIfAbsent(c, k -> classFiles.named(code.owner()));
        if (home.name.equals(code.owner())) {
            code.mv.visitLdcInsn(c);
            return;
        }
        String accessor = accessors.computeIfAbsent(c, k -> accessor(home, k));
        code.invokeStatic(home.name, accessor, "()" + c.getDescriptor());
    }

    private String accessor(UnitClass home, ConstantDynamic c) {
        String name = "constant$" + accessors.size();
        MethodVisitor mv = home.method(ACC_STATIC | ACC_SYNTHETIC, name, "()" + c.getDescriptor());
        mv.visitCode();
        mv.visitLdcInsn(c);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return name;
    }

    /**
     * The number of parameters a function takes as separate JVM arguments, or -1 when it takes
     * the arguments array (it uses arguments, eval or a non-simple parameter list, or has many).
     * Calls linked directly then pass exactly that many values: no array is made.
     */
    private static int fixedArity(FunctionInfo f) {
        FunctionNode fn = f.functionNode();
        if (fn == null || !fn.simpleParameterList() || f.usesArguments() || f.forwardsArgumentsOnly() || f.hasDirectEval()) return -1;
        int n = fn.params().size();
        return n <= FunctionCompiler.MAX_FIXED_ARITY ? n : -1;
    }

    static String fixedDescriptor(int arity) {
        StringBuilder sb = new StringBuilder("(L" + Code.SCRIPT_FUNCTION + ";Ljava/lang/Object;Ljava/lang/Object;");
        for (int i = 0; i < arity; i++) sb.append("Ljava/lang/Object;");
        return sb.append(")Ljava/lang/Object;").toString();
    }

    private static String bridgeName(String method) {
        return method + "$args";
    }

    /** The entry point taking an arguments array, for calls that are not linked directly: unpacks and calls. */
    private void emitArgumentsBridge(UnitClass owner, String method, int arity) {
        MethodVisitor mv = owner.method(ACC_STATIC | ACC_SYNTHETIC, bridgeName(method), FunctionCompiler.BODY_DESCRIPTOR);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, 2);
        for (int i = 0; i < arity; i++) {
            mv.visitVarInsn(ALOAD, 3);
            mv.visitLdcInsn(i);
            mv.visitMethodInsn(INVOKESTATIC, Code.SUPPORT, "argument", "([Ljava/lang/Object;I)Ljava/lang/Object;", false);
        }
        mv.visitMethodInsn(INVOKESTATIC, owner.name, method, fixedDescriptor(arity), false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The name stack traces give the code of {@code f}, or "" if it has none. */
    String nameOf(FunctionInfo f) {
        String method = f == analysis.top() ? CompiledScript.ENTRY_METHOD : methodNames.get(f.node());
        String name = method == null ? null : functionNames.get(method);
        return name == null ? "" : name;
    }

    /** The dynamic constant of a function literal's FunctionData; queues the function for compilation. */
    ConstantDynamic functionData(Node f, String name) {
        return compiledFunctionData(f, name, f.start(), f.end());
    }

    /**
     * The FunctionData of a class's constructor: its {@code constructor} method, or the default
     * constructor (15.7.14 step 14) when it has none. Its source text is the whole class (step 16).
     */
    ConstantDynamic classConstructorData(ClassNode c, MethodDefinition constructor, String name) {
        if (constructor != null) return compiledFunctionData(constructor.value(), name, c.start(), c.end());
        ConstantDynamic existing = functionConstants.get(c);
        if (existing != null) return existing;
        boolean derived = c.superClass() != null;
        int flags = FunctionData.STRICT | FunctionData.CONSTRUCTOR | FunctionData.CLASS_CONSTRUCTOR
                | (derived ? FunctionData.DERIVED : 0);
        Handle body = new Handle(H_INVOKESTATIC, "dev/kiln/runtime/function/DefaultConstructor", derived ? "derived" : "base",
                FunctionCompiler.BODY_DESCRIPTOR, false);
        ConstantDynamic cd = new ConstantDynamic("fn", "L" + Code.FUNCTION_DATA + ";", Code.BSM_FUNCTION_DATA,
                body, body, -1, name, 0, flags, c.start(), c.end());
        functionConstants.put(c, cd);
        return cd;
    }

    private ConstantDynamic compiledFunctionData(Node f, String name, int sourceStart, int sourceEnd) {
        ConstantDynamic existing = functionConstants.get(f);
        if (existing != null) return existing;
        FunctionInfo info = analysis.functionOf(f);
        String method = methodName(name);
        methodNames.put(f, method);
        functionNames.put(method, name);
        pending.add(info);
        String owner = plan(f).name;
        int arity = fixedArity(info);
        Handle body = arity < 0
                ? new Handle(H_INVOKESTATIC, owner, method, FunctionCompiler.BODY_DESCRIPTOR, false)
                : new Handle(H_INVOKESTATIC, owner, bridgeName(method), FunctionCompiler.BODY_DESCRIPTOR, false);
        Handle direct = arity < 0 ? body : new Handle(H_INVOKESTATIC, owner, method, fixedDescriptor(arity), false);
        ConstantDynamic c = new ConstantDynamic("fn", "L" + Code.FUNCTION_DATA + ";", Code.BSM_FUNCTION_DATA,
                body, direct, arity, name, expectedArgumentCount(f), flags(f, info), sourceStart, sourceEnd);
        functionConstants.put(f, c);
        return c;
    }

    private String methodName(String jsName) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < jsName.length(); i++) {
            char c = jsName.charAt(i);
            sb.append(Character.isJavaIdentifierPart(c) && c != '$' ? c : '_');
        }
        String base = sb.length() == 0 ? "anonymous" : sb.toString();
        String name = base;
        // Counting on from the last suffix of the base, so that many functions of one name cost no search.
        for (int n = nameSuffixes.getOrDefault(base, 2); !usedMethodNames.add(name); n++) {
            name = base + "$" + n;
            nameSuffixes.put(base, n + 1);
        }
        return name;
    }

    /** 15.1.5 ExpectedArgumentCount */
    private static int expectedArgumentCount(Node f) {
        if (!(f instanceof FunctionNode fn)) return 0;
        int count = 0;
        for (Pattern p : fn.params()) {
            if (p instanceof RestElement || p instanceof AssignmentPattern) break;
            count++;
        }
        return count;
    }

    private static int flags(Node node, FunctionInfo info) {
        int flags = info.isStrict() ? dev.kiln.runtime.function.FunctionData.STRICT : 0;
        if (!(node instanceof FunctionNode f)) return flags | dev.kiln.runtime.function.FunctionData.METHOD;
        if (f.async()) flags |= dev.kiln.runtime.function.FunctionData.ASYNC;
        if (f.generator()) flags |= dev.kiln.runtime.function.FunctionData.GENERATOR;
        switch (f.kind()) {
            case NORMAL -> {
                if (!f.async() && !f.generator()) flags |= dev.kiln.runtime.function.FunctionData.CONSTRUCTOR;
            }
            case ARROW -> flags |= dev.kiln.runtime.function.FunctionData.ARROW;
            case METHOD, GETTER, SETTER -> flags |= dev.kiln.runtime.function.FunctionData.METHOD;
            case CLASS_CONSTRUCTOR -> flags |= dev.kiln.runtime.function.FunctionData.CONSTRUCTOR
                    | dev.kiln.runtime.function.FunctionData.CLASS_CONSTRUCTOR;
            case DERIVED_CONSTRUCTOR -> flags |= dev.kiln.runtime.function.FunctionData.CONSTRUCTOR
                    | dev.kiln.runtime.function.FunctionData.CLASS_CONSTRUCTOR | dev.kiln.runtime.function.FunctionData.DERIVED;
        }
        return flags;
    }

    /** The template object of a tagged template site (13.2.8.4 GetTemplateObject), one per site and realm. */
    ConstantDynamic templateObject(TemplateLiteral t) {
        ConstantDynamic existing = templates.get(t);
        if (existing != null) return existing;
        List<TemplateElement> quasis = t.quasis();
        Object[] args = new Object[quasis.size() * 2];
        for (int i = 0; i < quasis.size(); i++) {
            String cooked = quasis.get(i).cooked();
            args[i] = cooked == null ? new ConstantDynamic("undefined", Code.OBJECT_DESC, UNDEFINED_BSM) : cooked;
            args[quasis.size() + i] = quasis.get(i).raw();
        }
        // Named by the site's offset: equal templates at two sites are two constants (13.2.8.4 keys by site).
        ConstantDynamic c = new ConstantDynamic("template" + t.start(), Code.OBJECT_DESC, TEMPLATE_BSM, args);
        templates.put(t, c);
        return c;
    }

    private static final Handle TEMPLATE_BSM = new Handle(H_INVOKESTATIC, Code.BOOTSTRAP, "templateObject",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;[Ljava/lang/Object;)Ljava/lang/Object;", false);
    private static final Handle UNDEFINED_BSM = new Handle(H_INVOKESTATIC, Code.BOOTSTRAP, "undefined",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);

    private final Map<FunctionCompiler, ClassCompiler> classCompilers = new HashMap<>();

    ClassCompiler classes(FunctionCompiler fc) {
        return classCompilers.computeIfAbsent(fc, ClassCompiler::new);
    }

    DirectEvalCompiler directEval(FunctionCompiler fc) {
        return new DirectEvalCompiler(fc);
    }
}
