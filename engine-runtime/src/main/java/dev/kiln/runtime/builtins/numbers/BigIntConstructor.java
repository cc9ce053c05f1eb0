package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.BigIntOps;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import java.math.BigDecimal;
import java.math.BigInteger;

/** 21.2.1 The BigInt Constructor and 21.2.2 its properties; installs %BigInt.prototype% too. */
public final class BigIntConstructor {
    private BigIntConstructor() {}

    public static void install(Realm realm) {
        JSObject proto = BigIntPrototype.create(realm);
        BuiltinFunction bigint = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "BigInt", 1,
                proto, BigIntConstructor::construct);
        Define.method(realm, bigint, "asIntN", 2, BigIntConstructor::asIntN);
        Define.method(realm, bigint, "asUintN", 2, BigIntConstructor::asUintN);
        realm.setIntrinsic(Intrinsic.BIGINT_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.BIGINT, bigint);
        realm.defineGlobal("BigInt", bigint);
    }

    // 21.2.1.1 BigInt ( value )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (newTarget != null) throw f.realm().typeError("BigInt is not a constructor");
        Object prim = Conversion.toPrimitive(arg(args, 0), Conversion.Hint.NUMBER);
        if (prim instanceof Integer i) return BigInteger.valueOf(i);
        if (prim instanceof Double d) return numberToBigInt(d);
        return Conversion.toBigInt(prim);
    }

    /** 21.2.1.1.1 NumberToBigInt */
    public static BigInteger numberToBigInt(double number) {
        if (!Comparison.isIntegralNumber(number)) {
            throw JSException.rangeError("The number " + NumberToString.toString(number)
                    + " cannot be converted to a BigInt because it is not an integer");
        }
        if (Math.abs(number) < 0x1p63) return BigInteger.valueOf((long) number);
        return new BigDecimal(number).toBigIntegerExact();
    }

    // 21.2.2.1 BigInt.asIntN ( bits, bigint )
    private static Object asIntN(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        long bits = Conversion.toIndex(arg(args, 0));
        BigInteger bigint = Conversion.toBigInt(arg(args, 1));
        return asIntN(bits, bigint);
    }

    /** 21.2.2.1 steps 3-4: bigint modulo 2^bits, as a signed bits-bit integer. */
    public static BigInteger asIntN(long bits, BigInteger bigint) {
        if (bits == 0) return BigInteger.ZERO;
        if (bigint.bitLength() < bits) return bigint; // already in -2^(bits-1) .. 2^(bits-1)-1
        int n = (int) bits; // bits ≤ bitLength, which is an int
        BigInteger mod = bigint.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
        return mod.testBit(n - 1) ? mod.subtract(BigInteger.ONE.shiftLeft(n)) : mod;
    }

    // 21.2.2.2 BigInt.asUintN ( bits, bigint )
    private static Object asUintN(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        long bits = Conversion.toIndex(arg(args, 0));
        BigInteger bigint = Conversion.toBigInt(arg(args, 1));
        return asUintN(bits, bigint);
    }

    /** 21.2.2.2 step 3: bigint modulo 2^bits. */
    public static BigInteger asUintN(long bits, BigInteger bigint) {
        if (bigint.signum() >= 0 && bigint.bitLength() <= bits) return bigint;
        // A negative bigint becomes 2^bits minus something: as large as bits says.
        if (bits > BigIntOps.MAX_BITS) throw JSException.rangeError("Maximum BigInt size exceeded");
        return bigint.and(BigInteger.ONE.shiftLeft((int) bits).subtract(BigInteger.ONE));
    }
}
