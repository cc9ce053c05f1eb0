package dev.kiln.codegen.emit;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * One class file of a unit: a static field for its realm, which its static initializer asks its
 * class loader for, and some of the unit's methods. In a unit that may need several classes its
 * constant pool is counted as it is written ({@link ConstantPoolCounter}), so the unit knows when
 * to start another class.
 */
final class UnitClass {
    final String name;
    /** The count of its constant pool, or null in a unit that is one class. */
    final ConstantPoolCounter pool;
    /** Constant pool entries promised to methods placed in this class but not written yet. */
    int reserved;
    /** The string and number constants those methods are expected to name. */
    final java.util.Set<Object> plannedNames = new java.util.HashSet<>();
    private int methods;
    private final ClassWriter cw = new FrameComputingClassWriter();

    UnitClass(String name, String sourceName, boolean counted) {
        this.name = name;
        this.pool = counted ? new ConstantPoolCounter() : null;
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", null);
        cw.visitSource(sourceName, null);
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, UnitCompiler.REALM_FIELD, Code.REALM_DESC, null, null).visitEnd();
        if (pool != null) {
            pool.classRef(name);
            pool.classRef("java/lang/Object");
            pool.constant(sourceName);
            pool.field(UnitCompiler.REALM_FIELD, Code.REALM_DESC);
        }
        MethodVisitor mv = method(ACC_STATIC, "<clinit>", "()V");
        mv.visitCode();
        mv.visitLdcInsn(Type.getObjectType(name));
        mv.visitMethodInsn(INVOKESTATIC, "dev/kiln/runtime/function/CodeHost", "realmOf",
                "(Ljava/lang/Class;)" + Code.REALM_DESC, true);
        mv.visitFieldInsn(PUTSTATIC, name, UnitCompiler.REALM_FIELD, Code.REALM_DESC);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        methods = 0;
    }

    /** Starts a method of this class; in a counted class, every constant its code names is counted. */
    MethodVisitor method(int access, String methodName, String descriptor) {
        methods++;
        MethodVisitor mv = cw.visitMethod(access, methodName, descriptor, null, null);
        if (pool == null) return mv;
        pool.method(methodName, descriptor);
        return pool.counting(mv);
    }

    /** Whether the class has no method of the unit's code yet (a method too big for others still gets one). */
    boolean isEmpty() {
        return methods == 0;
    }

    /** The class file; throws {@link LimitExceeded} if its constant pool is over the limit after all. */
    byte[] toByteArray() {
        if (pool != null && (pool.size() > Limits.MAX_POOL || pool.bootstrapMethods() > Limits.MAX_POOL)) {
            throw LimitExceeded.pool();
        }
        cw.visitEnd();
        try {
            return cw.toByteArray();
        } catch (org.objectweb.asm.ClassTooLargeException e) {
            throw LimitExceeded.pool();
        } catch (org.objectweb.asm.MethodTooLargeException e) {
            throw LimitExceeded.method(e.getMethodName());
        }
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
