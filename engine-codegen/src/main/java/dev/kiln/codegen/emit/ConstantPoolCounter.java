package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 *
 * <p>Each kind of entry has a set of its own keyed by the strings that name it, so that counting
 * an instruction whose constants are known already allocates nothing: it runs for every
 * instruction of every unit.
 */
final class ConstantPoolCounter {
    /** Entries of class-level structure and attribute names this counter does not follow one by one. */
    private static final int STRUCTURE = 32;

    private final Set<String> utf8 = new HashSet<>();
    private final Set<String> classes = new HashSet<>();
    private final Set<String> strings = new HashSet<>();
    private final Set<Object> numbers = new HashSet<>();
    private final Set<String> methodTypes = new HashSet<>();
    private final Map<String, Set<String>> namesAndTypes = new HashMap<>();
    /** Field, method and interface method references: tag -> owner -> name -> descriptors. */
    private final Map<Integer, Map<String, Map<String, Set<String>>>> references = new HashMap<>();
    private final Set<Handle> handles = new HashSet<>();
    private final Set<ConstantDynamic> dynamics = new HashSet<>();
    /** Invokedynamic entries: bootstrap method -> its arguments -> name -> descriptors. */
    private final Map<Handle, Map<Object, Map<String, Set<String>>>> invokeDynamics = new HashMap<>();
    private final Map<Handle, Set<Object>> bootstrapMethods = new HashMap<>();
    private final Set<String> descriptorsWithFrameTypes = new HashSet<>();
    private int size = STRUCTURE;
    private int bootstrapMethodCount;

    /** The number of pool entries (a long or double counts twice). */
    int size() {
        return size;
    }

    /** The number of entries of the BootstrapMethods attribute (also limited to 65,535). */
    int bootstrapMethods() {
        return bootstrapMethodCount;
    }

    /** Whether the pool has the string or number constant {@code value} already. */
    boolean has(Object value) {
        if (value instanceof String s) return strings.contains(s);
        if (value instanceof Double d) {
            return numbers.contains(d) || (d == (int) d.doubleValue() && numbers.contains((int) d.doubleValue()));
        }
        return false;
    }

    private void utf8(String s) {
        if (utf8.add(s)) size++;
    }

    void classRef(String internalName) {
        if (classes.add(internalName)) {
            size++;
            utf8(internalName);
        }
    }

    /** The classes a descriptor names, as stack map frames may name them. */
    private void frameTypes(String descriptor) {
        if (!descriptorsWithFrameTypes.add(descriptor)) return;
        Type type = Type.getType(descriptor);
        if (type.getSort() == Type.METHOD) {
            frameType(type.getReturnType());
            for (Type t : type.getArgumentTypes()) frameType(t);
        } else {
            frameType(type);
        }
    }

    private void frameType(Type type) {
        if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) classRef(type.getInternalName());
    }

    private void nameAndType(String name, String descriptor) {
        if (namesAndTypes.computeIfAbsent(name, k -> new HashSet<>()).add(descriptor)) {
            size++;
            utf8(name);
            utf8(descriptor);
        }
    }

    private void memberRef(int tag, String owner, String name, String descriptor) {
        boolean added = references.computeIfAbsent(tag, k -> new HashMap<>()).computeIfAbsent(owner, k -> new HashMap<>())
                .computeIfAbsent(name, k -> new HashSet<>()).add(descriptor);
        if (added) {
            size++;
            classRef(owner);
            nameAndType(name, descriptor);
        }
    }

    private void handle(Handle h) {
        if (handles.add(h)) {
            size++;
            int tag = h.getTag() <= H_PUTSTATIC ? 9 : h.isInterface() ? 11 : 10;
            memberRef(tag, h.getOwner(), h.getName(), h.getDesc());
        }
    }

    /** A key for a list of bootstrap arguments: the one argument itself, or a list without copying. */
    private static Object argumentsKey(Object[] args) {
        return args.length == 1 ? args[0] : Arrays.asList(args);
    }

    private void bootstrapMethod(Handle bsm, Object[] args, Object key) {
        if (!bootstrapMethods.computeIfAbsent(bsm, k -> new HashSet<>()).add(key)) return;
        bootstrapMethodCount++;
        handle(bsm);
        for (Object arg : args) constant(arg);
    }

    /** A constant as ldc or a bootstrap argument names it. */
    void constant(Object value) {
        if (value instanceof String s) {
            if (strings.add(s)) {
                size++;
                utf8(s);
            }
        } else if (value instanceof Integer || value instanceof Float || value instanceof Byte || value instanceof Short
                || value instanceof Character || value instanceof Boolean) {
            if (numbers.add(value)) size++;
        } else if (value instanceof Long || value instanceof Double) {
            if (numbers.add(value)) size += 2;
        } else if (value instanceof Type t) {
            if (t.getSort() == Type.METHOD) {
                if (methodTypes.add(t.getDescriptor())) {
                    size++;
                    utf8(t.getDescriptor());
                }
            } else {
                classRef(t.getInternalName());
            }
        } else if (value instanceof Handle h) {
            handle(h);
        } else if (value instanceof ConstantDynamic c) {
            if (!dynamics.add(c)) return;
            size++;
            Object[] args = new Object[c.getBootstrapMethodArgumentCount()];
            for (int i = 0; i < args.length; i++) args[i] = c.getBootstrapMethodArgument(i);
            bootstrapMethod(c.getBootstrapMethod(), args, argumentsKey(args));
            nameAndType(c.getName(), c.getDescriptor());
            frameTypes(c.getDescriptor());
        } else {
            throw new IllegalArgumentException("not a constant: " + value);
        }
    }

    /** A method of the class: its name and descriptor, and the classes of its parameters (its first frame). */
    void method(String name, String descriptor) {
        utf8(name);
        utf8(descriptor);
        frameTypes(descriptor);
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
            if (opcode == ANEWARRAY) classRef(type.startsWith("[") ? "[" + type : "[L" + type + ";");
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
            frameTypes(descriptor);
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            memberRef(isInterface ? 11 : 10, owner, name, descriptor);
            frameTypes(descriptor);
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            Object key = argumentsKey(args);
            bootstrapMethod(bsm, args, key);
            boolean added = invokeDynamics.computeIfAbsent(bsm, k -> new HashMap<>()).computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(name, k -> new HashSet<>()).add(descriptor);
            if (added) {
                size++;
                nameAndType(name, descriptor);
            }
            frameTypes(descriptor);
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
