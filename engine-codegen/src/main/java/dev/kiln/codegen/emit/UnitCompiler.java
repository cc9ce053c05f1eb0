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
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles one unit (a Script, eval code, a dynamic function) to one class: a static field for
 * its realm, one static method per JavaScript function (the top-level code is {@code script}),
 * and a dynamic constant per function literal for its {@code FunctionData}.
 */
public final class UnitCompiler {
    static final String REALM_FIELD = "REALM";

    final String className;
    final Source source;
    final ScopeAnalysis analysis;
    /** The unit of a dynamic function (20.2.1.1.1): its top-level code makes and returns the function. */
    final boolean dynamicFunction;
    final ConstantTable constants = new ConstantTable();
    final PositionTable positions = new PositionTable();
    private final ClassWriter cw;
    private final Map<Node, String> methodNames = new IdentityHashMap<>();
    private final Map<Node, ConstantDynamic> functionConstants = new IdentityHashMap<>();
    private final Map<String, String> functionNames = new LinkedHashMap<>();
    private final Set<String> usedMethodNames = new HashSet<>();
    private final Deque<FunctionInfo> pending = new ArrayDeque<>();
    private final Map<Node, ConstantDynamic> templates = new IdentityHashMap<>();

    public UnitCompiler(String className, Source source, ScopeAnalysis analysis) {
        this(className, source, analysis, false);
    }

    public UnitCompiler(String className, Source source, ScopeAnalysis analysis, boolean dynamicFunction) {
        this.className = className;
        this.source = source;
        this.analysis = analysis;
        this.dynamicFunction = dynamicFunction;
        this.cw = new FrameComputingClassWriter();
    }

    /** Compiles the unit; the top-level code of {@code program} becomes the method "script". */
    public CompiledScript compile() {
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", null);
        cw.visitSource(source.name(), null);
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, REALM_FIELD, Code.REALM_DESC, null, null).visitEnd();
        emitStaticInitializer();
        FunctionInfo top = analysis.top();
        usedMethodNames.add(CompiledScript.ENTRY_METHOD);
        // Stack traces name eval code's frames "eval", as V8 does, and leave global code unnamed.
        functionNames.put(CompiledScript.ENTRY_METHOD, top.isEval() ? "eval" : "");
        compileFunction(top, CompiledScript.ENTRY_METHOD, -1);
        while (!pending.isEmpty()) {
            FunctionInfo f = pending.poll();
            String method = methodNames.get(f.node());
            int arity = fixedArity(f);
            compileFunction(f, method, arity);
            if (arity >= 0) emitArgumentsBridge(method, arity);
        }
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        return new CompiledScript(className.replace('/', '.'), bytes, source.name(), source.text(), constants.toArray(),
                Map.copyOf(functionNames), positions.resolve(), !templates.isEmpty());
    }

    private void emitStaticInitializer() {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(className));
        mv.visitMethodInsn(INVOKESTATIC, "dev/kiln/runtime/function/CodeHost", "realmOf",
                "(Ljava/lang/Class;)" + Code.REALM_DESC, true);
        mv.visitFieldInsn(PUTSTATIC, className, REALM_FIELD, Code.REALM_DESC);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void compileFunction(FunctionInfo f, String methodName, int arity) {
        int access = ACC_STATIC | (methodName.equals(CompiledScript.ENTRY_METHOD) ? ACC_PUBLIC : ACC_PRIVATE);
        String descriptor = arity < 0 ? FunctionCompiler.BODY_DESCRIPTOR : fixedDescriptor(arity);
        MethodVisitor mv = cw.visitMethod(access, methodName, descriptor, null, null);
        positions.beginMethod(methodName);
        new FunctionCompiler(this, f, mv, arity).compile();
    }

    /**
     * The number of parameters a function takes as separate JVM arguments, or -1 when it takes
     * the arguments array (it uses arguments, eval or a non-simple parameter list, or has many).
     * Calls linked directly then pass exactly that many values: no array is made.
     */
    private static int fixedArity(FunctionInfo f) {
        FunctionNode fn = f.functionNode();
        if (fn == null || !fn.simpleParameterList() || f.usesArguments() || f.hasDirectEval()) return -1;
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
    private void emitArgumentsBridge(String method, int arity) {
        MethodVisitor mv = cw.visitMethod(ACC_STATIC | ACC_PRIVATE | ACC_SYNTHETIC, bridgeName(method),
                FunctionCompiler.BODY_DESCRIPTOR, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, 2);
        for (int i = 0; i < arity; i++) {
            mv.visitVarInsn(ALOAD, 3);
            mv.visitLdcInsn(i);
            mv.visitMethodInsn(INVOKESTATIC, Code.SUPPORT, "argument", "([Ljava/lang/Object;I)Ljava/lang/Object;", false);
        }
        mv.visitMethodInsn(INVOKESTATIC, className, method, fixedDescriptor(arity), false);
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
        int arity = fixedArity(info);
        Handle body = arity < 0
                ? new Handle(H_INVOKESTATIC, className, method, FunctionCompiler.BODY_DESCRIPTOR, false)
                : new Handle(H_INVOKESTATIC, className, bridgeName(method), FunctionCompiler.BODY_DESCRIPTOR, false);
        Handle direct = arity < 0 ? body : new Handle(H_INVOKESTATIC, className, method, fixedDescriptor(arity), false);
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
        for (int n = 2; !usedMethodNames.add(name); n++) name = base + "$" + n;
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

    /** COMPUTE_FRAMES needs common superclasses; ours are all runtime or JDK classes, loadable here. */
    private static final class FrameComputingClassWriter extends ClassWriter {
        FrameComputingClassWriter() {
            super(COMPUTE_FRAMES);
        }

        @Override
        protected String getCommonSuperClass(String type1, String type2) {
            try {
                return super.getCommonSuperClass(type1, type2);
            } catch (RuntimeException | LinkageError e) {
                return "java/lang/Object";
            }
        }

        @Override
        protected ClassLoader getClassLoader() {
            return UnitCompiler.class.getClassLoader();
        }
    }
}
