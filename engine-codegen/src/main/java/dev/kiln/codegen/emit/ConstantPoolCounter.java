package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Counts the constant pool entries of one class as it is written, by the rules ASM's own symbol
 * table follows (an entry is shared by everything that names the same constant), so that a unit
 * can move on to a new class before a pool would pass the class file's limit of 65,535 entries.
 * Every method of a generated class is written through {@link #counting}; the count errs on
 * the high side (a class named by no stack map frame is counted as if it were), never low.
 */
final class ConstantPoolCounter {
    /** Entries of class-level structure and attribute names this counter does not follow one by one. */
    private static final int STRUCTURE = 32;

    private final Set<Object> entries = new HashSet<>();
    private final Set<Object> bootstrapMethods = new HashSet<>();
    private int size = STRUCTURE;

    /** The number of pool entries (a long or double counts twice). */
    int size() {
        return size;
    }

    /** The number of entries of the BootstrapMethods attribute (also limited to 65,535). */
    int bootstrapMethods() {
        return bootstrapMethods.size();
    }

    /** Whether the pool has the string or number constant {@code value} already. */
    boolean has(Object value) {
        if (value instanceof String str) return entries.contains(new Key(8, str, null, null));
        if (value instanceof Double d) {
            return entries.contains(new Key(5, Double.class, d, null))
                    || (d == (int) d.doubleValue() && entries.contains(new Key(3, Integer.class, (int) d.doubleValue(), null)));
        }
        return false;
    }

    private boolean add(Object key, int slots) {
        if (!entries.add(key)) return false;
        size += slots;
        return true;
    }

    private record Key(int tag, Object a, Object b, Object c) {}

    private void utf8(String s) {
        add(new Key(1, s, null, null), 1);
    }

    void classRef(String internalName) {
        if (add(new Key(7, internalName, null, null), 1)) utf8(internalName);
    }

    /** The classes a descriptor names, as stack map frames may name them. */
    private void frameTypes(Type type) {
        switch (type.getSort()) {
            case Type.OBJECT, Type.ARRAY -> classRef(type.getInternalName());
            case Type.METHOD -> {
                frameTypes(type.getReturnType());
                for (Type t : type.getArgumentTypes()) frameTypes(t);
            }
            default -> { }
        }
    }

    private void nameAndType(String name, String descriptor) {
        if (add(new Key(12, name, descriptor, null), 1)) {
            utf8(name);
            utf8(descriptor);
        }
    }

    private void memberRef(int tag, String owner, String name, String descriptor) {
        if (add(new Key(tag, owner, name, descriptor), 1)) {
            classRef(owner);
            nameAndType(name, descriptor);
        }
    }

    private void handle(Handle h) {
        if (add(new Key(15, h.getTag(), h, null), 1)) {
            int tag = h.getTag() <= H_PUTSTATIC ? 9 : h.isInterface() ? 11 : 10;
            memberRef(tag, h.getOwner(), h.getName(), h.getDesc());
        }
    }

    private void bootstrapMethod(Handle bsm, Object[] args) {
        if (!bootstrapMethods.add(List.of(bsm, List.of(args)))) return;
        handle(bsm);
        for (Object arg : args) constant(arg);
    }

    /** A constant as ldc or a bootstrap argument names it. */
    void constant(Object value) {
        if (value instanceof Integer || value instanceof Float || value instanceof Byte || value instanceof Short
                || value instanceof Character || value instanceof Boolean) {
            add(new Key(3, value.getClass(), value, null), 1);
        } else if (value instanceof Long || value instanceof Double) {
            add(new Key(5, value.getClass(), value, null), 2);
        } else if (value instanceof String s) {
            if (add(new Key(8, s, null, null), 1)) utf8(s);
        } else if (value instanceof Type t) {
            if (t.getSort() == Type.METHOD) {
                if (add(new Key(16, t.getDescriptor(), null, null), 1)) utf8(t.getDescriptor());
            } else {
                classRef(t.getInternalName());
            }
        } else if (value instanceof Handle h) {
            handle(h);
        } else if (value instanceof ConstantDynamic c) {
            Object[] args = new Object[c.getBootstrapMethodArgumentCount()];
            for (int i = 0; i < args.length; i++) args[i] = c.getBootstrapMethodArgument(i);
            bootstrapMethod(c.getBootstrapMethod(), args);
            if (add(new Key(17, c, null, null), 1)) {
                nameAndType(c.getName(), c.getDescriptor());
                frameTypes(Type.getType(c.getDescriptor()));
            }
        } else {
            throw new IllegalArgumentException("not a constant: " + value);
        }
    }

    /** A method of the class: its name and descriptor, and the classes of its parameters (its first frame). */
    void method(String name, String descriptor) {
        utf8(name);
        utf8(descriptor);
        frameTypes(Type.getMethodType(descriptor));
    }

    void field(String name, String descriptor) {
        utf8(name);
        utf8(descriptor);
    }

    /** Wraps a method's visitor so that every constant its code names is counted. */
    Counting counting(MethodVisitor mv) {
        return new Counting(mv);
    }

    /** Counts the constants of each instruction. */
    final class Counting extends MethodVisitor {
        Counting(MethodVisitor mv) {
            super(ASM9, mv);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            classRef(type);
            if (opcode == ANEWARRAY) classRef(Type.getType(type.startsWith("[") ? "[" + type : "[L" + type + ";").getInternalName());
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == NEWARRAY) classRef(switch (operand) {
                case T_BOOLEAN -> "[Z";
                case T_CHAR -> "[C";
                case T_FLOAT -> "[F";
                case T_DOUBLE -> "[D";
                case T_BYTE -> "[B";
                case T_SHORT -> "[S";
                case T_INT -> "[I";
                default -> "[J";
            });
            super.visitIntInsn(opcode, operand);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            memberRef(9, owner, name, descriptor);
            frameTypes(Type.getType(descriptor));
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            memberRef(isInterface ? 11 : 10, owner, name, descriptor);
            frameTypes(Type.getReturnType(descriptor));
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            bootstrapMethod(bsm, args);
            if (add(new Key(18, name, descriptor, List.of(bsm, List.of(args))), 1)) nameAndType(name, descriptor);
            frameTypes(Type.getReturnType(descriptor));
            super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
            if (value instanceof String) classRef("java/lang/String");
            super.visitLdcInsn(value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            classRef(Type.getType(descriptor).getInternalName());
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) classRef(type);
            super.visitTryCatchBlock(start, end, handler, type);
        }
    }
}
