package dev.kiln.runtime.realm;

import dev.kiln.runtime.object.JSObject;

/**
 * How the runtime reaches the compiler: indirect eval and the Function constructors need to
 * compile source text at run time, but engine-runtime depends on nothing, so the compiler
 * installs an Evaluator in each realm it runs code in.
 */
public interface Evaluator {
    /** The kinds of function CreateDynamicFunction makes (20.2.1.1.1). */
    enum FunctionKind { NORMAL, GENERATOR, ASYNC, ASYNC_GENERATOR }

    /** 19.2.1.1 PerformEval for an indirect eval: global code of {@code realm}. */
    Object indirectEval(Realm realm, String sourceText);

    /**
     * 19.2.1.1 PerformEval for a direct eval: {@code site} describes the caller's scopes as the
     * compiler left them (it is opaque to the runtime), {@code env} is the caller's current
     * environment array, through which the eval code reaches the caller's bindings.
     */
    Object directEval(Realm realm, String sourceText, String site, Object[] env);

    /**
     * 20.2.1.1.1 CreateDynamicFunction: a function from parameter and body source texts, its
     * prototype taken from {@code newTarget} (or the intrinsic default for {@code kind}).
     */
    JSObject createDynamicFunction(Realm realm, JSObject newTarget, FunctionKind kind, String parameters, String body);
}
