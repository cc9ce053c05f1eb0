package dev.kiln.parser.ast;

/**
 * The phase an import asks for: the evaluated module (the default), only its compiled source
 * ({@code import source x from}, {@code import.source(...)}), or a namespace whose evaluation is
 * deferred until first use ({@code import defer * as ns from}, {@code import.defer(...)}). The
 * latter two are the source-phase-imports and import-defer proposals that test262 covers.
 */
public enum ImportPhase {
    EVALUATION,
    SOURCE,
    DEFER
}
