package dev.kiln.codegen.load;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.parser.Source;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.function.CodeHost;
import dev.kiln.runtime.function.CompiledUnit;
import dev.kiln.runtime.realm.Realm;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of one realm's generated code. Each compiled unit is defined here once
 * (a Script run again in the same realm reuses its class); the engine's own classes come from
 * the parent, shared by every realm. Generated code may link only against the runtime and a
 * few JDK packages: every other name is refused, so no script reaches a Java class it was not
 * given.
 *
 * <p>The loader is also how a generated class finds its realm and unit (its static
 * initializer asks it) and how a stack trace turns a frame into file, line and column.
 */
public final class RealmClassLoader extends ClassLoader implements CodeHost, StackTrace.FrameSource {
    static {
        registerAsParallelCapable();
    }

    private final Realm realm;
    private final ConcurrentHashMap<String, Unit> units = new ConcurrentHashMap<>();

    /** A defined unit: its class, what it needs at run time, and its debug tables. */
    private record Unit(Class<?> type, CompiledScript script, CompiledUnit runtime, Source source) {}

    public RealmClassLoader(Realm realm) {
        super("kiln-realm", RealmClassLoader.class.getClassLoader());
        this.realm = realm;
    }

    @Override
    public Realm realm() {
        return realm;
    }

    /** Defines the unit's class in this realm (once) and returns its top-level code's entry point. */
    public MethodHandle entryPoint(CompiledScript script) {
        Unit unit = units.computeIfAbsent(script.className(), name -> {
            Class<?> type = defineClass(name, script.classBytes(), 0, script.classBytes().length);
            CompiledUnit runtime = new CompiledUnit(script.sourceName(), script.sourceText(), script.constants());
            return new Unit(type, script, runtime, new Source(script.sourceName(), script.sourceText()));
        });
        if (!Arrays.equals(unit.script().classBytes(), script.classBytes())) {
            throw new IllegalStateException("two different units named " + script.className());
        }
        try {
            return MethodHandles.publicLookup().findStatic(unit.type(), CompiledScript.ENTRY_METHOD,
                    MethodType.methodType(Object.class, dev.kiln.runtime.function.ScriptFunction.class, Object.class,
                            Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompiledUnit unit(Class<?> generatedClass) {
        return units.get(generatedClass.getName()).runtime();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("dev.kiln.runtime.") || name.startsWith("java.lang.") || name.startsWith("java.util.")) {
            return super.loadClass(name, resolve);
        }
        Unit unit = units.get(name);
        if (unit != null) return unit.type();
        throw new ClassNotFoundException(name + " is not available to JavaScript code");
    }

    @Override
    public StackTrace.Frame describe(Class<?> declaringClass, String method, int bci) {
        Unit unit = units.get(declaringClass.getName());
        if (unit == null) return null;
        String function = unit.script().functionNames().get(method);
        if (function == null) return null;
        int offset = sourceOffset(unit.script().positions().get(method), bci);
        Source source = unit.source();
        int line = offset < 0 ? 0 : source.line(offset);
        int column = offset < 0 ? 0 : source.column(offset);
        return new StackTrace.Frame(function, source.name(), line, column);
    }

    /** The source offset recorded at or before {@code bci}; -1 if none. */
    private static int sourceOffset(int[] pairs, int bci) {
        if (pairs == null) return -1;
        int best = -1, bestBci = -1;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] <= bci && pairs[i] >= bestBci) {
                bestBci = pairs[i];
                best = pairs[i + 1];
            }
        }
        return best;
    }
}
