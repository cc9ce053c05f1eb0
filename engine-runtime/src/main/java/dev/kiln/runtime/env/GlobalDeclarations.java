package dev.kiln.runtime.env;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.util.HashSet;
import java.util.Set;

/**
 * The run-time half of 16.1.7 GlobalDeclarationInstantiation: the checks against what earlier
 * scripts declared and the bindings of this one. The compiler computes the name lists; the
 * generated script calls {@link #instantiate} first, then makes each top-level function and
 * calls {@link #createGlobalFunctionBinding}, then {@link #createGlobalVarBindings}.
 */
public final class GlobalDeclarations {
    private GlobalDeclarations() {}

    /**
     * Steps 3-15. {@code constants[i]} says whether lexNames[i] is const. Returns, for each of the
     * Annex B function-in-block names, whether its global var binding is in effect (B.3.2.2).
     */
    public static boolean[] instantiate(Realm realm, String[] lexNames, boolean[] constants, String[] functionNames,
                                        String[] varNames, String[] annexBNames) {
        GlobalEnvironment env = realm.globalEnv();
        JSObject global = env.globalObject();
        for (String name : lexNames) {
            if (env.hasVarDeclaration(name) || env.hasLexicalDeclaration(name)) {
                throw realm.syntaxError("Identifier '" + name + "' has already been declared");
            }
            PropertyDescriptor existing = global.getOwnProperty(name);
            if (existing != null && !existing.configurable()) {
                throw realm.syntaxError("Identifier '" + name + "' has already been declared");
            }
        }
        for (String name : varNames) {
            if (env.hasLexicalDeclaration(name)) throw realm.syntaxError("Identifier '" + name + "' has already been declared");
        }
        for (String name : functionNames) {
            if (env.hasLexicalDeclaration(name)) throw realm.syntaxError("Identifier '" + name + "' has already been declared");
        }
        for (int i = functionNames.length - 1; i >= 0; i--) {
            if (!canDeclareGlobalFunction(global, functionNames[i])) {
                throw realm.typeError("Cannot redefine global function '" + functionNames[i] + "'");
            }
        }
        for (String name : varNames) {
            if (!canDeclareGlobalVar(global, name)) throw realm.typeError("Cannot declare global variable '" + name + "'");
        }
        boolean[] annexB = new boolean[annexBNames.length];
        Set<String> declared = new HashSet<>();
        for (String n : functionNames) declared.add(n);
        for (String n : varNames) declared.add(n);
        for (int i = 0; i < annexBNames.length; i++) {
            String name = annexBNames[i];
            if (!env.hasLexicalDeclaration(name) && canDeclareGlobalVar(global, name)) {
                annexB[i] = true;
                if (declared.add(name)) createGlobalVarBinding(env, global, name);
            }
        }
        for (int i = 0; i < lexNames.length; i++) env.createLexical(lexNames[i], !constants[i]);
        if (lexNames.length > 0) env.invalidateGlobalCaches();
        return annexB;
    }

    /** 9.1.1.4.14 CanDeclareGlobalVar */
    private static boolean canDeclareGlobalVar(JSObject global, String name) {
        return ObjectOperations.hasOwnProperty(global, name) || global.isExtensible();
    }

    /** 9.1.1.4.15 CanDeclareGlobalFunction */
    private static boolean canDeclareGlobalFunction(JSObject global, String name) {
        PropertyDescriptor existing = global.getOwnProperty(name);
        if (existing == null) return global.isExtensible();
        if (existing.configurable()) return true;
        return existing.isDataDescriptor() && existing.writable() && existing.enumerable();
    }

    /** 9.1.1.4.17 CreateGlobalFunctionBinding (D false: script code). */
    public static void createGlobalFunctionBinding(Realm realm, String name, Object value) {
        GlobalEnvironment env = realm.globalEnv();
        JSObject global = env.globalObject();
        PropertyDescriptor existing = global.getOwnProperty(name);
        PropertyDescriptor desc = existing == null || existing.configurable()
                ? PropertyDescriptor.data(value, true, true, false)
                : new PropertyDescriptor().value(value);
        ObjectOperations.definePropertyOrThrow(global, name, desc);
        ObjectOperations.set(global, name, value, false);
        env.addVarName(name);
    }

    /** Step 17: 9.1.1.4.16 CreateGlobalVarBinding for each name (D false: script code). */
    public static void createGlobalVarBindings(Realm realm, String[] names) {
        GlobalEnvironment env = realm.globalEnv();
        for (String name : names) createGlobalVarBinding(env, env.globalObject(), name);
    }

    private static void createGlobalVarBinding(GlobalEnvironment env, JSObject global, String name) {
        if (!ObjectOperations.hasOwnProperty(global, name) && global.isExtensible()) {
            ObjectOperations.definePropertyOrThrow(global, name, PropertyDescriptor.data(Undefined.INSTANCE, true, true, false));
        }
        env.addVarName(name);
    }

    /** Initializes a global lexical binding at its declaration (InitializeReferencedBinding). */
    public static void initializeLexical(Realm realm, String name, Object value) {
        realm.globalEnv().lexical(name).value = value;
    }
}
