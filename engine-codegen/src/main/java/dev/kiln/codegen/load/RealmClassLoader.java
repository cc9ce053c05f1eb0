package dev.kiln.codegen.load;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.function.CodeHost;
import dev.kiln.runtime.function.CompiledUnit;
import dev.kiln.runtime.realm.Realm;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The class loader of one realm's generated code. Each compiled unit (its classes) is defined here once
 * (a Script run again in the same realm reuses its class); the engine's own classes come from
 * the parent, shared by every realm. Generated code may link only against the runtime and a
 * few JDK packages: every other name is refused, so no script reaches a Java class it was not
 * given.
 *
 * <p>Code compiled at run time (eval code, dynamic functions) is defined instead in a
 * {@link UnitLoader} of its own, a child of this one, so that its class is unloaded once nothing
 * uses it: programs that eval ever new strings must not fill the realm with classes.
 *
 * <p>The loader is also how a generated class finds its realm and unit (its static
 * initializer asks it) and how a stack trace turns a frame into file, line and column.
 */
public final class RealmClassLoader extends ClassLoader implements CodeHost, StackTrace.FrameSource {
    static {
        registerAsParallelCapable();
    }

    private final Realm realm;
    private final ConcurrentHashMap<String, LoadedUnit> units = new ConcurrentHashMap<>();
    private final List<Consumer<CompiledScript>> definitionListeners = new CopyOnWriteArrayList<>();

    public RealmClassLoader(Realm realm) {
        super("kiln-realm", RealmClassLoader.class.getClassLoader());
        this.realm = realm;
    }

    @Override
    public Realm realm() {
        return realm;
    }

    /**
     * Calls {@code listener} with every unit about to be defined for this realm from now on (its
     * scripts, and code compiled at run time): before the JVM sees its class, so that a tool can
     * save class files the JVM would reject.
     */
    public void onDefinition(Consumer<CompiledScript> listener) {
        definitionListeners.add(listener);
    }

    private void notifyDefinition(CompiledScript script) {
        for (Consumer<CompiledScript> listener : definitionListeners) listener.accept(script);
    }

    /** Defines the unit's classes in this realm (once) and returns its top-level code's entry point. */
    public MethodHandle entryPoint(CompiledScript script) {
        LoadedUnit unit;
        synchronized (units) {
            unit = units.get(script.className());
            if (unit == null) {
                notifyDefinition(script);
                unit = new LoadedUnit(script, f -> defineClass(f.name(), f.bytes(), 0, f.bytes().length));
                for (CompiledScript.ClassFile f : script.classes()) units.put(f.name(), unit);
            }
        }
        if (!sameClasses(unit.script(), script)) {
            throw new IllegalStateException("two different units named " + script.className());
        }
        return unit.entryPoint();
    }

    private static boolean sameClasses(CompiledScript a, CompiledScript b) {
        if (a.classes().size() != b.classes().size()) return false;
        for (int i = 0; i < a.classes().size(); i++) {
            if (!Arrays.equals(a.classes().get(i).bytes(), b.classes().get(i).bytes())) return false;
        }
        return true;
    }

    /** Defines {@code script} in a class loader of its own, which lives as long as something uses the unit. */
    public LoadedUnit defineTransient(CompiledScript script) {
        notifyDefinition(script);
        return new UnitLoader(this, script).unit();
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
        if (units.containsKey(name)) {
            Class<?> c = findLoadedClass(name);
            if (c != null) return c;
        }
        throw new ClassNotFoundException(name + " is not available to JavaScript code");
    }

    @Override
    public StackTrace.Frame describe(Class<?> declaringClass, String method, int bci) {
        LoadedUnit unit = units.get(declaringClass.getName());
        return unit == null ? null : unit.describe(method, bci);
    }
}
