package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Types;
import java.math.BigInteger;

/**
 * 21.1.1 The Number Constructor and 21.1.2 its properties; installs %Number.prototype% too.
 * Runs after the global object's functions, whose %parseFloat% and %parseInt% it shares.
 */
public final class NumberConstructor {
    private NumberConstructor() {}

    private static final double MAX_SAFE_INTEGER = 0x1p53 - 1;

    public static void install(Realm realm) {
        JSObject proto = NumberPrototype.create(realm);
        BuiltinFunction number = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Number", 1,
                proto, NumberConstructor::construct);
        Define.constant(number, "EPSILON", Math.ulp(1.0));                      // 21.1.2.1
        Define.method(realm, number, "isFinite", 1, NumberConstructor::isFinite);
        Define.method(realm, number, "isInteger", 1, NumberConstructor::isInteger);
        Define.method(realm, number, "isNaN", 1, NumberConstructor::isNaN);
        Define.method(realm, number, "isSafeInteger", 1, NumberConstructor::isSafeInteger);
        Define.constant(number, "MAX_SAFE_INTEGER", MAX_SAFE_INTEGER);        // 21.1.2.6
        Define.constant(number, "MAX_VALUE", Double.MAX_VALUE);               // 21.1.2.7
        Define.constant(number, "MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER);       // 21.1.2.8
        Define.constant(number, "MIN_VALUE", Double.MIN_VALUE);               // 21.1.2.9
        Define.constant(number, "NaN", Double.NaN);                           // 21.1.2.10
        Define.constant(number, "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY); // 21.1.2.11
        Define.value(number, "parseFloat", realm.intrinsic(Intrinsic.PARSE_FLOAT)); // 21.1.2.12
        Define.value(number, "parseInt", realm.intrinsic(Intrinsic.PARSE_INT));     // 21.1.2.13
        Define.constant(number, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY); // 21.1.2.14
        realm.setIntrinsic(Intrinsic.NUMBER_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.NUMBER, number);
        realm.defineGlobal("Number", number);
    }

    // 21.1.1.1 Number ( value )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object n;
        if (args.length > 0) {
            Object prim = Conversion.toNumeric(args[0]);
            n = prim instanceof BigInteger b ? Types.number(b.doubleValue()) : prim;
        } else {
            n = 0;
        }
        if (newTarget == null) return n;
        return new PrimitiveWrapper(ObjectOperations.getPrototypeFromConstructor(newTarget, Intrinsic.NUMBER_PROTOTYPE), n);
    }

    // 21.1.2.2 Number.isFinite ( number )
    private static Object isFinite(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object number = arg(args, 0);
        if (number instanceof Integer) return true;
        return number instanceof Double d && !d.isNaN() && !d.isInfinite();
    }

    // 21.1.2.3 Number.isInteger ( number )
    private static Object isInteger(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Comparison.isIntegralNumber(arg(args, 0));
    }

    // 21.1.2.4 Number.isNaN ( number )
    private static Object isNaN(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return arg(args, 0) instanceof Double d && d.isNaN();
    }

    // 21.1.2.5 Number.isSafeInteger ( number )
    private static Object isSafeInteger(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object number = arg(args, 0);
        return Comparison.isIntegralNumber(number) && Math.abs(((Number) number).doubleValue()) <= MAX_SAFE_INTEGER;
    }
}
