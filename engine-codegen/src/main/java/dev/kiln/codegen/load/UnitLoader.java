package dev.kiln.codegen.load;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.function.CodeHost;
import dev.kiln.runtime.function.CompiledUnit;
import dev.kiln.runtime.realm.Realm;

/**
 * The class loader of one unit compiled at run time (eval code, a dynamic function), a child of
 * its realm's {@link RealmClassLoader}: it resolves every other name through the realm's loader
 * (which refuses what JavaScript code must not reach), and the JVM unloads it with its class once
 * no cache, closure or frame holds the unit any more.
 */
final class UnitLoader extends ClassLoader implements CodeHost, StackTrace.FrameSource {
    static {
        registerAsParallelCapable();
    }

    private final RealmClassLoader realmLoader;
    private final LoadedUnit unit;

    UnitLoader(RealmClassLoader realmLoader, CompiledScript script) {
        super("kiln-unit", realmLoader);
        this.realmLoader = realmLoader;
        this.unit = new LoadedUnit(script, f -> defineClass(f.name(), f.bytes(), 0, f.bytes().length));
    }

    LoadedUnit unit() {
        return unit;
    }

    @Override
    public Realm realm() {
        return realmLoader.realm();
    }

    @Override
    public CompiledUnit unit(Class<?> generatedClass) {
        return unit.runtime();
    }

    @Override
    public StackTrace.Frame describe(Class<?> declaringClass, String method, int bci) {
        return declaringClass.getClassLoader() == this ? unit.describe(method, bci) : null;
    }
}
