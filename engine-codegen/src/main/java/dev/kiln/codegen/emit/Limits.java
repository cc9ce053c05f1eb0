package dev.kiln.codegen.emit;

import dev.kiln.parser.ast.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The class file limits the compiler plans for, and what earlier attempts at compiling a unit
 * taught (when an estimate was too low, the unit is compiled again with this knowledge).
 */
final class Limits {
    /** Bytes of code in one method (JVMS 4.7.3). */
    static final int MAX_CODE = 65535;
    /** Entries of a constant pool, and of the BootstrapMethods attribute (JVMS 4.1, 4.7.23). */
    static final int MAX_POOL = 65535;
    /** Local variable slots of one method. */
    static final int MAX_LOCALS = 65535;
    /**
     * A function whose own code is estimated larger is compiled split ({@link Splitter}). The
     * estimate is 1.1 to 1.8 times the real size for the Octane programs' functions (1.3 in the
     * median), so a function split at this size would not have fit, or only just.
     */
    static final int SPLIT_BYTES = 64_000;
    /** ... or whose constants are estimated at more than this share of a class's pool. */
    static final int SPLIT_CONSTANTS = 20_000;
    /**
     * What the pieces of a split function aim at: under HotSpot's limit for compiling a method
     * at all (8000 bytes of bytecode, -XX:-DontCompileHugeMethods), so that they run compiled.
     */
    static final int PIECE_BYTES = 6_000;
    /** A class takes no new method once its constant pool would pass this (the rest is headroom for estimates). */
    static final int POOL_TARGET = 56_000;
    /** Attempts at one unit before giving up. */
    private static final int ATTEMPTS = 8;

    static final Limits DEFAULT = new Limits(Collections.emptySet(), Map.of(), POOL_TARGET, false, 1);

    private final Set<Node> split;
    private final Map<Node, Integer> pieceBytes;
    final int poolTarget;
    /** Whether the unit's pools are counted whatever its estimate (one overflowed when they were not). */
    final boolean counted;
    private final int attempt;

    private Limits(Set<Node> split, Map<Node, Integer> pieceBytes, int poolTarget, boolean counted, int attempt) {
        this.split = split;
        this.pieceBytes = pieceBytes;
        this.poolTarget = poolTarget;
        this.counted = counted;
        this.attempt = attempt;
    }

    /** Whether an earlier attempt found that {@code function} must be split. */
    boolean mustSplit(Node function) {
        return split.contains(function);
    }

    /** The size the pieces of {@code function} aim at. */
    int pieceBytes(Node function) {
        return pieceBytes.getOrDefault(function, PIECE_BYTES);
    }

    /**
     * The limits for another attempt after {@code e} (in a method of {@code function}, which was
     * compiled split or not), or null when there is none left: a function not split is split, a
     * split one gets smaller pieces; after a pool overflowed, pools are counted, or if they were,
     * classes are filled less.
     */
    Limits after(LimitExceeded e, Node function, boolean wasSplit) {
        if (attempt >= ATTEMPTS) return null;
        if (e.method == null) return new Limits(split, pieceBytes, counted ? poolTarget * 2 / 3 : poolTarget, true, attempt + 1);
        Set<Node> nextSplit = Collections.newSetFromMap(new IdentityHashMap<>());
        nextSplit.addAll(split);
        Map<Node, Integer> nextPieces = new IdentityHashMap<>(pieceBytes);
        if (!wasSplit) nextSplit.add(function);
        else nextPieces.put(function, pieceBytes(function) / 2);
        return new Limits(nextSplit, nextPieces, poolTarget, counted, attempt + 1);
    }
}
