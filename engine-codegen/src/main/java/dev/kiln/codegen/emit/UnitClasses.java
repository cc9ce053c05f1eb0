package dev.kiln.codegen.emit;

import dev.kiln.codegen.CompiledScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of one unit. A unit is one class unless its constant pool would pass the class
 * file's limit: then methods go to further classes ({@code Name$2}, {@code Name$3}...), each with
 * its own constants and realm field. A method's class is chosen when the method is planned, from
 * an estimate of its constants that the class then keeps free ({@link UnitClass#reserved}). Only
 * a unit whose estimated constants come near one pool's limit is counted and spread: the others
 * (nearly all) are one class, written without the cost of counting.
 */
final class UnitClasses {
    private final String baseName;
    private final String sourceName;
    private final int poolTarget;
    private final boolean counted;
    private final List<UnitClass> classes = new ArrayList<>();
    private final Map<String, UnitClass> byName = new HashMap<>();
    private UnitClass current;

    /** {@code poolTarget}: a class takes no further method once that would bring its pool past this. */
    UnitClasses(String baseName, String sourceName, int poolTarget, boolean counted) {
        this.baseName = baseName;
        this.sourceName = sourceName;
        this.poolTarget = poolTarget;
        this.counted = counted;
        current = add(baseName);
    }

    private UnitClass add(String name) {
        UnitClass c = new UnitClass(name, sourceName, counted);
        classes.add(c);
        byName.put(name, c);
        return c;
    }

    /** Where a method goes, and the pool entries its class keeps for it until it is written. */
    record Placement(UnitClass owner, int reserved) {}

    /**
     * The class for a piece of a split function, with room for about {@code constants} entries
     * kept for nothing: a piece is written at once, and the pieces still open around it (each
     * nearly full, or it would not have started another) add little more, within the headroom
     * above {@link Limits#POOL_TARGET}.
     */
    UnitClass placePiece(int constants) {
        if (counted && current.pool.size() + current.reserved + constants > poolTarget && !current.isEmpty()) {
            current = add(baseName + "$" + (classes.size() + 1));
        }
        return current;
    }

    /**
     * The class for a new method that adds {@code constants.applyAsInt(c)} entries to class
     * {@code c}; the class keeps that many for it.
     */
    Placement place(java.util.function.ToIntFunction<UnitClass> constants) {
        if (!counted) return new Placement(current, 0);
        int needed = constants.applyAsInt(current);
        if (current.pool.size() + current.reserved + needed > poolTarget && !current.isEmpty()) {
            current = add(baseName + "$" + (classes.size() + 1));
            needed = constants.applyAsInt(current);
        }
        current.reserved += needed;
        return new Placement(current, needed);
    }

    UnitClass named(String name) {
        return byName.get(name);
    }

    /** The class files, the unit's first class (which holds its top-level code) first. */
    List<CompiledScript.ClassFile> toClassFiles() {
        List<CompiledScript.ClassFile> files = new ArrayList<>();
        for (UnitClass c : classes) files.add(new CompiledScript.ClassFile(c.name.replace('/', '.'), c.toByteArray()));
        return files;
    }
}
