package dev.kiln.runtime.builtins.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiln.runtime.builtins.BuiltinsTestSupport;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.BigIntOps;
import dev.kiln.runtime.ops.NumberOps;
import dev.kiln.runtime.realm.Intrinsic;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BigIntAndNumberTest extends BuiltinsTestSupport {
    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    @Test
    void bigIntConstructorAndConversions() {
        assertEquals(big("9007199254740993"), invoke("BigInt", "9007199254740993"));
        assertEquals(big("255"), invoke("BigInt", " 0xff "));
        assertEquals(big("1000000000000000000000"), invoke("BigInt", 1e21));
        assertEquals(big("-5"), invoke("BigInt", -5));
        assertEquals(BigInteger.ONE, invoke("BigInt", true));
        assertThrowsJS("RangeError", () -> invoke("BigInt", 1.5));
        assertThrowsJS("RangeError", () -> invoke("BigInt", Double.NaN));
        assertThrowsJS("SyntaxError", () -> invoke("BigInt", "1.5"));
        assertThrowsJS("SyntaxError", () -> invoke("BigInt", "0x\u0661")); // Arabic-Indic digit one is not a hex digit
        assertThrowsJS("TypeError", () -> construct("BigInt", 1));
        assertThrowsJS("TypeError", () -> invoke("BigInt", dev.kiln.runtime.value.Undefined.INSTANCE));
    }

    @Test
    void asIntNAndAsUintN() {
        assertEquals(big("-128"), invoke("BigInt.asIntN", 8, big("128")));
        assertEquals(big("127"), invoke("BigInt.asIntN", 8, big("127")));
        assertEquals(big("-1"), invoke("BigInt.asIntN", 64, big("18446744073709551615")));
        assertEquals(BigInteger.ZERO, invoke("BigInt.asIntN", 0, big("5")));
        assertEquals(big("255"), invoke("BigInt.asUintN", 8, big("-1")));
        assertEquals(big("5"), invoke("BigInt.asUintN", 9007199254740991.0, big("5")));
        assertThrowsJS("RangeError", () -> invoke("BigInt.asUintN", 9007199254740991.0, big("-1")));
        assertThrowsJS("RangeError", () -> invoke("BigInt.asIntN", -1, big("1")));
    }

    @Test
    void bigIntPrototype() {
        assertEquals("-ff", callOn("BigInt.prototype.toString", big("-255"), 16));
        JSObject wrapper = new PrimitiveWrapper(realm.intrinsic(Intrinsic.BIGINT_PROTOTYPE), big("7"));
        assertEquals(big("7"), callOn("BigInt.prototype.valueOf", wrapper));
        assertThrowsJS("TypeError", () -> callOn("BigInt.prototype.valueOf", 7));
        assertEquals("BigInt", ((JSObject) path("BigInt.prototype")).get(dev.kiln.runtime.value.Symbol.TO_STRING_TAG));
    }

    @Test
    void bigIntOperations() {
        assertEquals(big("-3"), BigIntOps.divide(big("-7"), big("2")));
        assertEquals(big("-1"), BigIntOps.remainder(big("-7"), big("2")));
        assertEquals(big("-4"), BigIntOps.signedRightShift(big("-7"), big("1")));
        assertEquals(big("-1"), BigIntOps.signedRightShift(big("-7"), big("1000000000000")));
        assertEquals(big("-14"), BigIntOps.leftShift(big("-7"), big("1")));
        assertEquals(BigInteger.ONE, BigIntOps.exponentiate(BigInteger.ZERO, BigInteger.ZERO));
        assertEquals(big("-1"), BigIntOps.exponentiate(big("-1"), big("1000000000001")));
        assertEquals(big("-8"), BigIntOps.bitwiseNOT(big("7")));
        assertEquals(big("-8"), BigIntOps.bitwiseAND(big("-8"), big("-1")));
        assertThrowsJS("RangeError", () -> BigIntOps.divide(BigInteger.ONE, BigInteger.ZERO));
        assertThrowsJS("RangeError", () -> BigIntOps.exponentiate(big("2"), big("-1")));
        assertThrowsJS("RangeError", () -> BigIntOps.exponentiate(big("2"), big("100000000000")));
        assertThrowsJS("RangeError", () -> BigIntOps.leftShift(BigInteger.ONE, big("100000000000")));
        assertThrowsJS("TypeError", () -> BigIntOps.unsignedRightShift(BigInteger.ONE, BigInteger.ONE));
    }

    @Test
    void numberOperations() {
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(NumberOps.remainder(-4, 2)));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(NumberOps.remainder(Integer.MIN_VALUE, -1)));
        assertEquals(Double.NaN, NumberOps.remainder(5, 0));
        assertEquals(-1.5, NumberOps.remainder(-5.5, 2));
        assertEquals(4294967295.0, NumberOps.unsignedRightShift(-1, 0));
        assertEquals(2, NumberOps.leftShift(1, 33));
        assertEquals(-1, NumberOps.signedRightShift(-1, 31));
    }

    @Test
    void numberConstructorAndStatics() {
        assertEquals(0, invoke("Number"));
        assertEquals(1e21, ((Number) invoke("Number", big("1000000000000000000000"))).doubleValue());
        assertEquals(255.0, ((Number) invoke("Number", "0xff")).doubleValue());
        PrimitiveWrapper w = (PrimitiveWrapper) construct("Number", "12");
        assertEquals(12.0, ((Number) w.primitiveValue()).doubleValue());
        assertSame(global("parseFloat"), path("Number.parseFloat"));
        assertSame(global("parseInt"), path("Number.parseInt"));
        assertEquals(true, invoke("Number.isSafeInteger", 9007199254740991.0));
        assertEquals(false, invoke("Number.isSafeInteger", 9007199254740992.0));
        assertEquals(false, invoke("Number.isInteger", Double.POSITIVE_INFINITY));
        assertEquals(false, invoke("Number.isNaN", "NaN"));
        assertEquals(false, invoke("Number.isFinite", "1"));
        assertEquals(Math.ulp(1.0), path("Number.EPSILON"));
    }
}
