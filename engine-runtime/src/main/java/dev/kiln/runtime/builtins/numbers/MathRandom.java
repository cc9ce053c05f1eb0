package dev.kiln.runtime.builtins.numbers;

import java.security.SecureRandom;

/**
 * The generator behind one realm's Math.random (21.3.2.28): xorshift128+ (Vigna), as V8 uses,
 * seeded from SecureRandom on the first call, so that creating a realm costs nothing and every
 * realm has its own sequence. Not for cryptography, which Math.random never promised.
 */
final class MathRandom {
    private static final SecureRandom SEEDS = new SecureRandom();

    private long s0;
    private long s1;
    private boolean seeded;

    /** A double in [0, 1) with 53 random bits. */
    double next() {
        if (!seeded) seed();
        long x = s0;
        long y = s1;
        s0 = y;
        x ^= x << 23;
        x ^= x >>> 17;
        x ^= y ^ (y >>> 26);
        s1 = x;
        return ((x + y) >>> 11) * 0x1p-53;
    }

    private void seed() {
        do {
            s0 = SEEDS.nextLong();
            s1 = SEEDS.nextLong();
        } while ((s0 | s1) == 0); // the all-zero state would stay zero
        seeded = true;
    }
}
