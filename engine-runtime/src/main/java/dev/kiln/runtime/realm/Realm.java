package dev.kiln.runtime.realm;

import dev.kiln.runtime.builtins.Builtins;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.completion.ScriptTermination;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.env.GlobalEnvironment;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.ImmutablePrototypeObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Undefined;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A realm (ECMA-262 9.3): the intrinsics, the global object and everything else that belongs to
 * one context — its interrupt flag, its template registry and its link to the compiler.
 *
 * <p>A realm is created either with a fresh ordinary global object or around an object the
 * embedder supplies (node's {@code vm.createContext(obj)}), through a factory that receives
 * the realm once %Object.prototype% exists.
 */
public final class Realm {
    private final JSObject[] intrinsics = new JSObject[Intrinsic.values().length];
    private final JSObject globalObject;
    private final GlobalEnvironment globalEnv;
    private Object globalThisValue;
    private Evaluator evaluator;
    /** [[TemplateMap]] (9.3): template objects by their site, for tagged templates. */
    private Map<Object, JSObject> templateMap;
    /** Embedder's data for this realm ([[HostDefined]]), e.g. the vm Context. */
    private Object hostDefined;

    /** Set from any thread to stop the JavaScript running in this realm at its next poll. */
    private volatile boolean interruptRequested;
    private volatile String interruptReason;

    /** A realm with a fresh ordinary global object (9.3.1 InitializeHostDefinedRealm). */
    public Realm() {
        this(realm -> new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE)));
    }

    /** A realm whose global object the factory makes, once %Object.prototype% exists. */
    public Realm(Function<Realm, JSObject> globalObjectFactory) {
        // 9.3.2 CreateIntrinsics: the two objects every other intrinsic refers to come first.
        JSObject objectPrototype = new ImmutablePrototypeObject(null);
        intrinsics[Intrinsic.OBJECT_PROTOTYPE.ordinal()] = objectPrototype;
        // 20.2.3: %Function.prototype% is itself a built-in function that returns undefined.
        intrinsics[Intrinsic.FUNCTION_PROTOTYPE.ordinal()] =
                new BuiltinFunction(this, objectPrototype, "", 0, false, (f, t, a, n) -> Undefined.INSTANCE);
        this.globalObject = globalObjectFactory.apply(this);
        this.globalThisValue = globalObject;
        this.globalEnv = new GlobalEnvironment(globalObject);
        Shape.retainingTransitions(() -> Builtins.install(this));
    }

    public JSObject intrinsic(Intrinsic which) {
        return intrinsics[which.ordinal()];
    }

    /** Used by the built-in families while the realm is created. */
    public void setIntrinsic(Intrinsic which, JSObject value) {
        intrinsics[which.ordinal()] = value;
    }

    /** [[GlobalObject]] */
    public JSObject globalObject() {
        return globalObject;
    }

    /** [[GlobalEnv]] */
    public GlobalEnvironment globalEnv() {
        return globalEnv;
    }

    /** The global this value ([[GlobalEnv]].[[GlobalThisValue]]), by default the global object. */
    public Object globalThisValue() {
        return globalThisValue;
    }

    public void setGlobalThisValue(Object value) {
        this.globalThisValue = value;
    }

    /** Defines a property of the global object as SetDefaultGlobalBindings does (writable, configurable). */
    public void defineGlobal(String name, Object value) {
        globalObject.defineOwn(name, value, Property.HIDDEN);
    }

    public Evaluator evaluator() {
        if (evaluator == null) throw JSException.pending(ErrorKind.EVAL_ERROR, "Code generation from strings is not available in this realm");
        return evaluator;
    }

    /** The installed evaluator, or null. */
    public Evaluator evaluatorOrNull() {
        return evaluator;
    }

    public void setEvaluator(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public Object hostDefined() {
        return hostDefined;
    }

    public void setHostDefined(Object hostDefined) {
        this.hostDefined = hostDefined;
    }

    /** [[TemplateMap]] lookup by the template's site key (13.2.8.4 GetTemplateObject). */
    public synchronized JSObject templateObject(Object site) {
        return templateMap == null ? null : templateMap.get(site);
    }

    public synchronized void putTemplateObject(Object site, JSObject templateObject) {
        if (templateMap == null) templateMap = new IdentityHashMap<>();
        templateMap.put(site, templateObject);
    }

    // ---------------------------------------------------------------- errors

    /**
     * A native error object of this realm with the current JavaScript stack: the same object
     * {@code new TypeError(message)} would make (20.5.6.1.1).
     */
    public ErrorObject newError(ErrorKind kind, String message) {
        return newError(kind, message, StackTrace.capture(stackTraceLimit()));
    }

    /** A native error object of this realm with a stack captured earlier. */
    public ErrorObject newError(ErrorKind kind, String message, StackTrace stack) {
        ErrorObject e = new ErrorObject(intrinsic(errorPrototype(kind)));
        if (message != null) e.defineOwn("message", message, Property.HIDDEN);
        int limit = stackTraceLimit();
        if (limit >= 0) e.installStack(stack.limit(limit));
        return e;
    }

    /**
     * V8's {@code Error.stackTraceLimit} of this realm: how many frames a new error's "stack"
     * shows, or -1 if it is not a Number (V8 then gives new errors no "stack" at all). Read as
     * plain data, never running a getter, as V8 does.
     */
    public int stackTraceLimit() {
        JSObject error = intrinsic(Intrinsic.ERROR);
        if (error == null) return StackTrace.LIMIT;
        Property p = error.shape.find("stackTraceLimit");
        if (p == null || p.isAccessor()) return -1;
        Object v = error.slots[p.slot()];
        if (!(v instanceof Integer) && !(v instanceof Double)) return -1;
        double limit = ((Number) v).doubleValue();
        if (!(limit > 0)) return 0;
        return limit >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) limit;
    }

    /** The exception for {@code throw new TypeError(message)} made in this realm. */
    public JSException typeError(String message) {
        return JSException.of(newError(ErrorKind.TYPE_ERROR, message));
    }

    public JSException rangeError(String message) {
        return JSException.of(newError(ErrorKind.RANGE_ERROR, message));
    }

    public JSException referenceError(String message) {
        return JSException.of(newError(ErrorKind.REFERENCE_ERROR, message));
    }

    public JSException syntaxError(String message) {
        return JSException.of(newError(ErrorKind.SYNTAX_ERROR, message));
    }

    /** The intrinsic prototype of a native error kind. */
    public static Intrinsic errorPrototype(ErrorKind kind) {
        return switch (kind) {
            case ERROR -> Intrinsic.ERROR_PROTOTYPE;
            case EVAL_ERROR -> Intrinsic.EVAL_ERROR_PROTOTYPE;
            case RANGE_ERROR -> Intrinsic.RANGE_ERROR_PROTOTYPE;
            case REFERENCE_ERROR -> Intrinsic.REFERENCE_ERROR_PROTOTYPE;
            case SYNTAX_ERROR -> Intrinsic.SYNTAX_ERROR_PROTOTYPE;
            case TYPE_ERROR -> Intrinsic.TYPE_ERROR_PROTOTYPE;
            case URI_ERROR -> Intrinsic.URI_ERROR_PROTOTYPE;
            case AGGREGATE_ERROR -> Intrinsic.AGGREGATE_ERROR_PROTOTYPE;
        };
    }

    // ---------------------------------------------------------------- interrupts

    /** Asks the JavaScript running in this realm to stop at its next safepoint poll; any thread. */
    public void requestInterrupt(String reason) {
        interruptReason = reason;
        interruptRequested = true;
    }

    /** Whether an interrupt is pending; the inlined part of a safepoint poll. */
    public boolean isInterruptRequested() {
        return interruptRequested;
    }

    /** The safepoint poll: throws {@link ScriptTermination} if an interrupt is pending, clearing it. */
    public void poll() {
        if (interruptRequested) terminate();
    }

    /** Clears a pending interrupt and throws the termination for it. */
    public void terminate() {
        interruptRequested = false;
        String reason = interruptReason;
        throw new ScriptTermination(reason == null ? "Script execution was interrupted" : reason);
    }

    /** Clears a pending interrupt that arrived after the script finished. */
    public void clearInterrupt() {
        interruptRequested = false;
    }
}
