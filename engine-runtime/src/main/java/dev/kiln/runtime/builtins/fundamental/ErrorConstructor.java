package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.JSFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Undefined;

/**
 * 20.5.1 The Error Constructor and 20.5.2 its properties; installs %Error.prototype% too. Also
 * V8's {@code Error.captureStackTrace} and {@code Error.stackTraceLimit}, which node programs use.
 */
public final class ErrorConstructor {
    private ErrorConstructor() {}

    public static void install(Realm realm) {
        JSObject proto = ErrorPrototype.create(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), ErrorKind.ERROR);
        BuiltinFunction error = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Error", 1, proto,
                (f, thisArg, args, newTarget) -> createError(f, newTarget, Intrinsic.ERROR_PROTOTYPE, arg(args, 0), arg(args, 1)));
        Define.method(realm, error, "isError", 1, ErrorConstructor::isError);
        Define.method(realm, error, "captureStackTrace", 2, ErrorConstructor::captureStackTrace);
        // V8 makes it an ordinary enumerable data property that programs assign to.
        error.defineOwn("stackTraceLimit", StackTrace.LIMIT, Property.DEFAULT);
        ErrorPrototype.install(realm, proto);
        realm.setIntrinsic(Intrinsic.ERROR_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.ERROR, error);
        realm.defineGlobal("Error", error);
    }

    /**
     * 20.5.1.1 Error, 20.5.6.1.1 NativeError and 20.5.7.1.1 AggregateError steps 1-4: the error
     * object with its message and cause, and (as V8 does) its "stack".
     */
    static ErrorObject createError(BuiltinFunction f, JSObject newTarget, Intrinsic defaultPrototype, Object message, Object options) {
        JSObject target = newTarget == null ? f : newTarget;
        ErrorObject o = new ErrorObject(ObjectOperations.getPrototypeFromConstructor(target, defaultPrototype));
        if (message != Undefined.INSTANCE) {
            String msg = Conversion.toString(message);
            ObjectOperations.createNonEnumerableDataPropertyOrThrow(o, "message", msg);
        }
        installErrorCause(o, options);
        Realm realm = f.realm();
        int limit = realm.stackTraceLimit();
        if (limit >= 0) o.installStack(StackTrace.capture(limit));
        return o;
    }

    /** 20.5.8.1 InstallErrorCause */
    private static void installErrorCause(JSObject o, Object options) {
        if (options instanceof JSObject opts && opts.hasProperty("cause")) {
            Object cause = opts.get("cause", opts);
            ObjectOperations.createNonEnumerableDataPropertyOrThrow(o, "cause", cause);
        }
    }

    // 20.5.2.1 Error.isError ( arg )
    private static Object isError(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return arg(args, 0) instanceof ErrorObject;
    }

    /**
     * V8's Error.captureStackTrace ( targetObject [ , constructorOpt ] ): gives targetObject a
     * "stack" like an error's, headed by what Error.prototype.toString makes of it. Frames up to
     * and including the innermost call of constructorOpt are left out; frames are matched by
     * the function's name, which is all a captured frame records.
     */
    private static Object captureStackTrace(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(arg(args, 0) instanceof JSObject target)) {
            throw f.realm().typeError("Invalid argument: Error.captureStackTrace needs an object");
        }
        int limit = f.realm().stackTraceLimit();
        if (limit < 0) return Undefined.INSTANCE;
        StackTrace trace;
        if (arg(args, 1) instanceof JSFunction constructorOpt) {
            trace = StackTrace.capture(Integer.MAX_VALUE).below(constructorOpt.debugName()).limit(limit);
        } else {
            trace = StackTrace.capture(limit);
        }
        String header = ErrorPrototype.errorToString(f.realm(), target);
        ObjectOperations.definePropertyOrThrow(target, "stack",
                PropertyDescriptor.data(header + trace.format(), true, false, true));
        return Undefined.INSTANCE;
    }
}
