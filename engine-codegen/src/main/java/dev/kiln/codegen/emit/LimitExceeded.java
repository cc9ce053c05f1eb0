package dev.kiln.codegen.emit;

/**
 * A class file limit the plan for a unit did not foresee (an estimate was too low): the unit is
 * compiled again with the lesson learned ({@link Limits#after}). It never leaves the compiler.
 */
final class LimitExceeded extends RuntimeException {
    /** The method that came out too large, or null when a constant pool did. */
    final String method;

    private LimitExceeded(String method) {
        super(method == null ? "constant pool too large" : "method too large: " + method, null, false, false);
        this.method = method;
    }

    static LimitExceeded pool() {
        return new LimitExceeded(null);
    }

    static LimitExceeded method(String method) {
        return new LimitExceeded(method);
    }
}
