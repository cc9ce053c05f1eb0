package dev.kiln.parser;

/**
 * What the parser is asked to recognise: a Script or a Module (ECMA-262 16.1, 16.2), whether a
 * Script starts in strict mode, and, for code handed to eval or the Function constructors, which
 * context-dependent syntax its caller allows (ECMA-262 19.2.1.1 PerformEval steps 7-8).
 *
 * @param goal           the goal symbol
 * @param strict         a Script starts strict (modules always are)
 * @param annexB         Annex B syntax (HTML-like comments in scripts, legacy octal, web compat
 *                       function declarations); on for everything Kiln runs, off for tests of
 *                       the bare grammar
 * @param inFunction     direct eval inside a non-arrow function: {@code new.target} is allowed
 * @param inMethod       direct eval inside a method: {@code super.x} is allowed
 * @param inDerivedConstructor direct eval inside a derived constructor: {@code super()} is allowed
 * @param inClassFieldInitializer direct eval inside a field initializer: {@code arguments} is an error
 * @param privateNames   private names visible at a direct eval site (declared by enclosing classes)
 */
public record ParseOptions(
        Goal goal,
        boolean strict,
        boolean annexB,
        boolean inFunction,
        boolean inMethod,
        boolean inDerivedConstructor,
        boolean inClassFieldInitializer,
        java.util.Set<String> privateNames) {

    public enum Goal { SCRIPT, MODULE }

    public ParseOptions {
        privateNames = privateNames == null ? java.util.Set.of() : java.util.Set.copyOf(privateNames);
    }

    /** A sloppy-mode Script with Annex B, as a browser or node reads a .js file. */
    public static ParseOptions script() {
        return new ParseOptions(Goal.SCRIPT, false, true, false, false, false, false, null);
    }

    /** A Script that starts in strict mode. */
    public static ParseOptions strictScript() {
        return new ParseOptions(Goal.SCRIPT, true, true, false, false, false, false, null);
    }

    /** A Module: always strict, no HTML-like comments, top-level await. */
    public static ParseOptions module() {
        return new ParseOptions(Goal.MODULE, true, true, false, false, false, false, null);
    }

    public ParseOptions withStrict(boolean strict) {
        return new ParseOptions(goal, strict, annexB, inFunction, inMethod, inDerivedConstructor,
                inClassFieldInitializer, privateNames);
    }
}
