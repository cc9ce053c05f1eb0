package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.BigIntOps;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.math.BigInteger;

/** 21.2.3 Properties of the BigInt Prototype Object: an ordinary object, not a BigInt wrapper. */
final class BigIntPrototype {
    private BigIntPrototype() {}

    static JSObject create(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.method(realm, proto, "toLocaleString", 0, BigIntPrototype::toLocaleString);
        Define.method(realm, proto, "toString", 0, BigIntPrototype::toStringMethod);
        Define.method(realm, proto, "valueOf", 0, BigIntPrototype::valueOf);
        Define.configurableConstant(proto, Symbol.TO_STRING_TAG, "BigInt"); // 21.2.3.5
        return proto;
    }

    // 21.2.3.2 BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): without ECMA-402, as toString.
    private static Object toLocaleString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisBigIntValue(f, thisArg, "BigInt.prototype.toLocaleString").toString();
    }

    // 21.2.3.3 BigInt.prototype.toString ( [ radix ] )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        BigInteger x = thisBigIntValue(f, thisArg, "BigInt.prototype.toString");
        Object radix = arg(args, 0);
        if (radix == Undefined.INSTANCE) return x.toString();
        double radixMV = Conversion.toIntegerOrInfinity(radix);
        if (radixMV < 2 || radixMV > 36) throw f.realm().rangeError("toString() radix must be between 2 and 36");
        return BigIntOps.toString(x, (int) radixMV);
    }

    // 21.2.3.4 BigInt.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisBigIntValue(f, thisArg, "BigInt.prototype.valueOf");
    }

    /** 21.2.3.4.1 ThisBigIntValue */
    private static BigInteger thisBigIntValue(BuiltinFunction f, Object value, String method) {
        if (value instanceof BigInteger b) return b;
        if (value instanceof PrimitiveWrapper w && w.primitiveValue() instanceof BigInteger b) return b;
        throw f.realm().typeError(method + " requires that 'this' be a BigInt");
    }
}
