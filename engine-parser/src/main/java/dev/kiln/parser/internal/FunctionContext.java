package dev.kiln.parser.internal;

/**
 * What the innermost function (or class field initializer, static block, or top level) allows:
 * the [Yield]/[Await]/[Return] grammar parameters, {@code super}, {@code new.target} and
 * {@code arguments}, and its label set. Arrow functions inherit the {@code super}, {@code new.target}
 * and {@code arguments} rules of their surroundings but have their own labels and [Yield]/[Await].
 */
final class FunctionContext {
    final FunctionContext parent;
    boolean async;
    /** {@code await} cannot be an identifier here. */
    boolean awaitKeyword;
    /** An AwaitExpression may appear here (async body, module top level). */
    boolean awaitAllowed;
    boolean yieldKeyword;
    boolean yieldAllowed;
    boolean returnAllowed;
    boolean superProperty;
    boolean superCall;
    boolean newTarget;
    /** False in class field initializers and static blocks (ContainsArguments early errors). */
    boolean argumentsAllowed = true;
    /** Directly in a class static block (for {@code await} as an identifier). */
    boolean staticBlock;
    Label labels;
    int loopDepth;
    int breakableDepth;

    FunctionContext(FunctionContext parent) {
        this.parent = parent;
    }

    /** A statement label in scope; {@code loop} once we know it labels an iteration statement. */
    static final class Label {
        final String name;
        final Label outer;
        int statementStart;
        boolean loop;

        Label(String name, Label outer, int statementStart) {
            this.name = name;
            this.outer = outer;
            this.statementStart = statementStart;
        }
    }
}
