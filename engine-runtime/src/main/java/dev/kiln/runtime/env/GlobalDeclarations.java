package dev.kiln.runtime.env;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.util.HashSet;
import java.util.Set;

/**
 * The run-time half of 16.1.7 GlobalDeclarationInstantiation and, for sloppy eval code whose
 * var scope is the global environment, of 19.2.1.3 EvalDeclarationInstantiation: the checks
 * against what is already declared, and the bindings. The compiler computes the name lists; the
 * generated code calls {@link #instantiate} (or {@link #instantiateEval}) first, then makes each
 * top-level function and calls {@link #createGlobalFunctionBinding}, then
 * {@link #createGlobalVarBindings}. Bindings made by eval code are deletable (D = true).
 */
public final class GlobalDeclarations {
    private GlobalDeclarations() {}

    /**
     * 16.1.7 steps 3-12. {@code constants[i]} says whether lexNames[i] is const. Returns, for each
     * of the Annex B function-in-block names, whether its global var binding is in effect (B.3.2.2).
     */
    public static boolean[] instantiate(Realm realm, String[] lexNames, boolean[] constants, String[] functionNames,
                                        String[] varNames, String[] annexBNames) {
        GlobalEnvironment env = realm.globalEnv();
        JSObject global = env.globalObject();
        for (String name : lexNames) {
            if (env.hasLexicalDeclaration(name) || hasRestrictedGlobalProperty(global, name)) {
                throw realm.syntaxError("Identifier '" + name + "' has already been declared");
            }
        }
        for (String name : varNames) {
            if (env.hasLexicalDeclaration(name)) throw realm.syntaxError("Identifier '" + name + "' has already been declared");
        }
        for (String name : functionNames) {
            if (env.hasLexicalDeclaration(name)) throw realm.syntaxError("Identifier '" + name + "' has already been declared");
        }
        checkDefinable(realm, global, functionNames, varNames);
        boolean[] annexB = annexBFunctionVars(env, global, functionNames, varNames, annexBNames, false);
        for (int i = 0; i < lexNames.length; i++) env.createLexical(lexNames[i], !constants[i]);
        if (lexNames.length > 0) env.invalidateGlobalCaches();
        return annexB;
    }

    /**
     * 19.2.1.3 EvalDeclarationInstantiation steps 3.a, 10, 12 and 13 for sloppy eval code whose var
     * environment is the global one (the checks against the caller's own scopes are the compiler's).
     * Returns, for each Annex B function-in-block name, whether its global var binding is in effect.
     */
    public static boolean[] instantiateEval(Realm realm, String[] functionNames, String[] varNames, String[] annexBNames) {
        GlobalEnvironment env = realm.globalEnv();
        JSObject global = env.globalObject();
        for (String name : functionNames) {
            if (env.hasLexicalDeclaration(name)) throw realm.syntaxError("Identifier '" + name + "' has already been declared");
        }
        for (String name : varNames) {
            if (env.hasLexicalDeclaration(name)) throw realm.syntaxError("Identifier '" + name + "' has already been declared");
        }
        checkDefinable(realm, global, functionNames, varNames);
        return annexBFunctionVars(env, global, functionNames, varNames, annexBNames, true);
    }

    /** The TypeErrors of CanDeclareGlobalFunction (last declaration first) and CanDeclareGlobalVar. */
    private static void checkDefinable(Realm realm, JSObject global, String[] functionNames, String[] varNames) {
        for (int i = functionNames.length - 1; i >= 0; i--) {
            if (!canDeclareGlobalFunction(global, functionNames[i])) {
                throw realm.typeError("Cannot redefine global function '" + functionNames[i] + "'");
            }
        }
        for (String name : varNames) {
            if (!canDeclareGlobalVar(global, name)) throw realm.typeError("Cannot declare global variable '" + name + "'");
        }
    }

    /** B.3.2.2 / B.3.2.3 for the global environment: which function-in-block names get a var binding, made here. */
    private static boolean[] annexBFunctionVars(GlobalEnvironment env, JSObject global, String[] functionNames,
                                                String[] varNames, String[] annexBNames, boolean deletable) {
        boolean[] annexB = new boolean[annexBNames.length];
        Set<String> declared = new HashSet<>();
        for (String n : functionNames) declared.add(n);
        for (String n : varNames) declared.add(n);
        for (int i = 0; i < annexBNames.length; i++) {
            String name = annexBNames[i];
            if (!env.hasLexicalDeclaration(name) && canDeclareGlobalVar(global, name)) {
                annexB[i] = true;
                if (declared.add(name)) createGlobalVarBinding(global, name, deletable);
            }
        }
        return annexB;
    }

    /** 9.1.1.4.13 HasRestrictedGlobalProperty */
    private static boolean hasRestrictedGlobalProperty(JSObject global, String name) {
        PropertyDescriptor existing = global.getOwnProperty(name);
        return existing != null && !existing.configurable();
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

    /** 9.1.1.4.17 CreateGlobalFunctionBinding; {@code deletable} is D (true for eval code). */
    public static void createGlobalFunctionBinding(Realm realm, String name, Object value, boolean deletable) {
        JSObject global = realm.globalObject();
        PropertyDescriptor existing = global.getOwnProperty(name);
        PropertyDescriptor desc = existing == null || existing.configurable()
                ? PropertyDescriptor.data(value, true, true, deletable)
                : new PropertyDescriptor().value(value);
        ObjectOperations.definePropertyOrThrow(global, name, desc);
        ObjectOperations.set(global, name, value, false);
    }

    /** 9.1.1.4.16 CreateGlobalVarBinding for each name; {@code deletable} is D (true for eval code). */
    public static void createGlobalVarBindings(Realm realm, String[] names, boolean deletable) {
        JSObject global = realm.globalObject();
        for (String name : names) createGlobalVarBinding(global, name, deletable);
    }

    private static void createGlobalVarBinding(JSObject global, String name, boolean deletable) {
        if (!ObjectOperations.hasOwnProperty(global, name) && global.isExtensible()) {
            ObjectOperations.definePropertyOrThrow(global, name, PropertyDescriptor.data(Undefined.INSTANCE, true, true, deletable));
        }
    }

    /** Initializes a global lexical binding at its declaration (InitializeReferencedBinding). */
    public static void initializeLexical(Realm realm, String name, Object value) {
        realm.globalEnv().lexical(name).value = value;
    }
}
