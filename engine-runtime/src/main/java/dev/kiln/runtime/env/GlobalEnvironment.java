package dev.kiln.runtime.env;

import dev.kiln.runtime.object.JSObject;
import java.lang.invoke.SwitchPoint;
import java.util.HashMap;

/**
 * A Global Environment Record (ECMA-262 9.1.1.4): the global object's properties plus a
 * declarative record for the let, const and class declarations of scripts, shared by all the
 * scripts of one realm.
 *
 * <p>Inline caches for global names that resolve to the global object depend on no lexical
 * declaration shadowing them; {@link #lexicalsChanged()} is invalidated whenever a script adds
 * lexical declarations, so those caches relink.
 */
public final class GlobalEnvironment {
    private final JSObject globalObject;
    private final HashMap<String, Binding> declarative = new HashMap<>();
    private SwitchPoint lexicalsChanged = new SwitchPoint();

    public GlobalEnvironment(JSObject globalObject) {
        this.globalObject = globalObject;
    }

    public JSObject globalObject() {
        return globalObject;
    }

    /** The lexical binding {@code name}, or null. */
    public Binding lexical(String name) {
        return declarative.get(name);
    }

    /** 9.1.1.4.12 HasLexicalDeclaration */
    public boolean hasLexicalDeclaration(String name) {
        return declarative.containsKey(name);
    }

    /** Creates an uninitialized lexical binding (9.1.1.1.2/3 via GlobalDeclarationInstantiation). */
    public Binding createLexical(String name, boolean mutable) {
        Binding b = new Binding(name, mutable);
        declarative.put(name, b);
        return b;
    }

    /** Called once a script has added its lexical declarations: caches of global names relink. */
    public void invalidateGlobalCaches() {
        SwitchPoint old = lexicalsChanged;
        lexicalsChanged = new SwitchPoint();
        SwitchPoint.invalidateAll(new SwitchPoint[] {old});
    }

    /** Valid while no new lexical declaration has appeared. */
    public SwitchPoint lexicalsChanged() {
        return lexicalsChanged;
    }
}
