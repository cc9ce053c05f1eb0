package dev.kiln.runtime.env;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.value.Symbol;
import java.util.HashMap;

/**
 * Name lookups that only run time can decide: through the object of a {@code with} statement
 * (an Object Environment Record, 9.1.1.2) and through the var bindings a sloppy direct eval
 * added to a function (kept in a map in the function's environment array). Code compiled
 * without with and eval never calls these.
 */
public final class DynamicScope {
    /** Returned by the eval-var lookups when the map doesn't hold the name. */
    public static final Object NOT_FOUND = JSObject.NOT_FOUND;

    private DynamicScope() {}

    /** 9.1.1.2.1 HasBinding of a with environment: HasProperty and not blocked by @@unscopables. */
    public static boolean withHas(Object withObject, String name) {
        JSObject o = (JSObject) withObject;
        if (!o.hasProperty(name)) return false;
        Object unscopables = o.get(Symbol.UNSCOPABLES, o);
        if (unscopables instanceof JSObject u) return !Conversion.toBoolean(u.get(name, u));
        return true;
    }

    /** 9.1.1.2.6 GetBindingValue of a with environment. */
    public static Object withGet(Object withObject, String name, boolean strict) {
        JSObject o = (JSObject) withObject;
        if (!o.hasProperty(name)) {
            if (strict) throw JSException.referenceError(name + " is not defined");
            return dev.kiln.runtime.value.Undefined.INSTANCE;
        }
        return o.get(name, o);
    }

    /** 9.1.1.2.5 SetMutableBinding of a with environment. */
    public static void withSet(Object withObject, String name, Object value, boolean strict) {
        JSObject o = (JSObject) withObject;
        boolean stillExists = o.hasProperty(name);
        if (!stillExists && strict) throw JSException.referenceError(name + " is not defined");
        ObjectOperations.set(o, name, value, strict);
    }

    /** The value of an eval-added var, or {@link #NOT_FOUND}. */
    @SuppressWarnings("unchecked")
    public static Object evalVarGet(Object[] env, int slot, String name) {
        Object map = env[slot];
        if (map == null) return NOT_FOUND;
        Object v = ((HashMap<String, Object>) map).get(name);
        return v == null ? NOT_FOUND : v;
    }

    /** Whether the eval var map holds {@code name} (HasBinding of the var scope's part eval made). */
    @SuppressWarnings("unchecked")
    public static boolean evalVarHas(Object[] env, int slot, String name) {
        Object map = env[slot];
        return map != null && ((HashMap<String, Object>) map).containsKey(name);
    }

    /** GetBindingValue of an eval-added var a reference resolved to: a ReferenceError if it was deleted since. */
    public static Object evalVarValue(Object[] env, int slot, String name) {
        Object v = evalVarGet(env, slot, name);
        if (v == NOT_FOUND) throw JSException.referenceError(name + " is not defined");
        return v;
    }

    /**
     * 9.1.1.1.5 SetMutableBinding of an eval-added var a reference resolved to: if it was deleted
     * since, strict code gets a ReferenceError and sloppy code makes it again.
     */
    public static void evalVarSetResolved(Object[] env, int slot, String name, Object value, boolean strict) {
        if (!evalVarHas(env, slot, name) && strict) throw JSException.referenceError(name + " is not defined");
        evalVars(env, slot).put(name, value);
    }

    /** Assigns an eval-added var if there is one; returns whether there was. */
    @SuppressWarnings("unchecked")
    public static boolean evalVarSet(Object[] env, int slot, String name, Object value) {
        Object map = env[slot];
        if (map == null) return false;
        HashMap<String, Object> vars = (HashMap<String, Object>) map;
        if (!vars.containsKey(name)) return false;
        vars.put(name, value);
        return true;
    }

    /**
     * 19.2.1.3 step 18.b (and B.3.2.3 step 7.a.ii): each name without a binding in the var scope
     * gets one, initialized to undefined; existing ones keep their values.
     */
    public static void evalVarDeclare(Object[] env, int slot, String[] names) {
        HashMap<String, Object> vars = evalVars(env, slot);
        for (String name : names) vars.putIfAbsent(name, dev.kiln.runtime.value.Undefined.INSTANCE);
    }

    /** 19.2.1.3 step 17.d and B.3.2.3's SetMutableBinding on the var scope: creates or sets an eval-added var. */
    public static void evalVarPut(Object[] env, int slot, String name, Object value) {
        evalVars(env, slot).put(name, value);
    }

    @SuppressWarnings("unchecked")
    private static HashMap<String, Object> evalVars(Object[] env, int slot) {
        Object map = env[slot];
        if (map == null) env[slot] = map = new HashMap<String, Object>();
        return (HashMap<String, Object>) map;
    }

    /** Deletes an eval-added var (they are deletable, 19.2.1.3 step 8); returns whether there was one. */
    @SuppressWarnings("unchecked")
    public static boolean evalVarDelete(Object[] env, int slot, String name) {
        Object map = env[slot];
        return map != null && ((HashMap<String, Object>) map).remove(name) != null;
    }
}
