package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/**
 * 20.5.6 NativeError Object Structure: EvalError, RangeError, ReferenceError, SyntaxError,
 * TypeError and URIError (20.5.5), each a constructor whose [[Prototype]] is %Error% with a
 * prototype whose [[Prototype]] is %Error.prototype%.
 */
public final class NativeErrorConstructors {
    private NativeErrorConstructors() {}

    private static final ErrorKind[] KINDS = {
        ErrorKind.EVAL_ERROR, ErrorKind.RANGE_ERROR, ErrorKind.REFERENCE_ERROR,
        ErrorKind.SYNTAX_ERROR, ErrorKind.TYPE_ERROR, ErrorKind.URI_ERROR,
    };

    public static void install(Realm realm) {
        JSObject error = realm.intrinsic(Intrinsic.ERROR);
        JSObject errorPrototype = realm.intrinsic(Intrinsic.ERROR_PROTOTYPE);
        for (ErrorKind kind : KINDS) {
            Intrinsic protoIntrinsic = Realm.errorPrototype(kind);
            JSObject proto = ErrorPrototype.create(errorPrototype, kind);
            // 20.5.6.1.1 NativeError ( message [ , options ] )
            BuiltinFunction constructor = Define.constructor(realm, error, kind.constructorName(), 1, proto,
                    (f, thisArg, args, newTarget) -> ErrorConstructor.createError(f, newTarget, protoIntrinsic, arg(args, 0), arg(args, 1)));
            realm.setIntrinsic(protoIntrinsic, proto);
            realm.setIntrinsic(constructorIntrinsic(kind), constructor);
            realm.defineGlobal(kind.constructorName(), constructor);
        }
    }

    private static Intrinsic constructorIntrinsic(ErrorKind kind) {
        return switch (kind) {
            case EVAL_ERROR -> Intrinsic.EVAL_ERROR;
            case RANGE_ERROR -> Intrinsic.RANGE_ERROR;
            case REFERENCE_ERROR -> Intrinsic.REFERENCE_ERROR;
            case SYNTAX_ERROR -> Intrinsic.SYNTAX_ERROR;
            case TYPE_ERROR -> Intrinsic.TYPE_ERROR;
            case URI_ERROR -> Intrinsic.URI_ERROR;
            case ERROR, AGGREGATE_ERROR -> throw new IllegalArgumentException("not a NativeError: " + kind);
        };
    }
}
