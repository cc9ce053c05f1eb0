package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * A thin layer over ASM's MethodVisitor for the instruction patterns generated code repeats:
 * JavaScript constants, calls into the runtime, invokedynamic sites, locals. Everything here
 * emits bytecode directly; no JavaScript semantics live in this class.
 */
final class Code {
    static final String OBJECT = "java/lang/Object";
    static final String OBJECT_DESC = "Ljava/lang/Object;";
    static final String OBJECT_ARRAY = "[Ljava/lang/Object;";
    static final String REALM = "dev/kiln/runtime/realm/Realm";
    static final String REALM_DESC = "L" + REALM + ";";
    static final String UNDEFINED = "dev/kiln/runtime/value/Undefined";
    static final String NULL = "dev/kiln/runtime/value/Null";
    static final String JS_OBJECT = "dev/kiln/runtime/object/JSObject";
    static final String SCRIPT_FUNCTION = "dev/kiln/runtime/function/ScriptFunction";
    static final String FUNCTION_DATA = "dev/kiln/runtime/function/FunctionData";
    static final String JS_EXCEPTION = "dev/kiln/runtime/completion/JSException";
    static final String OPERATORS = "dev/kiln/runtime/ops/Operators";
    static final String CONVERSION = "dev/kiln/runtime/ops/Conversion";
    static final String REFERENCES = "dev/kiln/runtime/ops/References";
    static final String SUPPORT = "dev/kiln/runtime/link/CompiledCode";
    static final String BOOTSTRAP = "dev/kiln/runtime/link/Bootstrap";

    private static final String BSM_PREFIX = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;";
    static final Handle BSM_GET_PROPERTY = bootstrap("getProperty", "Ljava/lang/String;)Ljava/lang/invoke/CallSite;");
    static final Handle BSM_SET_PROPERTY = bootstrap("setProperty", "Ljava/lang/String;I)Ljava/lang/invoke/CallSite;");
    static final Handle BSM_CALL = bootstrap("call", "Ljava/lang/String;)Ljava/lang/invoke/CallSite;");
    static final Handle BSM_CONSTRUCT = bootstrap("construct", "Ljava/lang/String;)Ljava/lang/invoke/CallSite;");
    static final Handle BSM_GLOBAL = bootstrap("global", "Ljava/lang/String;I)Ljava/lang/invoke/CallSite;");
    static final Handle BSM_FUNCTION_DATA = new Handle(H_INVOKESTATIC, BOOTSTRAP, "functionData",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
                    + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodHandle;ILjava/lang/String;IIII)L" + FUNCTION_DATA + ";", false);

    private static Handle bootstrap(String name, String rest) {
        return new Handle(H_INVOKESTATIC, BOOTSTRAP, name, BSM_PREFIX + rest, false);
    }

    final MethodVisitor mv;
    private final UnitCompiler unit;
    private final String owner;
    private int nextLocal;
    private int maxLocal;

    /** Code of a method of class {@code owner} of {@code unit}. */
    Code(MethodVisitor mv, UnitCompiler unit, String owner, int firstFreeLocal) {
        this.mv = mv;
        this.unit = unit;
        this.owner = owner;
        this.nextLocal = firstFreeLocal;
        this.maxLocal = firstFreeLocal;
    }

    String owner() {
        return owner;
    }

    // ------------------------------------------------------------------ locals

    /** A fresh local slot for an Object (never reused: locals are cheap and it keeps frames simple). */
    int newLocal() {
        return newLocal(dev.kiln.codegen.types.ValueType.ANY);
    }

    /** A fresh local for a value held as {@code type} (a double takes two slots). */
    int newLocal(dev.kiln.codegen.types.ValueType type) {
        int slot = nextLocal;
        nextLocal += type == dev.kiln.codegen.types.ValueType.NUMBER ? 2 : 1;
        maxLocal = Math.max(maxLocal, nextLocal);
        return slot;
    }

    void load(int local, dev.kiln.codegen.types.ValueType type) {
        mv.visitVarInsn(switch (type) {
            case INT, BOOLEAN -> ILOAD;
            case NUMBER -> DLOAD;
            default -> ALOAD;
        }, local);
    }

    void store(int local, dev.kiln.codegen.types.ValueType type) {
        mv.visitVarInsn(switch (type) {
            case INT, BOOLEAN -> ISTORE;
            case NUMBER -> DSTORE;
            default -> ASTORE;
        }, local);
    }

    /** Duplicates a value held as {@code type}. */
    void dup(dev.kiln.codegen.types.ValueType type) {
        mv.visitInsn(type == dev.kiln.codegen.types.ValueType.NUMBER ? DUP2 : DUP);
    }

    /** Discards a value held as {@code type}. */
    void pop(dev.kiln.codegen.types.ValueType type) {
        mv.visitInsn(type == dev.kiln.codegen.types.ValueType.NUMBER ? POP2 : POP);
    }

    /** Converts a value held as {@code from} to {@code to} (widening only: INT to NUMBER, anything to ANY). */
    void convert(dev.kiln.codegen.types.ValueType from, dev.kiln.codegen.types.ValueType to) {
        if (from == to) return;
        switch (to) {
            case NUMBER -> {
                if (from == dev.kiln.codegen.types.ValueType.INT) mv.visitInsn(I2D);
                else unboxNumber(false);
            }
            case INT -> {
                if (from == dev.kiln.codegen.types.ValueType.NUMBER) {
                    invokeStatic(CONVERSION, "toInt32", "(D)I");
                } else {
                    unboxNumber(true);
                }
            }
            case ANY -> box(from);
            case BOOLEAN -> {
                box(from);
                toBoolean();
            }
            default -> throw new IllegalStateException(from + " -> " + to);
        }
    }

