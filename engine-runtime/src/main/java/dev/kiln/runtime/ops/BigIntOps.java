package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import java.math.BigInteger;

/**
 * 6.1.6.2 The BigInt Type: the BigInt operations, for generated code and built-ins. BigInts are
 * {@link BigInteger}s, whose and/or/xor/not/shifts already treat negative numbers as infinite
 * two's complement strings, as the spec does.
 *
 * <p>Results are limited to {@link #MAX_BITS} bits (a RangeError past it, as engines do), so
 * that an absurd {@code 2n ** 10n ** 10n} fails at once instead of exhausting the heap or
 * running a multiplication that no poll can interrupt.
 */
public final class BigIntOps {
    private BigIntOps() {}

    /** The largest BigInt Kiln makes, in bits (2^24, 16 million bits: 2 MB). */
    public static final int MAX_BITS = 1 << 24;

    private static final BigInteger MINUS_ONE = BigInteger.ONE.negate();

    /** 6.1.6.2.1 BigInt::unaryMinus */
    public static BigInteger unaryMinus(BigInteger x) {
        return x.negate();
    }

    /** 6.1.6.2.2 BigInt::bitwiseNOT */
    public static BigInteger bitwiseNOT(BigInteger x) {
        return x.not();
    }

    /** 6.1.6.2.3 BigInt::exponentiate */
    public static BigInteger exponentiate(BigInteger base, BigInteger exponent) {
        if (exponent.signum() < 0) throw JSException.rangeError("Exponent must be non-negative");
        if (exponent.signum() == 0) return BigInteger.ONE;
        if (base.signum() == 0 || base.equals(BigInteger.ONE)) return base;
        if (base.equals(MINUS_ONE)) return exponent.testBit(0) ? base : BigInteger.ONE;
        // |base| ≥ 2: the result has at least exponent·(bitLength - 1) + 1 bits.
        if (exponent.bitLength() > 31 || (long) exponent.intValue() * (base.abs().bitLength() - 1) >= MAX_BITS) {
            throw tooBig();
        }
        return checked(base.pow(exponent.intValue()));
    }

    /** 6.1.6.2.4 BigInt::multiply */
    public static BigInteger multiply(BigInteger x, BigInteger y) {
        if ((long) x.bitLength() + y.bitLength() > MAX_BITS + 1L) throw tooBig();
        return x.multiply(y);
    }

    /** 6.1.6.2.5 BigInt::divide: the quotient truncated towards zero. */
    public static BigInteger divide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) throw JSException.rangeError("Division by zero");
        return x.divide(y);
    }

    /** 6.1.6.2.6 BigInt::remainder: the sign of the dividend. */
    public static BigInteger remainder(BigInteger n, BigInteger d) {
        if (d.signum() == 0) throw JSException.rangeError("Division by zero");
        return n.remainder(d);
    }

    /** 6.1.6.2.7 BigInt::add */
    public static BigInteger add(BigInteger x, BigInteger y) {
        return checked(x.add(y));
    }

    /** 6.1.6.2.8 BigInt::subtract */
    public static BigInteger subtract(BigInteger x, BigInteger y) {
        return checked(x.subtract(y));
    }

    /** 6.1.6.2.9 BigInt::leftShift: x·2^y, or floor(x / 2^-y) for negative y. */
    public static BigInteger leftShift(BigInteger x, BigInteger y) {
        if (x.signum() == 0) return x;
        if (y.signum() >= 0) {
            if (y.bitLength() > 31 || (long) x.bitLength() + y.intValue() > MAX_BITS) throw tooBig();
            return x.shiftLeft(y.intValue());
        }
        // Shifting right by at least x's length leaves 0, or -1 for negative x (floor).
        if (y.bitLength() > 31 || -y.longValue() >= x.bitLength()) return x.signum() < 0 ? MINUS_ONE : BigInteger.ZERO;
        return x.shiftRight(-y.intValue());
    }

    /** 6.1.6.2.10 BigInt::signedRightShift */
    public static BigInteger signedRightShift(BigInteger x, BigInteger y) {
        return leftShift(x, y.negate());
    }

    /** 6.1.6.2.11 BigInt::unsignedRightShift */
    public static BigInteger unsignedRightShift(BigInteger x, BigInteger y) {
        throw JSException.typeError("BigInts have no unsigned right shift, use >> instead");
    }

    /** 6.1.6.2.12 BigInt::lessThan */
    public static boolean lessThan(BigInteger x, BigInteger y) {
        return x.compareTo(y) < 0;
    }

    /** 6.1.6.2.13 BigInt::equal */
    public static boolean equal(BigInteger x, BigInteger y) {
        return x.equals(y);
    }

    /** 6.1.6.2.18 BigInt::bitwiseAND */
    public static BigInteger bitwiseAND(BigInteger x, BigInteger y) {
        return x.and(y);
    }

    /** 6.1.6.2.19 BigInt::bitwiseXOR */
    public static BigInteger bitwiseXOR(BigInteger x, BigInteger y) {
        return x.xor(y);
    }

    /** 6.1.6.2.20 BigInt::bitwiseOR */
    public static BigInteger bitwiseOR(BigInteger x, BigInteger y) {
        return x.or(y);
    }

    /** 6.1.6.2.21 BigInt::toString */
    public static String toString(BigInteger x, int radix) {
        return x.toString(radix);
    }

    private static BigInteger checked(BigInteger result) {
        if (result.bitLength() > MAX_BITS) throw tooBig();
        return result;
    }

    private static JSException tooBig() {
        return JSException.rangeError("Maximum BigInt size exceeded");
    }
}
