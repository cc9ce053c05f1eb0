package dev.kiln.runtime.builtins;

import dev.kiln.runtime.builtins.control.IteratorConstructor;
import dev.kiln.runtime.builtins.fundamental.AggregateErrorConstructor;
import dev.kiln.runtime.builtins.fundamental.BooleanConstructor;
import dev.kiln.runtime.builtins.fundamental.ErrorConstructor;
import dev.kiln.runtime.builtins.fundamental.FunctionConstructor;
import dev.kiln.runtime.builtins.fundamental.NativeErrorConstructors;
import dev.kiln.runtime.builtins.fundamental.ObjectConstructor;
import dev.kiln.runtime.builtins.fundamental.SymbolConstructor;
import dev.kiln.runtime.builtins.global.GlobalObject;
import dev.kiln.runtime.builtins.indexed.ArrayConstructor;
import dev.kiln.runtime.builtins.numbers.BigIntConstructor;
import dev.kiln.runtime.builtins.numbers.DateConstructor;
import dev.kiln.runtime.builtins.numbers.MathObject;
import dev.kiln.runtime.builtins.numbers.NumberConstructor;
import dev.kiln.runtime.builtins.reflection.ReflectObject;
import dev.kiln.runtime.builtins.structured.JSONObject;
import dev.kiln.runtime.builtins.text.StringConstructor;
import dev.kiln.runtime.realm.Realm;

/**
 * Creates the built-in objects of a new realm, family by family, in the order their
 * dependencies need (CreateIntrinsics 9.3.2 and SetDefaultGlobalBindings 9.3.3). Each family
 * lives in the package of its ECMA-262 chapter and fills its intrinsics and global properties.
 * The realm made %Object.prototype% and %Function.prototype% before this runs.
 */
public final class Builtins {
    private Builtins() {}

    public static void install(Realm realm) {
        ObjectConstructor.install(realm);          // 20.1 Object, %Object.prototype%
        FunctionConstructor.install(realm);        // 20.2 Function, %Function.prototype%, %ThrowTypeError%
        ErrorConstructor.install(realm);           // 20.5.1-3 Error
        NativeErrorConstructors.install(realm);    // 20.5.5-6 EvalError, RangeError, ... URIError
        AggregateErrorConstructor.install(realm);  // 20.5.7 AggregateError
        BooleanConstructor.install(realm);         // 20.3 Boolean
        SymbolConstructor.install(realm);          // 20.4 Symbol
        GlobalObject.install(realm);               // 19.1-19.2 and B.2.1: globalThis ... parseInt, escape
        ReflectObject.install(realm);              // 28.1 Reflect
        IteratorConstructor.install(realm);        // 27.1 Iterator, %Iterator.prototype% and the helper prototypes
        ArrayConstructor.install(realm);           // 23.1 Array, %Array.prototype%, %ArrayIteratorPrototype%
        JSONObject.install(realm);                 // 25.5 JSON
        NumberConstructor.install(realm);          // 21.1 Number (after the globals: shares parseFloat, parseInt)
        BigIntConstructor.install(realm);          // 21.2 BigInt
        MathObject.install(realm);                 // 21.3 Math
        DateConstructor.install(realm);            // 21.4 Date
        StringConstructor.install(realm);          // 22.1 String, %StringIteratorPrototype% (after %Iterator.prototype%)
    }
}