    /** Boxes a value held as {@code type} into a JavaScript value. */
    void box(dev.kiln.codegen.types.ValueType type) {
        switch (type) {
            case INT -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
            case NUMBER -> mv.visitMethodInsn(INVOKESTATIC, "dev/kiln/runtime/value/Types", "number", "(D)Ljava/lang/Object;", false);
            case BOOLEAN -> boxBoolean();
            default -> { }
        }
    }

    /** An Object known to be a Number, as a double (or, with toInt, the int32 it holds). */
    private void unboxNumber(boolean toInt) {
        mv.visitTypeInsn(CHECKCAST, "java/lang/Number");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Number", toInt ? "intValue" : "doubleValue", toInt ? "()I" : "()D", false);
    }

    void load(int local) {
        mv.visitVarInsn(ALOAD, local);
    }

    void store(int local) {
        mv.visitVarInsn(ASTORE, local);
    }

    // ------------------------------------------------------------------ constants

    void undefined() {
        mv.visitFieldInsn(GETSTATIC, UNDEFINED, "INSTANCE", "L" + UNDEFINED + ";");
    }

    void jsNull() {
        mv.visitFieldInsn(GETSTATIC, NULL, "INSTANCE", "L" + NULL + ";");
    }

    void aconstNull() {
        mv.visitInsn(ACONST_NULL);
    }

    void bool(boolean b) {
        mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
    }

    void iconst(int i) {
        if (i >= -1 && i <= 5) mv.visitInsn(ICONST_0 + i);
        else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, i);
        else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, i);
        else mv.visitLdcInsn(i);
    }

    /** A JavaScript Number constant, boxed: an Integer when exact, else a Double. */
    void number(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) {
            iconst(i);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
        } else {
            mv.visitLdcInsn(d);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
        }
    }

    /** A string constant; very long strings (over the class file's 65535-byte limit) come from the constant table. */
    void string(String s, ConstantTable constants) {
        if (utf8Length(s) <= 65535) {
            mv.visitLdcInsn(s);
        } else {
            constants.load(this, s);
            mv.visitTypeInsn(CHECKCAST, "java/lang/String");
        }
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (n > 65535) return n;
        }
        return n;
    }

    void ldc(Object constant) {
        mv.visitLdcInsn(constant);
    }

    /** A dynamic constant: made once per realm for the whole unit, whichever of its classes asks. */
    void ldc(ConstantDynamic constant) {
        unit.loadConstant(this, constant);
    }

    // ------------------------------------------------------------------ invocations

    void invokeStatic(String owner, String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
    }

    void invokeVirtual(String owner, String name, String descriptor) {
        mv.visitMethodInsn(INVOKEVIRTUAL, owner, name, descriptor, false);
    }

    void invokeDynamic(String name, String descriptor, Handle bsm, Object... args) {
        mv.visitInvokeDynamicInsn(name, descriptor, bsm, args);
    }

    void realm() {
        mv.visitFieldInsn(GETSTATIC, owner, UnitCompiler.REALM_FIELD, REALM_DESC);
    }

    void checkcast(String internalName) {
        mv.visitTypeInsn(CHECKCAST, internalName);
    }

    /** Boxes a JVM boolean on the stack as a JavaScript Boolean. */
    void boxBoolean() {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
    }

    /** ToBoolean of the Object on the stack, as a JVM boolean. */
    void toBoolean() {
        invokeStatic(CONVERSION, "toBoolean", "(Ljava/lang/Object;)Z");
    }

    // ------------------------------------------------------------------ control flow

    void label(Label l) {
        mv.visitLabel(l);
    }

    void jump(Label l) {
        mv.visitJumpInsn(GOTO, l);
    }

    void ifTrue(Label l) {
        mv.visitJumpInsn(IFNE, l);
    }

    void ifFalse(Label l) {
        mv.visitJumpInsn(IFEQ, l);
    }

    void insn(int opcode) {
        mv.visitInsn(opcode);
    }

    void dup() {
        mv.visitInsn(DUP);
    }

    void pop() {
        mv.visitInsn(POP);
    }

    void swap() {
        mv.visitInsn(SWAP);
    }

    void athrow() {
        mv.visitInsn(ATHROW);
    }

    void areturn() {
        mv.visitInsn(ARETURN);
    }

    /** A new Object[] of the given length, left on the stack. */
    void newObjectArray(int length) {
        iconst(length);
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
    }

    /** array, index, value -> (stored). */
    void arrayStore() {
        mv.visitInsn(AASTORE);
    }

    void arrayLoad() {
        mv.visitInsn(AALOAD);
    }

    void line(int line, Label at) {
        mv.visitLineNumber(line, at);
    }

    int maxLocals() {
        return maxLocal;
    }

    /** The size of the method's code so far, in bytes. */
    int offset() {
        Label here = new Label();
        mv.visitLabel(here);
        return here.getOffset();
    }

    static String methodDescriptor(Type returnType, Type... args) {
        return Type.getMethodDescriptor(returnType, args);
    }
}
