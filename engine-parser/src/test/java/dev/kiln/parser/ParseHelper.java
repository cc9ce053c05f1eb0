package dev.kiln.parser;

import dev.kiln.parser.ast.ExpressionStatement;
import dev.kiln.parser.ast.Expression;
import dev.kiln.parser.ast.Program;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shorthands for the parser tests. */
final class ParseHelper {
    private ParseHelper() {}

    static Program script(String text) {
        return Parser.parse(new Source("test.js", text), ParseOptions.script());
    }

    static Program strict(String text) {
        return Parser.parse(new Source("test.js", text), ParseOptions.strictScript());
    }

    static Program module(String text) {
        return Parser.parse(new Source("test.mjs", text), ParseOptions.module());
    }

    /** The expression of the first statement. */
    static Expression expr(String text) {
        return ((ExpressionStatement) script(text).body().get(0)).expression();
    }

    static SyntaxError scriptError(String text) {
        return assertThrows(SyntaxError.class, () -> script(text));
    }

    static SyntaxError strictError(String text) {
        return assertThrows(SyntaxError.class, () -> strict(text));
    }

    static SyntaxError moduleError(String text) {
        return assertThrows(SyntaxError.class, () -> module(text));
    }
}
