package dev.kiln.runtime.builtins.fundamental;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/**
 * 10.2.4.1 %ThrowTypeError%: the anonymous function behind the poisoned "caller" and "arguments"
 * of %Function.prototype% (10.2.4 AddRestrictedFunctionProperties) and the "callee" of strict
 * arguments objects. One per realm, frozen.
 */
final class ThrowTypeError {
    private ThrowTypeError() {}

    static BuiltinFunction install(Realm realm) {
        BuiltinFunction thrower = BuiltinFunction.of(realm, "", 0, (f, thisArg, args, newTarget) -> {
            throw f.realm().typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode"
                    + " functions or the arguments objects for calls to them");
        });
        PropertyDescriptor fixed = new PropertyDescriptor().configurable(false);
        ObjectOperations.definePropertyOrThrow(thrower, "length", fixed);
        ObjectOperations.definePropertyOrThrow(thrower, "name", fixed);
        thrower.preventExtensions();
        realm.setIntrinsic(Intrinsic.THROW_TYPE_ERROR, thrower);
        return thrower;
    }
}
