package dev.kiln.runtime.function;

/**
 * What generated code needs at run time beyond its own bytes: the source text (for
 * Function.prototype.toString and error positions) and the constants that do not fit a class
 * file's constant pool (very long strings, for instance). It is rebuilt from cached data
 * together with the class bytes, so generated classes stay self-contained and deterministic.
 *
 * @param sourceName the file name shown in stack traces
 * @param sourceText the whole source text the unit was compiled from
 * @param constants  the unit's constant table, indexed by generated code
 */
public record CompiledUnit(String sourceName, String sourceText, Object[] constants) {}
