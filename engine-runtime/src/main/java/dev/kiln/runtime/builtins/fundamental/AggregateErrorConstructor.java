package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import java.util.List;

/** 20.5.7 AggregateError Objects: the constructor, its properties and its prototype. */
public final class AggregateErrorConstructor {
    private AggregateErrorConstructor() {}

    public static void install(Realm realm) {
        JSObject proto = ErrorPrototype.create(realm.intrinsic(Intrinsic.ERROR_PROTOTYPE), ErrorKind.AGGREGATE_ERROR);
        BuiltinFunction constructor = Define.constructor(realm, realm.intrinsic(Intrinsic.ERROR), "AggregateError", 2, proto,
                AggregateErrorConstructor::construct);
        realm.setIntrinsic(Intrinsic.AGGREGATE_ERROR_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.AGGREGATE_ERROR, constructor);
        realm.defineGlobal("AggregateError", constructor);
    }

    // 20.5.7.1.1 AggregateError ( errors, message [ , options ] )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        ErrorObject o = ErrorConstructor.createError(f, newTarget, Intrinsic.AGGREGATE_ERROR_PROTOTYPE, arg(args, 1), arg(args, 2));
        List<Object> errorsList = Iteration.iteratorToList(Iteration.getIterator(f.realm(), arg(args, 0)));
        o.defineOwn("errors", ObjectOperations.createArrayFromList(f.realm(), errorsList), Property.HIDDEN);
        return o;
    }
}
