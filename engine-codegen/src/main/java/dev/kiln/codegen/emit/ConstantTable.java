package dev.kiln.codegen.emit;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The values of a unit that a class file cannot hold as constants (strings over 65535 bytes of
 * modified UTF-8, for instance). They travel beside the class bytes (and in cached data) and are
 * loaded by generated code through a dynamic constant.
 */
final class ConstantTable {
    private static final Handle BSM = new Handle(Opcodes.H_INVOKESTATIC, Code.BOOTSTRAP, "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)Ljava/lang/Object;", false);

    private final List<Object> values = new ArrayList<>();

    /** Emits a load of {@code value}, adding it to the table. */
    void load(Code code, Object value) {
        int index = values.size();
        values.add(value);
        code.ldc(new ConstantDynamic("constant", Code.OBJECT_DESC, BSM, index));
    }

    Object[] toArray() {
        return values.toArray();
    }
}
