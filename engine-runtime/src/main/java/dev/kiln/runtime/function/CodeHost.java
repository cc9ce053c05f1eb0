package dev.kiln.runtime.function;

import dev.kiln.runtime.realm.Realm;

/**
 * Implemented by the class loader that defines generated code (one per realm, in
 * engine-codegen). A generated class finds its realm and its unit through its own class loader
 * in its static initializer, so the class bytes name neither and can be defined in any realm.
 */
public interface CodeHost {
    /** The realm this loader's code runs in. */
    Realm realm();

    /** The unit a generated class of this loader was compiled from. */
    CompiledUnit unit(Class<?> generatedClass);

    /** The realm of a generated class; called from its static initializer. */
    static Realm realmOf(Class<?> generatedClass) {
        return ((CodeHost) generatedClass.getClassLoader()).realm();
    }

    /** The unit of a generated class; called from its static initializer. */
    static CompiledUnit unitOf(Class<?> generatedClass) {
        return ((CodeHost) generatedClass.getClassLoader()).unit(generatedClass);
    }
}
