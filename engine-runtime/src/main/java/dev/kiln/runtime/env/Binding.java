package dev.kiln.runtime.env;

/**
 * A binding of a declarative environment that code reaches by reference rather than by slot:
 * the global lexical declarations (let, const, class at the top level of scripts, which every
 * later script of the realm sees) and, later, module bindings. {@code value} is Java null while
 * the binding is uninitialized (in its temporal dead zone).
 */
public final class Binding {
    public final String name;
    public final boolean mutable;
    public Object value;

    public Binding(String name, boolean mutable) {
        this.name = name;
        this.mutable = mutable;
    }
}
